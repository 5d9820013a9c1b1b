import { LoggerService } from '@backstage/backend-plugin-api';
import type { MergeRequestRefresher } from './MergeRequestRefresher';
import { JobSchedule, ScheduledJob } from '../jobs/ScheduledJob';

/**
 * Refreshes open exception requests' merge request states from GitLab
 * (`exceptionRequests.refreshSchedule`). Global: the states are stored, one replica is enough. A
 * failed refresh keeps the last known states.
 */
export class MergeRequestRefreshJob extends ScheduledJob {
  static readonly ID = 'ami-governance-merge-request-refresh';

  constructor(
    private readonly refresher: Pick<MergeRequestRefresher, 'refresh'>,
    private readonly onChanged: () => void,
    schedule: JobSchedule,
    logger: LoggerService,
  ) {
    super({ id: MergeRequestRefreshJob.ID, scope: 'global', schedule }, logger);
  }

  protected async run(): Promise<void> {
    if (await this.refresher.refresh()) this.onChanged();
  }
}
