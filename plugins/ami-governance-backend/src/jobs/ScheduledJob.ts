import {
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { stringifyError } from '@backstage/errors';

/** `local`: every replica runs it (state in memory); `global`: one replica at a time (state in the database). */
type JobScope = 'local' | 'global';

/** When a job runs. Where it runs (`scope`) is the job's own: config never sets it. */
export type JobSchedule = Omit<SchedulerServiceTaskScheduleDefinition, 'scope'>;

type JobDefinition = {
  id: string;
  scope: JobScope;
  /** From config, defaults filled in by readPluginOptions. */
  schedule: JobSchedule;
};

/**
 * One scheduled job of the plugin. It owns its task id, schedule, scope and logger (a child tagged with
 * the task id); a failed run is logged with its cause and leaves what the last good run stored serving,
 * so one bad run never stops the schedule.
 */
export abstract class ScheduledJob {
  protected readonly logger: LoggerService;

  protected constructor(
    private readonly definition: JobDefinition,
    logger: LoggerService,
  ) {
    this.logger = logger.child({ task: definition.id });
  }

  get id(): string {
    return this.definition.id;
  }

  async schedule(scheduler: SchedulerService): Promise<void> {
    const { id, scope, schedule } = this.definition;
    // The schedule first: a `scope` it carried anyway (even `scope: undefined`) never replaces the job's.
    await scheduler.scheduleTask({
      ...schedule,
      id,
      scope,
      fn: () => this.runLogged(),
    });
  }

  /** One run of the job's work; throwing is fine, the failure is logged here. */
  protected abstract run(): Promise<void>;

  protected async runLogged(): Promise<void> {
    try {
      await this.run();
    } catch (e) {
      this.logger.error(
        `${this.id} failed, the last good state keeps serving: ${stringifyError(
          e,
        )}`,
      );
    }
  }
}
