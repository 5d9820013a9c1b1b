import { LoggerService } from '@backstage/backend-plugin-api';
import type { AwsCollectionOptions, WorkloadOptions } from '../options';
import type { SnapshotStore } from '../organization/SnapshotStore';
import {
  WorkloadCollectionTask,
  WorkloadCollector,
} from './WorkloadCollectionTask';
import type { WorkloadGeneration, WorkloadStore } from './WorkloadStore';
import { ScheduledJob } from '../jobs/ScheduledJob';

type Deps = {
  snapshots: Pick<SnapshotStore, 'latestMeta' | 'get'>;
  workloads: Pick<WorkloadStore, 'write'>;
  logger: LoggerService;
  onStored: (generation: WorkloadGeneration) => void;
  /** Tests pass a fake; the plugin collects from AWS. */
  collect?: WorkloadCollector;
};

/**
 * Collects every member account's workloads from AWS (`organization.aws.workloads.schedule`). Global:
 * hours of AWS calls, so one replica collects and every replica serves what it stored. A failure is
 * kept for the workload API (`lastError`) and the last complete collection keeps serving.
 */
export class WorkloadCollectionJob extends ScheduledJob {
  static readonly ID = 'ami-governance-workloads-collect';

  /** The job when a member role is configured (`workloads.roleName`), else undefined. */
  static ifConfigured(
    aws: AwsCollectionOptions,
    deps: Deps,
  ): WorkloadCollectionJob | undefined {
    return (
      aws.workloads &&
      new WorkloadCollectionJob(aws.workloads, aws.region, deps)
    );
  }

  private readonly task: WorkloadCollectionTask;

  constructor(options: WorkloadOptions, stsRegion: string, deps: Deps) {
    super(
      {
        id: WorkloadCollectionJob.ID,
        scope: 'global',
        schedule: options.schedule,
      },
      deps.logger,
    );
    this.task = new WorkloadCollectionTask(
      { ...options, stsRegion },
      deps.snapshots,
      deps.workloads,
      this.logger,
      deps.onStored,
      deps.collect,
    );
  }

  lastError(): string | null {
    return this.task.lastError();
  }

  protected async run(): Promise<void> {
    await this.task.run();
  }
}
