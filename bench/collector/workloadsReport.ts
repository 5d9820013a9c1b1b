/** The columns of bench/collector/workloads.ts's table, one row per run. */
export const f = (n: number, d = 2) => n.toFixed(d);

/** What one run of the workloads collector measured (workloads.ts `run`). */
export interface Result {
  concurrency: number;
  speedup: number;
  wallS: number;
  bound: number;
  /** The bound without the ancestry reads' calls on the critical paths (the same without lineage). */
  boundWithoutAncestry: number;
  /** The 1-minute, 5-minute and 15-minute load averages at the end of the run. */
  load: string;
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
    ancestry: number;
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
    [
      'wall / bound without ancestry calls',
      r => f(r.wallS / r.boundWithoutAncestry),
    ],
    ['GetImageAncestry calls', r => `${r.counts.ancestry}`],
    ['load (1, 5, 15 min)', r => r.load],
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
