/**
 * bench/api on PostgreSQL: the workload routes right after a new workload generation of 200,000
 * instances, every request asking for something nobody asked before.
 *
 * For each case: push the snapshot (a new generation: the push answers once it is stored and
 * analyzed; the backend then evaluates it for readers in the background), and at once send
 * `BENCH_AMOUNT` requests, each for a key not asked before (a new page, a new account: the answer
 * cache never helps) — **right after**. Then as many again, with keys not asked before either, on the
 * same generation — **settled**, the baseline of the same run: the ratio says what a new generation
 * still costs its first readers. `/health` is the first case: the machine's yardstick in both phases.
 * Before the cases, `/health` is measured for 15 s while a push is being stored: what readers of the
 * replica that takes a push wait meanwhile.
 */
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { benchBase } from './fixtures';
import { firstScope, laterPages, report } from './lineageLoad';
import { Case, CONNECTIONS, measure } from './workloadLoad';

const [dir, token] = process.argv.slice(2);
const BASE = benchBase();
const AMOUNT = Number(process.env.BENCH_AMOUNT ?? 2000);

const id = (n: number) => String(n).padStart(12, '0');
// Multiplying by a number prime to the range visits every key once before any comes back: keys
// 0 … 2×AMOUNT−1 are all distinct for AMOUNT up to 2,500 (5,000 accounts).
const account = (n: number) => id(1 + ((n * 7919) % 5_000));
// The bench config's publishers (bench/api/fixtures.ts): the ops publisher, the vendor, amazon.
const PROVIDERS = ['123456738923', '111122223333', 'amazon'];

const CASES: Case[] = [
  // The yardstick, measured like every route: right after a push too, what a route can do at best then.
  { name: '/health (the yardstick)', path: () => '/health' },
  {
    name: '/readiness?offset=… (a new page of 50 each request)',
    path: n => `/readiness?offset=${(n * 7) % 17_000}`,
  },
  {
    name: '/readiness?limit=1000&offset=… (a new page of 1,000 each request)',
    path: n => `/readiness?limit=1000&offset=${(n * 7) % 16_001}`,
  },
  {
    name: '/accounts/{id} (a new account each request)',
    path: n => `/accounts/${account(n)}`,
  },
  {
    name: '/readiness?account=… (a new account each request)',
    path: n => `/readiness?account=${account(n)}`,
  },
  {
    name: '/impact?on=…&account=… (a new account each request)',
    path: n => `/impact?on=2099-01-01&account=${account(n)}`,
  },
  {
    // Three distinct queries only: after the first of each, the response cache answers.
    name: '/usage?provider=… (one of three providers)',
    path: n => `/usage?provider=${PROVIDERS[n % PROVIDERS.length]}`,
  },
];

const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ')[0];

/** Pushes the snapshot: a new generation, stored and analyzed when the push answers. */
async function pushGeneration(body: string) {
  const start = performance.now();
  // node:http, not fetch: fetch gives up on an answer after 300 s, and a loaded machine stores slower.
  const { status, text } = await new Promise<{ status: number; text: string }>(
    (resolve, reject) => {
      const req = request(
        `${BASE}/snapshots`,
        {
          method: 'POST',
          headers: {
            authorization: `Bearer ${token}`,
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          },
        },
        res => {
          let data = '';
          res.setEncoding('utf8');
          res.on('data', chunk => (data += chunk));
          res.on('end', () => resolve({ status: res.statusCode!, text: data }));
        },
      );
      req.on('error', reject);
      req.end(body);
    },
  );
  const answer = JSON.parse(text);
  if (status !== 201)
    throw new Error(`POST /snapshots: ${status} ${JSON.stringify(answer)}`);
  const generation: number = answer.workloads.generation;
  const seconds = (performance.now() - start) / 1000;
  return {
    generation,
    text: `generation ${generation} pushed in ${seconds.toFixed(1)} s`,
  };
}

