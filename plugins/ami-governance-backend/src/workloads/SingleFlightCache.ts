type Entry<T> = { value: Promise<T>; settled: boolean; startedAt: number };

/**
 * Values worked out once per key, at most `max` kept (the least recently used dropped). Callers that
 * ask for a key while it is being worked out share that work: ten readers arriving right after a new
 * workload generation start one evaluation, not ten. A failure is not kept (the next caller tries
 * again), and work still pending after `shareForMs` (a hung database) is no longer shared: the next
 * caller starts afresh, and whichever finishes first is kept.
 */
export class SingleFlightCache<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(
    private readonly max: number,
    private readonly shareForMs = 10_000,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  get(key: string, make: () => Promise<T>): Promise<T> {
    const found = this.entries.get(key);
    if (
      found &&
      (found.settled || this.clock() - found.startedAt < this.shareForMs)
    ) {
      this.entries.delete(key);
      this.entries.set(key, found);
      return found.value;
    }
    const entry: Entry<T> = {
      value: make(),
      settled: false,
      startedAt: this.clock(),
    };
    entry.value.then(
      () => {
        entry.settled = true;
        // Work that was no longer shared still fills the cache when nothing newer did.
        if (!this.entries.get(key)?.settled) this.keep(key, entry);
      },
      () => {
        if (this.entries.get(key) === entry) this.entries.delete(key);
      },
    );
    this.keep(key, entry);
    return entry.value;
  }

  /** Whether a value for `key` is kept (worked out, not only being worked out). */
  has(key: string): boolean {
    return this.entries.get(key)?.settled ?? false;
  }

  private keep(key: string, entry: Entry<T>) {
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > this.max)
      this.entries.delete(this.entries.keys().next().value!);
  }
}
