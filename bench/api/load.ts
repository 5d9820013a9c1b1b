/**
 * bench/api: autocannon on loopback against /health, /exceptions and /status of one backend, in
 * the same run, so each endpoint's throughput is reported as a ratio of /health's.
 */
import autocannon from 'autocannon';
import { mkdirSync } from 'node:fs';
import { writeFixtures } from './fixtures';

const [mode, dir, token] = process.argv.slice(2);
if (mode === 'fixtures') {
  mkdirSync(dir, { recursive: true });
  writeFixtures(dir, token);
  process.exit(0);
}

const BASE = 'http://127.0.0.1:7077/api/ami-governance';
const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const endpoints = ['/health', '/exceptions', '/status'];

async function measure(path: string) {
  const result = await autocannon({
    url: `${BASE}${path}`,
    connections: 10,
    duration: DURATION_S,
    headers: { authorization: `Bearer ${token}` },
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(
      `${path}: ${result.non2xx} non-2xx answers, ${result.errors} errors`,
    );
  }
  return {
    path,
    rps: result.requests.average,
    p99: result.latency.p99,
    bytes: result.throughput.average / result.requests.average,
  };
}

async function main() {
  const rows = [];
  for (const path of endpoints) rows.push(await measure(path));
  const health = rows[0].rps;
  console.log(
    `| endpoint | requests/s | p99 ms | bytes per response (with headers) | throughput vs /health |`,
  );
  console.log(`|---|---:|---:|---:|---:|`);
  for (const r of rows) {
    console.log(
      `| GET ${r.path} | ${r.rps.toFixed(0)} | ${r.p99} | ${Math.round(
        r.bytes,
      ).toLocaleString('en-US')} | ${(r.rps / health).toFixed(2)}× |`,
    );
  }
}

main().catch(e => {
  console.error(e.message);
  process.exit(1);
});
