/** Wall-clock timing with `performance.now()`: warm-up rounds, then timed rounds. */
import { performance } from 'node:perf_hooks';

export interface Case {
  label: string;
  size: number;
  fn: () => unknown;
  /** Summarises what `fn` returned (e.g. `ok`, or the finding codes). */
  outcome: (result: any) => string;
}

export interface Timing {
  label: string;
  size: number;
  medianMs: number;
  p95Ms: number;
  outcome: string;
}

/** The value at quantile `q` (0..1) of sorted `values`, nearest-rank. */
function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

/**
 * Times every case `reps` times. Cases are interleaved (one call of each per round), so they share
 * the same JIT state, heap and machine load, which keeps their ratios stable across runs (timing each
 * case on its own, or collecting garbage before every call, made the ratios swing by 2x run to run).
 */
export function timeCases(
  cases: Case[],
  opts: { warmup: number; reps: number },
): Timing[] {
  // Collect the previous table's garbage first (node --expose-gc), so it is not charged here.
  (globalThis as { gc?: () => void }).gc?.();
  // At least `warmup` rounds and 500 ms, so even the smallest case runs optimised code.
  const warmUntil = performance.now() + 500;
  for (let i = 0; i < opts.warmup || performance.now() < warmUntil; i++)
    cases.forEach(c => c.fn());
  const samples = cases.map((): number[] => []);
  const results = cases.map((): unknown => undefined);
  for (let round = 0; round < opts.reps; round++) {
    cases.forEach((c, i) => {
      const start = performance.now();
      results[i] = c.fn();
      samples[i].push(performance.now() - start);
    });
  }
  return cases.map((c, i) => {
    const sorted = samples[i].sort((a, b) => a - b);
    return {
      label: c.label,
      size: c.size,
      medianMs: quantile(sorted, 0.5),
      p95Ms: quantile(sorted, 0.95),
      outcome: c.outcome(results[i]),
    };
  });
}

/** A markdown table; the ratio is each row's median over the first (smallest) row's median. */
export function table(rows: Timing[]): string {
  const base = rows[0].medianMs;
  const lines = [
    '| case | size | median ms | p95 ms | ratio to smallest | outcome |',
    '|---|---:|---:|---:|---:|---|',
    ...rows.map(
      r =>
        `| ${r.label} | ${r.size.toLocaleString(
          'en-US',
        )} | ${r.medianMs.toFixed(3)} | ${r.p95Ms.toFixed(3)} | ${(
          r.medianMs / base
        ).toFixed(2)}× | ${r.outcome} |`,
    ),
  ];
  return lines.join('\n');
}
