import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import type { JsonObject } from '@backstage/types';
import {
  clockFactory,
  configAsOfTestDay,
  writeTempFile,
} from '../__testUtils__/fixtures';
import { readPluginOptions } from '../options';
import { amiGovernancePlugin } from '../plugin';

const SCHEDULE_KEYS = [
  'amiGovernance.config.schedule',
  'amiGovernance.exceptionRequests.refreshSchedule',
  'amiGovernance.notifications.schedule',
  'amiGovernance.organization.schedule',
  'amiGovernance.organization.aws.workloads.schedule',
] as const;

type ScheduleKey = (typeof SCHEDULE_KEYS)[number];

/** Config that sets every schedule the plugin reads, each to `scheduleAt(its key)`. */
function everySchedule(scheduleAt: (key: ScheduleKey) => JsonObject) {
  return {
    amiGovernance: {
      config: {
        location: writeTempFile(configAsOfTestDay()),
        schedule: scheduleAt('amiGovernance.config.schedule'),
      },
      exceptionRequests: {
        refreshSchedule: scheduleAt(
          'amiGovernance.exceptionRequests.refreshSchedule',
        ),
      },
      notifications: {
        schedule: scheduleAt('amiGovernance.notifications.schedule'),
      },
      organization: {
        source: 'aws',
        schedule: scheduleAt('amiGovernance.organization.schedule'),
        aws: {
          workloads: {
            roleName: 'AmiGovernanceReadOnly',
            schedule: scheduleAt(
              'amiGovernance.organization.aws.workloads.schedule',
            ),
          },
        },
      },
    },
  };
}

describe("a job's scope", () => {
  it("stays the job's own when every schedule is set in config", async () => {
    const scheduler = mockServices.scheduler.mock();
    await startTestBackend({
      features: [
        amiGovernancePlugin,
        clockFactory(),
        scheduler.factory,
        mockServices.rootConfig.factory({
          data: everySchedule(() => ({ frequency: { minutes: 7 } })),
        }),
      ],
    });
    const scheduled = Object.fromEntries(
      scheduler.scheduleTask.mock.calls.map(([task]) => [
        task.id,
        { scope: task.scope, frequency: task.frequency },
      ]),
    );
    const configured = { minutes: 7 };
    expect(scheduled).toEqual({
      // Each replica keeps its own copy of the config in memory: every one must re-read it.
      'ami-governance-config-refresh': {
        scope: 'local',
        frequency: configured,
      },
      'ami-governance-collect': { scope: 'global', frequency: configured },
      'ami-governance-workloads-collect': {
        scope: 'global',
        frequency: configured,
      },
      'ami-governance-merge-request-refresh': {
        scope: 'global',
        frequency: configured,
      },
      'ami-governance-expiry-notices': {
        scope: 'global',
        frequency: configured,
      },
    });
  });

  it.each(SCHEDULE_KEYS)(
    'is never taken from config: a scope in %s is refused, naming the key',
    key => {
      for (const scope of ['global', 'local']) {
        const data = everySchedule(at => ({
          frequency: { minutes: 7 },
          ...(at === key && { scope }),
        }));
        expect(() => readPluginOptions(new ConfigReader(data))).toThrow(
          `${key}.scope cannot be set`,
        );
      }
    },
  );
});