async function push(body: string): Promise<string> {
  return (await pushGeneration(body)).text;
}

/** The workload generation readers are served now (the previous one until the new one is evaluated). */
async function served(): Promise<number | undefined> {
  const res = await fetch(`${BASE}/readiness?limit=1`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return (await res.json()).generation?.id;
}

type Row = Awaited<ReturnType<typeof measure>> & { load: string };

async function phase(c: Case, firstKey: number): Promise<Row> {
  // Failures are counted: a request that outlives the plugin's database timeout is answered 503.
  const row = await measure(BASE, token, 0, c, true, {
    amount: AMOUNT,
    firstKey,
  });
  return { ...row, load: load() };
}

const show = (label: string, r: Row) =>
  console.log(
    `  ${label}: p50 ${r.p50} ms, p99 ${r.p99} ms, max ${
      r.max
    } ms, ${r.rps.toFixed(0)} req/s, ${r.failed} failed, load ${r.load}`,
  );

/** Waits until readers are served the newest generation pushed (it is evaluated in the background). */
async function servedNewest(generation: number) {
  for (let i = 0; i < 600 && (await served()) !== generation; i++)
    await new Promise(r => setTimeout(r, 100));
}

/**
 * BENCH_ONLY=lineage: the scope of impact of a root over 20,000 workloads (lineageLoad.ts); its first
 * request once per generation, over BENCH_LINEAGE_PUSHES pushes (default 2), then later pages.
 */
async function lineage(body: string) {
  const firsts = [];
  const pushes = Number(process.env.BENCH_LINEAGE_PUSHES ?? 2);
  for (let g = 1; g <= pushes; g++) {
    const pushed = await pushGeneration(body);
    console.log(`Push ${g}: ${pushed.text}; load ${load()}`);
    await servedNewest(pushed.generation);
    const first = await firstScope(BASE, token);
    console.log(`  first request of the scope: ${first.ms.toFixed(0)} ms`);
    firsts.push(first);
  }
  report(firsts, await laterPages(BASE, token, AMOUNT));
}

async function main() {
  const body = readFileSync(join(dir, 'org-snapshot.json'), 'utf8');
  if (process.env.BENCH_ONLY === 'lineage') {
    await lineage(body);
    return;
  }
  console.log(`First push: ${await push(body)} (fresh tables); load ${load()}`);

  // What readers of the replica taking a push wait meanwhile: /health for 15 s from the push's start.
  const pushing = push(body);
  const during = await measure(
    BASE,
    token,
    15,
    { name: '/health', path: () => '/health' },
    true,
  );
  console.log(
    `/health during a push (${await pushing}): p50 ${during.p50} ms, p99 ${
      during.p99
    } ms, max ${during.max} ms, ${during.n} requests, ${
      during.failed
    } failed; load ${load()}`,
  );

  const rows: { name: string; after: Row; settled: Row }[] = [];
  for (const c of CASES) {
    console.log(`${c.name}: ${await push(body)}; load ${load()}`);
    console.log(`  served right after the push: generation ${await served()}`);
    const after = await phase(c, 0);
    show('right after', after);
    console.log(`  served after that phase: generation ${await served()}`);
    const settled = await phase(c, AMOUNT);
    show('settled', settled);
    rows.push({ name: c.name, after, settled });
  }

  console.log();
  console.log(
    `| GET, ${AMOUNT} requests per column, ${CONNECTIONS} connections | p50 ms right after | p99 ms right after | failed | p50 ms settled | p99 ms settled | p99 right after / settled | load (1 min) |`,
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const { name, after, settled } of rows)
    console.log(
      `| ${name} | ${after.p50} | ${after.p99} | ${after.failed} | ${
        settled.p50
      } | ${settled.p99} | ${(after.p99 / Math.max(settled.p99, 1)).toFixed(
        2,
      )}× | ${after.load}, ${settled.load} |`,
    );
}

main().catch(e => {
  console.error(e.message);
  process.exit(1);
});
