import type { StoredSnapshot, SnapshotStore } from './SnapshotStore';
import { DATABASE_UNREACHABLE } from '../database/databaseFailure';
import { withTimeout } from '../lib/withTimeout';

/**
 * The newest stored organization snapshot, with something worked out from it once per snapshot: each
 * call asks the database only for the newest snapshot's ID (3 s at most), and parses and derives again
 * only when a newer one was stored.
 */
export class LatestSnapshot<T> {
  private cached?: { id: number; value: T };

  constructor(
    private readonly store: Pick<SnapshotStore, 'latestMeta' | 'get'>,
    private readonly derive: (stored: StoredSnapshot) => T,
    private readonly timeoutMs = 3000,
  ) {}

  async get(): Promise<T | undefined> {
    const slow = DATABASE_UNREACHABLE;
    const meta = await withTimeout(
      this.store.latestMeta(),
      this.timeoutMs,
      slow,
    );
    if (!meta) return undefined;
    if (this.cached?.id !== meta.id) {
      const stored = await withTimeout(
        this.store.get(meta.id),
        this.timeoutMs,
        slow,
      );
      if (!stored) return undefined;
      this.cached = { id: meta.id, value: this.derive(stored) };
    }
    return this.cached.value;
  }
}
