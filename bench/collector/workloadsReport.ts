/** The columns of bench/collector/workloads.ts's table, one row per run. */
export const f = (n: number, d = 2) => n.toFixed(d);

/** What one run of the workloads collector measured (workloads.ts `run`). */
export interface Result {
  concurrency: number;
  speedup: number;
  wallS: number;
  bound: number;
  concurrencyBound: number;
  stsBound: number;
  storeBound: number;
  cpuS: number;
  /** Retries the collector reported, as it words them. */
  retried?: string;
  counts: {
    calls: number;
    throttled: number;
    stsThrottled: number;
    mostPerBucket: number;
  };
  totals: {
    accounts: number;
    notVisible: number;
    refused: number;
    instances: number;
    versions: number;
    publicImages: number;
    bytes: number;
    invalid: number;
  };
  rssGrowthMb: number;
  liveHeapMb: number[];
}

export function resultColumns(
  expected: { instances: number; versions: number },
  storeMs: number,
) {
  const columns: [string, (r: Result) => string][] = [
    ['concurrency', r => `${r.concurrency}`],
    ['speedup', r => `×${r.speedup}`],
    ['wall s', r => f(r.wallS * r.speedup, 1)],
    [
      'bound s: concurrency × latency',
      r => f(r.concurrencyBound * r.speedup, 1),
    ],
    ['bound s: STS rate', r => f(r.stsBound * r.speedup, 1)],
    ...(storeMs > 0
      ? [
          ['bound s: store', (r: Result) => f(r.storeBound * r.speedup, 1)] as [
            string,
            (r: Result) => string,
          ],
        ]
      : []),
    ['wall / bound', r => f(r.wallS / r.bound)],
    ['CPU s', r => f(r.cpuS, 1)],
    ['calls', r => `${r.counts.calls}`],
    [
      'throttled EC2 / STS',
      r => `${r.counts.throttled} / ${r.counts.stsThrottled}`,
    ],
    ['retried', r => `${r.retried}`],
    ['most calls in one EC2 bucket', r => `${r.counts.mostPerBucket}`],
    [
      'accounts (not visible)',
      r => `${r.totals.accounts} (${r.totals.notVisible})`,
    ],
    ['regions refused', r => `${r.totals.refused}`],
    [
      'instances',
      r =>
        `${r.totals.instances}${
          r.totals.instances === expected.instances ? '' : ' INCOMPLETE'
        }`,
    ],
    [
      'LT versions',
      r =>
        `${r.totals.versions}${
          r.totals.versions === expected.versions ? '' : ' INCOMPLETE'
        }`,
    ],
    ['public AMIs', r => `${r.totals.publicImages}`],
    ['JSON MB', r => f(r.totals.bytes / 2 ** 20, 1)],
    ['peak RSS growth MB', r => f(r.rssGrowthMb, 0)],
    [
      'live heap growth MB (after GC, at ¼ ½ ¾ 1)',
      r => r.liveHeapMb.map(m => f(m, 0)).join(' '),
    ],
    [
      'schema',
      r => (r.totals.invalid === 0 ? 'ok' : `${r.totals.invalid} INVALID`),
    ],
  ];
  return columns;
}
