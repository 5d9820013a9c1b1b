/**
 * bench/api on PostgreSQL: the workload routes right after a new workload generation of 200,000
 * instances, with and without the statistics ANALYZE gathers when a generation completes.
 *
 * 1. A first push (generation 1), analyzed: the tables' statistics describe generation 1.
 * 2. Baseline: another session holds SHARE UPDATE EXCLUSIVE on the workload tables (which conflicts
 *    with ANALYZE and autovacuum only, not with reads or writes), so the completion's
 *    `ANALYZE (SKIP_LOCKED)` skips them: the planner still believes in generation 1, as it did before
 *    the completion analyzed. Push generation 2, then measure each case.
 * 3. The lock released, push generation 3 (analyzed on completion) and measure the same cases.
 *
 * Each case starts with the process's caches cold for the new generation (its evaluation is made on
 * the first request), as readers meet it right after a collection.
 */
import knexFactory from 'knex';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Case, measure } from './workloadLoad';

const [dir, token, connection] = process.argv.slice(2);
const BASE = 'http://127.0.0.1:7077/api/ami-governance';
const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const TABLES = [
  'ami_governance_workload_collections',
  'ami_governance_workload_accounts',
  'ami_governance_workload_regions',
  'ami_governance_workload_images',
  'ami_governance_workload_instances',
  'ami_governance_workload_launch_templates',
  'ami_governance_workload_public_images',
];

const id = (n: number) => String(n).padStart(12, '0');
// The bench config's publishers (bench/api/fixtures.ts): the ops publisher, the vendor, amazon.
const PROVIDERS = ['123456738923', '111122223333', 'amazon'];

const CASES: Case[] = [
  {
    name: '/readiness?limit=1000&offset=… (a new page of 1,000 each request)',
    // 1,013 is prime to 15,000: thousands of distinct pages, more than the answer cache keeps.
    path: n => `/readiness?limit=1000&offset=${(n * 1013) % 15_000}`,
  },
  {
    name: '/readiness?offset=… (a new page of 50 each request)',
    path: n => `/readiness?offset=${(n * 50) % 16_000}`,
  },
  {
    name: '/accounts/{id} (a new account each request)',
    path: n => `/accounts/${id(1 + ((n * 7919) % 5_000))}`,
  },
  {
    // Three distinct queries: after the first of each, the response cache answers.
    name: '/usage?provider=… (one of three providers)',
    path: n => `/usage?provider=${PROVIDERS[n % PROVIDERS.length]}`,
  },
];

async function push(body: string): Promise<number> {
  const start = performance.now();
  const res = await fetch(`${BASE}/snapshots`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
    },
    body,
  });
  const answer = await res.json();
  if (res.status !== 201)
    throw new Error(`POST /snapshots: ${res.status} ${JSON.stringify(answer)}`);
  console.log(
    `Pushed generation ${answer.workloads.generation} (${
      answer.workloads.accounts
    } accounts) in ${((performance.now() - start) / 1000).toFixed(1)} s.`,
  );
  return answer.workloads.generation;
}

type Row = Awaited<ReturnType<typeof measure>>;

async function measureAll(label: string): Promise<Row[]> {
  const rows: Row[] = [];
  for (const c of CASES) {
    // Failures are counted: without statistics a request may hit the plugin's database timeout.
    const row = await measure(BASE, token, DURATION_S, c, true);
    console.log(
      `${label}: ${row.name}: p50 ${row.p50} ms, p99 ${
        row.p99
      } ms, ${row.rps.toFixed(0)} req/s, ${row.failed} failed`,
    );
    rows.push(row);
  }
  return rows;
}

async function plannerRows(
  db: ReturnType<typeof knexFactory>,
): Promise<string> {
  const { rows } = await db.raw(
    `SELECT reltuples::bigint AS n FROM pg_class WHERE relname = 'ami_governance_workload_instances'`,
  );
  return String(rows[0]?.n);
}

async function main() {
  const db = knexFactory({
    client: 'pg',
    connection: `${connection}/bench_api_ami-governance`,
    pool: { min: 1, max: 2 },
  });
  const body = readFileSync(join(dir, 'org-snapshot.json'), 'utf8');
  await push(body);

  // Baseline: ANALYZE cannot take its lock, so the completion skips it (as it did before).
  const holder = await db.transaction();
  await holder.raw(
    `LOCK TABLE ${TABLES.map(() => '??').join(
      ', ',
    )} IN SHARE UPDATE EXCLUSIVE MODE`,
    TABLES,
  );
  await push(body);
  console.log(
    `Planner's instance rows after completion without ANALYZE: ${await plannerRows(
      db,
    )} (200,000 stored)`,
  );
  const without = await measureAll('without ANALYZE');
  await holder.commit();

  await push(body);
  console.log(
    `Planner's instance rows after completion with ANALYZE: ${await plannerRows(
      db,
    )}`,
  );
  const analyzed = await measureAll('with ANALYZE');
  await db.destroy();

  console.log();
  console.log(
    '| endpoint, right after a new generation | p50 ms without | p99 ms without | failed without | p50 ms with ANALYZE | p99 ms with ANALYZE | failed with | p99 without / with |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  without.forEach((w, i) => {
    const a = analyzed[i];
    console.log(
      `| GET ${w.name} | ${w.p50} | ${w.p99} | ${w.failed} | ${a.p50} | ${
        a.p99
      } | ${a.failed} | ${(w.p99 / Math.max(a.p99, 1)).toFixed(1)}× |`,
    );
  });
}

main().catch(e => {
  console.error(e.message);
  process.exit(1);
});
