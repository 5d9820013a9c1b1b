import { ConfigReader } from '@backstage/config';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readPluginOptions } from './options';

const shipped = parse(
  readFileSync(join(__dirname, '../../../app-config.yaml'), 'utf8'),
);

describe('readPluginOptions', () => {
  it('ships no schedule in app-config.yaml, so a schedule set elsewhere replaces the default', () => {
    expect(shipped.amiGovernance.config.schedule).toBeUndefined();
    expect(shipped.amiGovernance.organization.schedule).toBeUndefined();
    const config = ConfigReader.fromConfigs([
      { context: 'app-config.yaml', data: shipped },
      {
        context: 'app-config.local.yaml',
        data: {
          amiGovernance: {
            config: { schedule: { frequency: { seconds: 5 } } },
            organization: { schedule: { frequency: { seconds: 5 } } },
          },
        },
      },
    ]);
    const options = readPluginOptions(config);
    expect(options.configSchedule.frequency).toEqual({ seconds: 5 });
    expect(options.organization.schedule.frequency).toEqual({ seconds: 5 });
    expect(options.configSchedule.timeout).toEqual({ minutes: 1 });
    expect(options.staleAfterMs).toBe(10_000);
  });

  it('fills every default in code', () => {
    const options = readPluginOptions(
      new ConfigReader({ amiGovernance: { config: { location: 'x.json' } } }),
    );
    expect(options.configSchedule).toEqual({
      frequency: { minutes: 5 },
      timeout: { minutes: 1 },
    });
    expect(options.mergeRequestSchedule.frequency).toEqual({ minutes: 10 });
    expect(options.organization).toMatchObject({
      source: 'snapshot',
      maxSnapshotSize: '20mb',
      allowEmptySnapshots: false,
    });
  });

  it('collects workloads only with a role name, every default filled in', () => {
    const read = (workloads: object) =>
      readPluginOptions(
        new ConfigReader({
          amiGovernance: {
            config: { location: 'x.json' },
            organization: { source: 'aws', aws: { workloads } },
          },
        }),
      ).organization.aws.workloads;
    expect(read({ regions: ['us-east-1'] })).toBeUndefined();
    expect(read({ roleName: 'AmiGovernanceReadOnly' })).toEqual({
      roleName: 'AmiGovernanceReadOnly',
      regions: undefined,
      concurrency: 8,
      schedule: { frequency: { hours: 6 }, timeout: { hours: 1 } },
    });
    expect(
      read({
        roleName: 'AmiGovernanceReadOnly',
        regions: ['us-east-1', 'eu-west-1'],
        concurrency: 16,
        schedule: { frequency: { hours: 2 } },
      }),
    ).toEqual({
      roleName: 'AmiGovernanceReadOnly',
      regions: ['us-east-1', 'eu-west-1'],
      concurrency: 16,
      schedule: { frequency: { hours: 2 }, timeout: { hours: 1 } },
    });
    expect(() => read({ roleName: 'r', concurrency: 0 })).toThrow(
      'workloads.concurrency must be a whole number of 1 or more',
    );
  });

  it('notifies by default at 14, 7 and 1 days, daily, nobody on the platform side', () => {
    const base = { amiGovernance: { config: { location: 'x.json' } } };
    expect(readPluginOptions(new ConfigReader(base)).notifications).toEqual({
      enabled: true,
      expiryDays: [14, 7, 1],
      schedule: {
        frequency: { hours: 24 },
        timeout: { minutes: 10 },
        initialDelay: { minutes: 1 },
      },
      platformGroup: undefined,
    });
    const set = readPluginOptions(
      new ConfigReader({
        amiGovernance: {
          ...base.amiGovernance,
          notifications: {
            enabled: false,
            expiryDays: [30, 3],
            platformGroup: 'group:default/platform',
          },
        },
      }),
    ).notifications;
    expect(set).toMatchObject({
      enabled: false,
      expiryDays: [30, 3],
      platformGroup: 'group:default/platform',
    });
  });

  it('refuses expiry days that are not whole numbers, naming the key', () => {
    expect(() =>
      readPluginOptions(
        new ConfigReader({
          amiGovernance: {
            config: { location: 'x.json' },
            notifications: { expiryDays: [14, 'soon'] },
          },
        }),
      ),
    ).toThrow('amiGovernance.notifications.expiryDays must be whole numbers');
  });

  it('refuses a workload role ARN or a region that is not one, naming the key', () => {
    const read = (workloads: object) =>
      readPluginOptions(
        new ConfigReader({
          amiGovernance: {
            config: { location: 'x.json' },
            organization: { aws: { workloads } },
          },
        }),
      );
    expect(() =>
      read({
        roleName: 'arn:aws:iam::123456789012:role/AmiGovernanceReadOnly',
      }),
    ).toThrow(
      'amiGovernance.organization.aws.workloads.roleName must be an IAM role name',
    );
    expect(() =>
      read({
        roleName: 'AmiGovernanceReadOnly',
        regions: ['eu-west-1', 'Ireland'],
      }),
    ).toThrow(
      'amiGovernance.organization.aws.workloads.regions must list AWS region names such as eu-west-1 (or be left out: every enabled region); "Ireland" is not one',
    );
  });
});
