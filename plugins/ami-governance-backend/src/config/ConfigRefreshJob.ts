import { LoggerService } from '@backstage/backend-plugin-api';
import type { GovernanceConfigSource } from './GovernanceConfigSource';
import { JobSchedule, ScheduledJob } from '../jobs/ScheduledJob';

/**
 * Re-reads the governance config (`amiGovernance.config.schedule`). Local: every replica keeps its own
 * copy of the config in memory. A failed read keeps the last good config (GovernanceConfigSource).
 */
export class ConfigRefreshJob extends ScheduledJob {
  static readonly ID = 'ami-governance-config-refresh';

  constructor(
    private readonly configSource: Pick<GovernanceConfigSource, 'refresh'>,
    schedule: JobSchedule,
    logger: LoggerService,
  ) {
    super({ id: ConfigRefreshJob.ID, scope: 'local', schedule }, logger);
  }

  protected async run(): Promise<void> {
    await this.configSource.refresh();
  }
}
