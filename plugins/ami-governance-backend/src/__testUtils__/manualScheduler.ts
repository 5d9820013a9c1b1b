import {
  coreServices,
  createServiceFactory,
  SchedulerService,
  SchedulerServiceTaskInvocationDefinition,
} from '@backstage/backend-plugin-api';

/**
 * A scheduler that runs nothing by itself: the test runs a task when it wants, as its schedule would.
 * Tests then never wait for time to pass.
 */
export function manualScheduler() {
  const tasks = new Map<
    string,
    SchedulerServiceTaskInvocationDefinition['fn']
  >();
  const scheduler: Partial<SchedulerService> = {
    async scheduleTask(task) {
      tasks.set(task.id, task.fn);
    },
    async triggerTask(id) {
      const fn = tasks.get(id);
      if (!fn) throw new Error(`no task ${id}`);
      await fn(new AbortController().signal);
    },
  };
  return {
    run: (id: string) => scheduler.triggerTask!(id),
    factory: createServiceFactory({
      service: coreServices.scheduler,
      deps: {},
      factory: () => scheduler as SchedulerService,
    }),
  };
}
