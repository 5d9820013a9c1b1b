/**
 * Client-side pacing of one Organizations API, adapted to its throttles. The per-API rates are low,
 * shared with every other caller in the account, and unpublished for DescribeEffectivePolicy.
 * Backoff alone is unfair: the workers that just succeeded send again at once while a throttled call
 * waits longer and longer, and in bench/collector some DescribeEffectivePolicy calls ran out of
 * attempts that way. Pacing the API makes every caller slow down together.
 *
 * On a throttle the gap between calls becomes the interval at which calls recently succeeded (what
 * the API is granting) plus 5%; each success narrows it by 1% to probe for spare capacity. A plain
 * widen-by-half, narrow-by-3% pace cost up to 86% over the rate bound in the benchmark at
 * concurrency 16; aiming just under the measured rate costs about 1% (docs/benchmarks.md).
 */
export class Pace {
  private gapMs = 0;
  private nextAt = 0;
  private adjustedAt = -Infinity;
  /** Send times of the last successful calls. */
  private readonly recent: number[] = [];

  static readonly SAMPLE = 20;

  constructor(
    /** The gap after a throttle with too few successes to measure (it grows by half each time). */
    private readonly firstGapMs: number,
    private readonly maxGapMs: number,
    private readonly sleep: (ms: number) => Promise<void>,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  /** The time between two calls now, 0 until the API first throttles. */
  get gap(): number {
    return this.gapMs;
  }

  /** Waits for this call's turn; resolves to the time it is sent. */
  async turn(): Promise<number> {
    const now = this.clock();
    const at = Math.max(now, this.nextAt);
    this.nextAt = at + this.gapMs;
    if (at > now) await this.sleep(at - now);
    return at;
  }

  /** Adjusts the gap once per throttling episode: calls already in flight at the last adjustment do not count again. */
  throttled(sentAt: number): void {
    if (sentAt <= this.adjustedAt) return;
    this.adjustedAt = this.clock();
    const { recent } = this;
    const granted =
      recent.length >= 5
        ? (recent[recent.length - 1] - recent[0]) / (recent.length - 1)
        : 0;
    const grow = this.gapMs === 0 ? this.firstGapMs : this.gapMs * 1.5;
    // Never narrower on a throttle, at most half as wide again: a throttle while pacing at the
    // granted interval is jitter, and successes spread out by a lull in demand overstate the interval.
    this.gapMs = Math.min(
      this.maxGapMs,
      granted > 0 ? Math.min(Math.max(granted * 1.05, this.gapMs), grow) : grow,
    );
  }

  succeeded(sentAt: number): void {
    this.recent.push(sentAt);
    if (this.recent.length > Pace.SAMPLE) this.recent.shift();
    this.gapMs = this.gapMs < 1 ? 0 : this.gapMs * 0.99;
  }
}
