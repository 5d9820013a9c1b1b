import {
  coreServices,
  createBackendPlugin,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { manualScheduler } from '../../__testUtils__/manualScheduler';
import type { ScheduledJob } from '../ScheduledJob';

/** Schedules the job on a backend with the manual scheduler; the test then runs it with `run(id)`. */
export async function scheduleJob(job: Pick<ScheduledJob, 'schedule'>) {
  const scheduler = manualScheduler();
  await startTestBackend({
    features: [
      scheduler.factory,
      createBackendPlugin({
        pluginId: 'job-under-test',
        register(env) {
          env.registerInit({
            deps: { scheduler: coreServices.scheduler },
            init: ({ scheduler: s }) => job.schedule(s),
          });
        },
      }),
    ],
  });
  return scheduler;
}

/** What the job asks the scheduler for (id, scope, schedule), without running it. */
export async function scheduleRequest(job: Pick<ScheduledJob, 'schedule'>) {
  const scheduler = mockServices.scheduler.mock();
  await job.schedule(scheduler as unknown as SchedulerService);
  const [task] = scheduler.scheduleTask.mock.calls[0];
  const { id, scope, frequency, timeout, initialDelay } = task;
  return { id, scope, frequency, timeout, initialDelay };
}

/** The `logger.child({ task })` a job created, with what it logged. */
export function childLogger() {
  const logger = mockServices.logger.mock();
  return {
    logger,
    child: () => {
      expect(logger.child).toHaveBeenCalledTimes(1);
      return logger.child.mock.results[0].value as ReturnType<
        typeof mockServices.logger.mock
      >;
    },
  };
}
