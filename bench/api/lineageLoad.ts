/**
 * bench/api, lineage (issue 24): `/images/{id}/descendants` of the root with 20,000 descendant
 * instances and 2,000 launch template versions (bench/api/lineageFixtures.ts), against /health measured
 * in the same run. Two figures, reported apart because they cost differently:
 *
 * - **the first request** of the root's scope in a generation: it walks the graph and joins the
 *   generation's workloads (kept per generation and AMI), timed once per generation served;
 * - **later pages**: `amount` requests, 10 connections, each a page nobody asked before (offset
 *   stepping by 7 over the 22,000 workloads, so the answer cache never helps): slices of the kept scope.
 *
 * Every figure carries the 1-minute load average, read when it was taken.
 */
import { readFileSync } from 'node:fs';
import { COMMUNITY_ROOT_ID as ROOT } from './lineageFixtures';
import { measure } from './workloadLoad';

const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ')[0];

/** The first ask of the root's scope in the generation served now (a page of 50 at offset 0). */
export async function firstScope(base: string, token: string) {
  const start = performance.now();
  const res = await fetch(`${base}/images/${ROOT}/descendants`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const body = await res.text();
  const ms = performance.now() - start;
  if (res.status !== 200)
    throw new Error(`descendants: ${res.status} ${body.slice(0, 300)}`);
  const answer = JSON.parse(body);
  return { ms, load: load(), totals: answer.totals ?? answer.total };
}

/** /health, then later pages of the root's scope (its first ask must have been made). */
export async function laterPages(base: string, token: string, amount: number) {
  const health = await measure(
    base,
    token,
    0,
    { name: '/health', path: () => '/health' },
    false,
    { amount },
  );
  const healthLoad = load();
  const pages = await measure(
    base,
    token,
    0,
    {
      name: `/images/${ROOT}/descendants?offset=…`,
      path: n => `/images/${ROOT}/descendants?offset=${(n * 7) % 22_000}`,
    },
    false,
    { amount },
  );
  return {
    health: { ...health, load: healthLoad },
    pages: { ...pages, load: load() },
  };
}

/** Prints the figures of one run as markdown. */
export function report(
  firsts: Awaited<ReturnType<typeof firstScope>>[],
  later: Awaited<ReturnType<typeof laterPages>>,
) {
  const { health, pages } = later;
  console.log(`Scope of ${ROOT}: ${JSON.stringify(firsts[0].totals)}`);
  console.log();
  console.log(
    '| request | n | p50 ms | p99 ms | max ms | requests/s | p99 / /health p99 | load (1 min) |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  console.log(
    `| GET /health (yardstick) | ${health.n} | ${health.p50} | ${
      health.p99
    } | ${health.max} | ${health.rps.toFixed(0)} | 1.00× | ${health.load} |`,
  );
  for (const [i, f] of firsts.entries())
    console.log(
      `| first request of the root's scope, generation ${
        i + 1
      } | 1 | | ${f.ms.toFixed(0)} | | | ${(
        f.ms / Math.max(health.p99, 1)
      ).toFixed(2)}× | ${f.load} |`,
    );
  console.log(
    `| later pages of 50, a new page each request | ${pages.n} | ${
      pages.p50
    } | ${pages.p99} | ${pages.max} | ${pages.rps.toFixed(0)} | ${(
      pages.p99 / Math.max(health.p99, 1)
    ).toFixed(2)}× | ${pages.load} |`,
  );
}
