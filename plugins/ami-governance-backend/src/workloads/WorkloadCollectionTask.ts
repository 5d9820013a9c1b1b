import { LoggerService } from '@backstage/backend-plugin-api';
import { assertError } from '@backstage/errors';
import {
  collectWorkloads,
  CollectWorkloadsOptions,
} from '@ami-governance/backstage-plugin-ami-governance-node';
import { WorkloadAccountReport } from '@ami-governance/backstage-plugin-ami-governance-common';
import { Clock, systemClock } from '../lib/clock';
import type { SnapshotStore } from '../organization/SnapshotStore';
import { checkReport } from './checkReport';
import { collectableAccountIds } from './collectableAccounts';
import { WorkloadGeneration, WorkloadStore } from './WorkloadStore';

/** `amiGovernance.organization.aws.workloads`, defaults filled in. */
type WorkloadCollectionOptions = {
  roleName: string;
  regions?: string[];
  concurrency: number;
  /** Where sts:AssumeRole is called (the Organizations region). */
  stsRegion?: string;
};

/** The collector's shape, so tests pass a fake async generator. */
export type WorkloadCollector = (
  options: CollectWorkloadsOptions,
) => AsyncIterable<WorkloadAccountReport>;

/**
 * The scheduled work behind the workload API: read each ACTIVE account of the newest organization
 * snapshot through the member role and stream the reports into a new generation, account by account
 * (memory holds what the collector has in flight, never the organization). An account whose role
 * cannot be assumed is stored as not visible; a failed collection is dropped, logged and kept for the
 * API, and the last complete one keeps serving.
 */
export class WorkloadCollectionTask {
  private failure: string | null = null;

  constructor(
    private readonly options: WorkloadCollectionOptions,
    private readonly snapshots: Pick<SnapshotStore, 'latestMeta' | 'get'>,
    private readonly store: Pick<WorkloadStore, 'write'>,
    private readonly logger: LoggerService,
    private readonly onStored: (
      generation: WorkloadGeneration,
    ) => void = () => {},
    private readonly collect: WorkloadCollector = collectWorkloads,
    private readonly clock: Clock = systemClock,
  ) {}

  /** The last run's error message, or null when it succeeded (served as the workload collectionError). */
  lastError(): string | null {
    return this.failure;
  }

  async run(): Promise<void> {
    try {
      const accounts = await this.accounts();
      if (!accounts) {
        this.failure =
          'No organization snapshot yet: the workload collection reads the accounts of the newest one.';
        this.logger.warn(`AMI governance workloads: ${this.failure}`);
        return;
      }
      const { roleName, regions, concurrency, stsRegion } = this.options;
      const reports = this.collect({
        accounts,
        roleName,
        ...(regions && { regions }),
        concurrency,
        ...(stsRegion && { stsRegion }),
        now: this.clock,
        logger: this.logger,
      });
      const generation = await this.store.write('aws', checked(reports));
      this.failure = null;
      this.logger.info(
        `Stored workload collection ${generation.id}: ${generation.accountCount} accounts`,
      );
      this.onStored(generation);
    } catch (e) {
      assertError(e);
      this.failure = e.message;
      this.logger.error(
        `AMI governance workload collection failed, the last complete one keeps serving: ${this.failure}`,
        e,
      );
    }
  }

  /** The ACTIVE accounts (or those without a status) of the newest organization snapshot. */
  private async accounts() {
    const meta = await this.snapshots.latestMeta();
    const stored = meta && (await this.snapshots.get(meta.id));
    if (!stored) return undefined;
    return collectableAccountIds(stored.snapshot).map(id => ({ id }));
  }
}

/** The reports as they come, each checked against what the tables hold. */
async function* checked(reports: AsyncIterable<WorkloadAccountReport>) {
  for await (const report of reports) {
    checkReport(report, `account ${report.accountId}`);
    yield report;
  }
}
