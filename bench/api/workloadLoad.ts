/**
 * bench/api, workload API: p99 of /readiness, /impact and /accounts/{id} on the 200,000-instance
 * store, each against /health measured in the same run. Two kinds of case: the same query again (a
 * prepared answer, as a page polling it gets) and a different query on every request (a new page, a
 * new account: more distinct queries than the answer cache holds, so each one runs its SQL).
 */
import autocannon from 'autocannon';
import { COMMUNITY_ROOT_ID } from './lineageFixtures';

const id = (n: number) => String(n).padStart(12, '0');

export type Case = { name: string; path: (n: number) => string };

// Stepping by a number prime to 5,000 visits every account before one comes back.
const CASES: Case[] = [
  { name: '/health', path: () => '/health' },
  { name: '/readiness (same query)', path: () => '/readiness' },
  {
    name: '/readiness?offset=… (a new page each request)',
    path: n => `/readiness?offset=${(n * 50) % 17_000}`,
  },
  {
    name: '/readiness?account=… (a new account each request)',
    path: n => `/readiness?account=${id(1 + ((n * 7919) % 5_000))}`,
  },
  { name: '/impact (same query: next expiry)', path: () => '/impact' },
  {
    name: '/impact?on=…&account=… (a new account each request)',
    path: n => `/impact?on=2099-01-01&account=${id(1 + ((n * 7919) % 5_000))}`,
  },
  {
    name: '/images/{community root}/descendants?offset=… (scope of impact of a root over 20,000 workloads, a new page each request)',
    path: n =>
      `/images/${COMMUNITY_ROOT_ID}/descendants?offset=${(n * 50) % 22_000}`,
  },
  {
    name: '/accounts/{id} (same account)',
    path: () => `/accounts/${id(42)}`,
  },
  {
    name: '/accounts/{id} (a new account each request)',
    path: n => `/accounts/${id(1 + ((n * 7919) % 5_000))}`,
  },
];

/** Concurrent connections of every measure: BENCH_CONNECTIONS, default 10. */
export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

/**
 * Autocannon with CONNECTIONS connections on one case; with `allowErrors`, non-2xx answers are counted, not
 * fatal. With `amount`, that many requests (keys `firstKey`… of the case) rather than `duration` s.
 */
export async function measure(
  base: string,
  token: string,
  duration: number,
  c: Case,
  allowErrors = false,
  { amount, firstKey = 0 }: { amount?: number; firstKey?: number } = {},
) {
  const url = new URL(base);
  let n = firstKey;
  const result = await autocannon({
    url: url.origin,
    connections: CONNECTIONS,
    duration,
    amount,
    headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip' },
    requests: [
      {
        method: 'GET',
        setupRequest: req => ({
          ...req,
          path: `${url.pathname}${c.path(n++)}`,
        }),
      },
    ],
  });
  if (!allowErrors && (result.non2xx > 0 || result.errors > 0))
    throw new Error(
      `${c.name}: ${result.non2xx} non-2xx answers, ${result.errors} errors`,
    );
  return {
    name: c.name,
    n: result.requests.total ?? 0,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    failed: result.non2xx + result.errors + result.timeouts,
  };
}

/** The first request of an answer nobody asked for yet: the evaluation it needs is worked out then. */
async function cold(base: string, token: string, path: string) {
  const start = performance.now();
  const res = await fetch(`${base}${path}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const body = await res.text();
  return {
    path,
    ms: performance.now() - start,
    status: res.status,
    size: body.length,
  };
}

export async function measureWorkloads(
  base: string,
  token: string,
  duration: number,
) {
  const firsts = [
    await cold(base, token, '/readiness'),
    await cold(base, token, '/impact'),
    await cold(base, token, `/accounts/${id(4_321)}`),
  ];
  const summary = JSON.parse(
    await (
      await fetch(`${base}/readiness`, {
        headers: { authorization: `Bearer ${token}` },
      })
    ).text(),
  );
  console.log(
    `Store: ${summary.generation.accounts} accounts; blocked today ${summary.blocked.instances} instances and ${summary.blocked.launchTemplates} launch templates in ${summary.accounts} accounts; ${summary.regionsNotEnforcing.total} account-regions not enforcing; ${summary.notVisible.accounts.total} accounts not visible.`,
  );
  console.log();
  console.log(
    '| first request after start | ms | status | JSON answer |\n|---|---:|---:|---:|',
  );
  for (const f of firsts)
    console.log(
      `| GET ${f.path} | ${f.ms.toFixed(0)} | ${f.status} | ${(
        f.size / 1024
      ).toFixed(1)} kB |`,
    );
  console.log();
  const rows = [];
  for (const c of CASES) rows.push(await measure(base, token, duration, c));
  const health = rows[0];
  console.log(
    '| endpoint | requests/s | p99 ms | p99 vs /health | throughput vs /health |',
  );
  console.log('|---|---:|---:|---:|---:|');
  for (const r of rows)
    console.log(
      `| GET ${r.name} | ${r.rps.toFixed(0)} | ${r.p99} | ${(
        r.p99 / Math.max(health.p99, 1)
      ).toFixed(2)}× | ${(r.rps / health.rps).toFixed(2)}× |`,
    );
}
