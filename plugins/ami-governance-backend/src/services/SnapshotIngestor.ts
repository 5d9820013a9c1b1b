import { OrganizationSnapshot } from 'ami-governance-common';
import { Clock, systemClock } from './clock';
import { summarizeDrift } from './driftSummary';
import { SnapshotStore, StoredSnapshotMeta } from './SnapshotStore';
import { StatusService } from './StatusService';

/** Stores a validated snapshot with its drift summary, whoever produced it. */
export class SnapshotIngestor {
  constructor(
    private readonly store: SnapshotStore,
    private readonly status: StatusService,
    private readonly clock: Clock = systemClock,
  ) {}

  async ingest(
    snapshot: OrganizationSnapshot,
    source: string,
  ): Promise<StoredSnapshotMeta> {
    const status = this.status.compute(snapshot, this.clock());
    // Without a config there is nothing to compare against yet: store the snapshot, verdict unknown.
    const summary = status
      ? summarizeDrift(status)
      : { verdict: 'unknown' as const, driftFingerprint: 'no-config' };
    return this.store.add(snapshot, source, summary);
  }
}
