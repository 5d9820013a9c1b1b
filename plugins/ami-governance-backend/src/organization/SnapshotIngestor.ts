import { LoggerService } from '@backstage/backend-plugin-api';
import {
  ConflictError,
  CustomErrorBase,
  InputError,
  ServiceUnavailableError,
} from '@backstage/errors';
import { OrganizationSnapshot } from '@ami-governance/backstage-plugin-ami-governance-common';
import type { Knex } from 'knex';
import { Clock, systemClock } from '../lib/clock';
import { checkedOffThread } from './checkSnapshotOffThread';
import { refuseControlCharacters } from './controlCharacters';
import { summarizeDrift } from './driftSummary';
import { refuseFutureTime } from '../lib/futureTime';
import { SnapshotStore, StoredSnapshotMeta } from './SnapshotStore';
import { StatusService } from './StatusService';
import {
  checkWorkloadSection,
  ServedCollection,
} from '../workloads/checkWorkloadSection';
import { WorkloadGeneration, WorkloadStore } from '../workloads/WorkloadStore';

type SnapshotIngestorOptions = {
  /** Accept an organization with no accounts (normally a broken collection). */
  allowEmpty?: boolean;
  /** Told about every stored snapshot (the signal to open pages). */
  onStored?: (meta: StoredSnapshotMeta) => void;
  /** Where a snapshot's `workloads` section goes; without it the section is ignored. */
  workloads?: WorkloadStore;
  /** Told about every workload generation stored from a snapshot. */
  onWorkloadsStored?: (generation: WorkloadGeneration) => void;
  /** Where a database failure's own message goes (never into the answer). */
  logger?: LoggerService;
};

/** What was stored: the organization snapshot and, when it carried one, its workloads. */
type IngestedSnapshot = StoredSnapshotMeta & {
  workloads?: WorkloadGeneration;
};

/**
 * Stores a validated snapshot with its drift summary, whoever produced it. Snapshots are untrusted:
 * the whole snapshot (organization and workloads) is checked before anything is stored, then stored
 * in one transaction, so a refused or failed snapshot leaves the previous state fully serving. A
 * collection time in the future, one older than the newest stored, an empty organization, a control
 * character in any text or a workload section that would mislead is refused.
 */
export class SnapshotIngestor {
  constructor(
    private readonly store: SnapshotStore,
    private readonly status: Pick<StatusService, 'compute'>,
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
    const { workloads: section, ...organization } = snapshot;
    const workloadStore = this.options.workloads;
    const workloads = workloadStore && section;
    // A worker checked a pushed or read snapshot's text and reports; one collected here was not.
    const checked = checkedOffThread(snapshot);
    if (!checked) refuseControlCharacters(snapshot);
    await this.checkTrust(snapshot, now);
    if (workloads)
      checkWorkloadSection(
        organization,
        workloads,
        now,
        await this.servedComplete(),
        { reportsChecked: checked },
      );
    const status = this.status.compute(organization, now);
    // Without a config there is nothing to compare against yet: store the snapshot, verdict unknown.
    const summary = status
      ? summarizeDrift(status)
      : { verdict: 'unknown' as const, driftFingerprint: 'no-config' };
    const { stored, generation } = await this.storeAtomically(async trx => ({
      stored: await this.store.within(trx).add(organization, source, summary),
      generation:
        workloads &&
        (await workloadStore!
          .within(trx)
          .write(
            source,
            workloads.accounts,
            snapshot.collectedAt,
            workloads.partial ?? false,
          )),
    }));
    this.options.onStored?.(stored);
    if (!generation) return stored;
    this.options.onWorkloadsStored?.(generation);
    return { ...stored, workloads: generation };
  }

  /**
   * Runs `work` in one transaction. A refusal (409 when a newer workload collection completed
   * meanwhile) passes as is; a database failure is logged and answered without the driver's message,
   * which can carry SQL, hosts and the snapshot's own text.
   */
  private async storeAtomically<T>(
    work: (trx: Knex.Transaction) => Promise<T>,
  ): Promise<T> {
    try {
      return await this.store.transaction(work);
    } catch (e) {
      if (e instanceof CustomErrorBase) throw e;
      this.options.logger?.error(
        'Storing a snapshot failed in the database; nothing of it was stored',
        e as Error,
      );
      throw new ServiceUnavailableError(
        'The database refused the snapshot: nothing of it was stored, and the previous snapshot and workloads keep serving. The backend log has the cause; try again later.',
      );
    }
  }

  /** The complete workload collection served, which a section without `partial: true` must cover. */
  private async servedComplete(): Promise<ServedCollection | undefined> {
    const served = await this.options.workloads?.serving();
    if (!served || served.partial) return undefined;
    return {
      id: served.id,
      accountIds: await this.options.workloads!.accountIds(served.id),
    };
  }

  private async checkTrust(snapshot: OrganizationSnapshot, now: Date) {
    refuseFutureTime('collectedAt', snapshot.collectedAt, now);
    if (snapshot.accounts.length === 0 && !this.options.allowEmpty) {
      throw new InputError(
        'accounts is empty: an organization always has its management account, so this looks like a failed collection. Set amiGovernance.organization.allowEmptySnapshots to store it anyway',
      );
    }
    const latest = await this.store.latestMeta();
    if (
      latest &&
      Date.parse(snapshot.collectedAt) < Date.parse(latest.collectedAt)
    ) {
      throw new ConflictError(
        `collectedAt ${snapshot.collectedAt} is older than the newest stored snapshot (collected ${latest.collectedAt}): an older snapshot never replaces a newer one`,
      );
    }
  }
}
