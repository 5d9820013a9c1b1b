import { LoggerService } from '@backstage/backend-plugin-api';
import type { ExpiryNotifier } from './ExpiryNotifier';
import { JobSchedule, ScheduledJob } from '../jobs/ScheduledJob';

/**
 * The daily expiry countdown for exception requesters (`notifications.schedule`). Global: what was
 * sent is claimed in the database, and one replica sending is enough.
 */
export class ExpiryNoticesJob extends ScheduledJob {
  static readonly ID = 'ami-governance-expiry-notices';

  constructor(
    private readonly notifier: Pick<ExpiryNotifier, 'run'>,
    schedule: JobSchedule,
    logger: LoggerService,
  ) {
    super({ id: ExpiryNoticesJob.ID, scope: 'global', schedule }, logger);
  }

  protected async run(): Promise<void> {
    const sent = await this.notifier.run();
    if (sent)
      this.logger.info(`Sent ${sent} AMI exception expiry notifications`);
  }
}
