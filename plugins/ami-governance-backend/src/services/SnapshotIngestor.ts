import { ConflictError, InputError } from '@backstage/errors';
import { OrganizationSnapshot } from '@ami-governance/backstage-plugin-ami-governance-common';
import { Clock, systemClock } from './clock';
import { summarizeDrift } from './driftSummary';
import { SnapshotStore, StoredSnapshotMeta } from './SnapshotStore';
import { StatusService } from './StatusService';

/** Clocks of collectors and this server may differ a little; more than this is a wrong timestamp. */
export const CLOCK_SKEW_MS = 5 * 60_000;

export type SnapshotIngestorOptions = {
  /** Accept an organization with no accounts (normally a broken collection). */
  allowEmpty?: boolean;
  /** Told about every stored snapshot (the signal to open pages). */
  onStored?: (meta: StoredSnapshotMeta) => void;
};

/**
 * Stores a validated snapshot with its drift summary, whoever produced it. Snapshots are untrusted:
 * a collection time in the future, one older than the newest stored, or an empty organization is
 * refused, so a backdated or broken snapshot never replaces a good view.
 */
export class SnapshotIngestor {
  constructor(
    private readonly store: SnapshotStore,
    private readonly status: StatusService,
    private readonly clock: Clock = systemClock,
    private readonly options: SnapshotIngestorOptions = {},
  ) {}

  async ingest(
    snapshot: OrganizationSnapshot,
    source: string,
  ): Promise<StoredSnapshotMeta> {
    const now = this.clock();
    await this.checkTrust(snapshot, now);
    const status = this.status.compute(snapshot, now);
    // Without a config there is nothing to compare against yet: store the snapshot, verdict unknown.
    const summary = status
      ? summarizeDrift(status)
      : { verdict: 'unknown' as const, driftFingerprint: 'no-config' };
    const stored = await this.store.add(snapshot, source, summary);
    this.status.stored(stored, now);
    this.options.onStored?.(stored);
    return stored;
  }

  private async checkTrust(snapshot: OrganizationSnapshot, now: Date) {
    const collected = Date.parse(snapshot.collectedAt);
    if (collected > now.getTime() + CLOCK_SKEW_MS) {
      throw new InputError(
        `collectedAt ${
          snapshot.collectedAt
        } is in the future (this server's time is ${now.toISOString()}): fix the collector's clock`,
      );
    }
    if (snapshot.accounts.length === 0 && !this.options.allowEmpty) {
      throw new InputError(
        'accounts is empty: an organization always has its management account, so this looks like a failed collection. Set amiGovernance.organization.allowEmptySnapshots to store it anyway',
      );
    }
    const latest = await this.store.latestMeta();
    if (latest && collected < Date.parse(latest.collectedAt)) {
      throw new ConflictError(
        `collectedAt ${snapshot.collectedAt} is older than the newest stored snapshot (collected ${latest.collectedAt}): an older snapshot never replaces a newer one`,
      );
    }
  }
}
