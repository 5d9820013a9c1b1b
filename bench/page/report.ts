/** bench/page's samples and the Markdown tables it prints from them. */
export type Sample = {
  /** Every API answer received (through page.route). */
  api: number;
  /** The readiness panel's headline ("Switching to enabled today would block …") on screen. */
  readiness: number;
  headline: string;
  /** Bytes of the API answers served during the sample (JSON, uncompressed). */
  apiBytes: number;
  rendered: number;
  /** Summary, table and both policy cards on screen. */
  complete: number;
  interactive: number;
  filter: number;
  blocking: number;
  heapMb: number;
};
export type NumericKey = Exclude<keyof Sample, 'headline'>;

const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p90 = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[
    Math.min(xs.length - 1, Math.ceil(xs.length * 0.9) - 1)
  ];

/** Medians and p90 per case, then the ratios large / small, as Markdown. */
export function report(
  now: Date,
  rounds: number,
  samples: Record<string, Sample[]>,
) {
  const numeric = (s: Sample[], k: NumericKey) => s.map(x => x[k]);
  console.log(
    `# bench/page — ${now.toISOString()}, ${rounds} rounds per case (interleaved, after one warm-up round)\n`,
  );
  console.log(
    '| case | API JSON read | API answered | first rows | readiness headline | table interactive | filter applied | page complete | blocking | JS heap |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const labels = [
    ['small', '10 publishers, 10 accounts'],
    ['large', '1,000 publishers, 5,000 accounts'],
  ];
  for (const [name, label] of labels) {
    const s = samples[name];
    const ms = (k: NumericKey) =>
      `${median(numeric(s, k)).toFixed(0)} ms (p90 ${p90(numeric(s, k)).toFixed(
        0,
      )})`;
    console.log(
      `| ${label} | ${(median(numeric(s, 'apiBytes')) / 1024).toFixed(
        0,
      )} KB | ${ms('api')} | ${ms('rendered')} | ${ms('readiness')} | ${ms(
        'interactive',
      )} | ${ms('filter')} | ${ms('complete')} | ${median(
        numeric(s, 'blocking'),
      ).toFixed(0)} ms | ${median(numeric(s, 'heapMb')).toFixed(1)} MB |`,
    );
  }
  const ratio = (k: NumericKey) =>
    (
      median(numeric(samples.large, k)) / median(numeric(samples.small, k))
    ).toFixed(2);
  const r = (k: NumericKey) => `${ratio(k)}×`;
  console.log(
    `\nRatios large / small (medians): API JSON read ${r(
      'apiBytes',
    )}, API answered ${r('api')}, first rows ${r(
      'rendered',
    )}, readiness headline ${r('readiness')}, table interactive ${r(
      'interactive',
    )}, filter ${r('filter')}, page complete ${r('complete')}`,
  );
}
