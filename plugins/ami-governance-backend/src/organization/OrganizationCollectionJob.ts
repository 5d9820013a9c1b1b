import {
  LoggerService,
  SchedulerService,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import type { PluginOptions } from '../options';
import { CollectionTask } from './CollectionTask';
import type { SnapshotIngestor } from './SnapshotIngestor';
import type { SnapshotStore } from './SnapshotStore';
import { ScheduledJob } from '../jobs/ScheduledJob';

/**
 * Reads the organization snapshot file or collects from AWS Organizations (`organization.schedule`).
 * Global: one replica collects, the others read what it stored. A failure is kept for /status
 * (`lastError`) and the last stored snapshot keeps serving.
 */
export class OrganizationCollectionJob extends ScheduledJob {
  static readonly ID = 'ami-governance-collect';

  private readonly task: CollectionTask;
  private readonly readFirst: boolean;

  constructor(deps: {
    options: PluginOptions['organization'];
    config: Config;
    ingestor: SnapshotIngestor;
    snapshots: SnapshotStore;
    urlReader: UrlReaderService;
    logger: LoggerService;
  }) {
    const { options } = deps;
    super(
      {
        id: OrganizationCollectionJob.ID,
        scope: 'global',
        schedule: options.schedule,
      },
      deps.logger,
    );
    this.task = new CollectionTask(
      options.source === 'aws'
        ? { kind: 'aws', aws: options.aws, config: deps.config }
        : { kind: 'snapshot', location: options.snapshotLocation },
      deps.ingestor,
      deps.snapshots,
      deps.urlReader,
      this.logger,
    );
    // A snapshot file is read before the plugin serves, so the first page already shows it;
    // a collection from AWS takes minutes and runs in the background.
    this.readFirst = options.source === 'snapshot';
  }

  lastError(): string | null {
    return this.task.lastError();
  }

  async schedule(scheduler: SchedulerService): Promise<void> {
    if (this.readFirst) await this.runLogged();
    await super.schedule(scheduler);
  }

  protected async run(): Promise<void> {
    await this.task.run();
  }
}
