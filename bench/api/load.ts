/**
 * bench/api: autocannon on loopback against one backend, in the same run, so each endpoint's
 * throughput is reported as a ratio of /health's (the cheapest answer the backend can give).
 *
 * 1. The first request of each page read (/health, /exceptions, /status, /publishers, /allowlist),
 *    as the browser sends it (Accept-Encoding: gzip), with the JSON size of each answer.
 * 2. /allowlist while anonymous clients keep sending 20 MB JSON bodies to /health: the p99 must not move
 *    (bodies are parsed only on write routes, after authorization).
 */
import autocannon from 'autocannon';
import { mkdirSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { benchBase, writeFixtures } from './fixtures';
import { firstScope, laterPages, report } from './lineageLoad';
import { measureWorkloads } from './workloadLoad';

// `fixtures <dir> <token> [postgresql://…]`: the inputs, for SQLite or (bench/api/postgres.sh) PostgreSQL.
const [mode, dir, token, postgres] = process.argv.slice(2);
if (mode === 'fixtures') {
  mkdirSync(dir, { recursive: true });
  writeFixtures(dir, token, postgres);
  process.exit(0);
}

const BASE = benchBase();
const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const endpoints = [
  '/health',
  '/exceptions',
  '/status',
  '/publishers',
  '/allowlist',
];

async function measure(path: string) {
  const result = await autocannon({
    url: `${BASE}${path}`,
    connections: 10,
    duration: DURATION_S,
    headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip' },
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(
      `${path}: ${result.non2xx} non-2xx answers, ${result.errors} errors`,
    );
  }
  const json = await fetch(`${BASE}${path}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return {
    path,
    rps: result.requests.average,
    p99: result.latency.p99,
    wire: result.throughput.average / result.requests.average,
    json: (await json.text()).length,
  };
}

/** Starts bench/api/flood.mjs: anonymous clients posting 20 MB bodies to /health until stopped. */
function flood(clients: number) {
  const child = spawn(
    process.execPath,
    [join(__dirname, 'flood.mjs'), `${BASE}/health`, String(clients)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout.on('data', d => (out += d));
  return {
    stop: () =>
      new Promise<number>(resolve => {
        child.on('exit', () => resolve(Number(out.trim())));
        child.kill('SIGTERM');
      }),
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

async function main() {
  // BENCH_ONLY=workloads measures the workload API alone (with its own /health baseline).
  // BENCH_ONLY=lineage: the scope of impact of a root over 20,000 workloads (lineageLoad.ts).
  if (process.env.BENCH_ONLY === 'lineage') {
    // A reader has been served this generation already: the first scope is timed alone.
    await fetch(`${BASE}/readiness?limit=1`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const first = await firstScope(BASE, token);
    report(
      [first],
      await laterPages(BASE, token, Number(process.env.BENCH_AMOUNT ?? 2000)),
    );
    return;
  }
  if (process.env.BENCH_ONLY === 'workloads') {
    await measureWorkloads(BASE, token, DURATION_S);
    return;
  }
  const rows = [];
  for (const path of endpoints) rows.push(await measure(path));
  const health = rows[0].rps;
  console.log(
    `| endpoint (first request) | requests/s | p99 ms | JSON answer | on the wire (gzip, with headers) | throughput vs /health |`,
  );
  console.log(`|---|---:|---:|---:|---:|---:|`);
  for (const r of rows) {
    console.log(
      `| GET ${r.path} | ${r.rps.toFixed(0)} | ${r.p99} | ${kb(r.json)} | ${kb(
        r.wire,
      )} | ${(r.rps / health).toFixed(2)}× |`,
    );
  }

  const quiet = rows.find(r => r.path === '/allowlist')!;
  const attack = flood(4);
  const loud = await measure('/allowlist');
  const bodies = await attack.stop();
  console.log();
  console.log(
    `| /allowlist | requests/s | p99 ms |\n|---|---:|---:|\n| alone | ${quiet.rps.toFixed(
      0,
    )} | ${
      quiet.p99
    } |\n| while 4 anonymous clients send 20 MB bodies to /health (${bodies} sent) | ${loud.rps.toFixed(
      0,
    )} | ${loud.p99} |`,
  );

  console.log();
  await measureWorkloads(BASE, token, DURATION_S);
}

main().catch(e => {
  console.error(e.message);
  process.exit(1);
});
