import { ConflictError, ForwardedError, InputError } from '@backstage/errors';
import { OrganizationSnapshot } from '@ami-governance/backstage-plugin-ami-governance-common';
import { Clock, systemClock } from './clock';
import { summarizeDrift } from './driftSummary';
import { SnapshotStore, StoredSnapshotMeta } from './SnapshotStore';
import { StatusService } from './StatusService';
import { checkReport } from './workloads/checkReport';
import { WorkloadGeneration, WorkloadStore } from './workloads/WorkloadStore';

/** Clocks of collectors and this server may differ a little; more than this is a wrong timestamp. */
const CLOCK_SKEW_MS = 5 * 60_000;

type SnapshotIngestorOptions = {
  /** Accept an organization with no accounts (normally a broken collection). */
  allowEmpty?: boolean;
  /** Told about every stored snapshot (the signal to open pages). */
  onStored?: (meta: StoredSnapshotMeta) => void;
  /** Where a snapshot's `workloads` section goes; without it the section is ignored. */
  workloads?: WorkloadStore;
  /** Told about every workload generation stored from a snapshot. */
  onWorkloadsStored?: (generation: WorkloadGeneration) => void;
};

/** What was stored: the organization snapshot and, when it carried one, its workloads. */
type IngestedSnapshot = StoredSnapshotMeta & {
  workloads?: WorkloadGeneration;
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

  /**
   * Stores the organization part as a snapshot and the `workloads` section, when there is one, as a
   * workload generation: the inventory (hundreds of thousands of instances) never goes into the
   * snapshot's JSON. A snapshot without workloads leaves the last workloads serving.
   */
  async ingest(
    snapshot: OrganizationSnapshot,
    source: string,
  ): Promise<IngestedSnapshot> {
    const now = this.clock();
    const { workloads, ...organization } = snapshot;
    await this.checkTrust(snapshot, now);
    if (workloads && this.options.workloads) checkWorkloads(workloads.accounts);
    const status = this.status.compute(organization, now);
    // Without a config there is nothing to compare against yet: store the snapshot, verdict unknown.
    const summary = status
      ? summarizeDrift(status)
      : { verdict: 'unknown' as const, driftFingerprint: 'no-config' };
    const stored = await this.store.add(organization, source, summary);
    this.status.stored(stored, now);
    this.options.onStored?.(stored);
    if (!workloads || !this.options.workloads) return stored;
    let generation: WorkloadGeneration;
    try {
      generation = await this.options.workloads.write(
        source,
        workloads.accounts,
        snapshot.collectedAt,
      );
    } catch (e) {
      // Keeps the cause's name, so a conflict still answers 409.
      throw new ForwardedError(
        `Stored organization snapshot ${stored.id}, but not its workloads (the last workloads keep serving)`,
        e,
      );
    }
    this.options.onWorkloadsStored?.(generation);
    return { ...stored, workloads: generation };
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

/** Everything the tables cannot hold is refused before anything is stored. */
function checkWorkloads(
  accounts: NonNullable<OrganizationSnapshot['workloads']>['accounts'],
) {
  const seen = new Set<string>();
  accounts.forEach((report, i) => {
    const where = `workloads.accounts[${i}]`;
    if (seen.has(report.accountId))
      throw new InputError(
        `${where}.accountId ${report.accountId} is listed twice: one report per account`,
      );
    seen.add(report.accountId);
    checkReport(report, where);
  });
}
