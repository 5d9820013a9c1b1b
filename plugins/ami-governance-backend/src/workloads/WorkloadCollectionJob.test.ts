import { ConfigReader } from '@backstage/config';
import { readPluginOptions } from '../options';
import {
  childLogger,
  scheduleJob,
  scheduleRequest,
} from '../jobs/__testUtils__/scheduleJob';
import { WorkloadCollectionJob } from './WorkloadCollectionJob';

const ID = 'ami-governance-workloads-collect';

const aws = (workloads?: object) =>
  readPluginOptions(
    new ConfigReader({
      amiGovernance: {
        config: { location: 'x.json' },
        organization: {
          source: 'aws',
          aws: { region: 'eu-west-1', workloads },
        },
      },
    }),
  ).organization.aws;

/** The stores and the AWS collector are faked: WorkloadCollectionTask's tests cover what they do. */
function deps(withSnapshot: boolean) {
  const { logger, child } = childLogger();
  const onStored = jest.fn();
  const collect = jest.fn(async function* fakeCollect() {});
  return {
    child,
    onStored,
    collect,
    deps: {
      snapshots: {
        latestMeta: async () => (withSnapshot ? ({ id: 1 } as any) : undefined),
        get: async () =>
          ({ snapshot: { accounts: [{ id: '111122223333' }] } } as any),
      },
      workloads: {
        write: async () => ({ id: 7, accountCount: 1 } as any),
      },
      logger,
      onStored,
      collect,
    },
  };
}

describe('WorkloadCollectionJob', () => {
  it('exists only when a member role is configured', () => {
    expect(
      WorkloadCollectionJob.ifConfigured(aws(), deps(true).deps),
    ).toBeUndefined();
    expect(
      WorkloadCollectionJob.ifConfigured(
        aws({ roleName: 'Reader' }),
        deps(true).deps,
      ),
    ).toBeInstanceOf(WorkloadCollectionJob);
  });

  it('collects on one replica, on the workloads schedule, with STS in the organization region', async () => {
    const d = deps(true);
    const job = WorkloadCollectionJob.ifConfigured(
      aws({ roleName: 'Reader' }),
      d.deps,
    )!;
    expect(await scheduleRequest(job)).toEqual({
      id: ID,
      scope: 'global',
      frequency: { hours: 6 },
      timeout: { hours: 1 },
      initialDelay: undefined,
    });
    const scheduler = await scheduleJob(job);
    await scheduler.run(ID);
    expect(d.collect).toHaveBeenCalledWith(
      expect.objectContaining({ roleName: 'Reader', stsRegion: 'eu-west-1' }),
    );
    expect(d.onStored).toHaveBeenCalledWith({ id: 7, accountCount: 1 });
    expect(job.lastError()).toBeNull();
  });

  it('keeps why it did not collect for the workload API', async () => {
    const d = deps(false);
    const job = WorkloadCollectionJob.ifConfigured(
      aws({ roleName: 'Reader' }),
      d.deps,
    )!;
    const scheduler = await scheduleJob(job);
    await scheduler.run(ID);
    expect(d.collect).not.toHaveBeenCalled();
    expect(job.lastError()).toContain('No organization snapshot yet');
    expect(d.child().warn).toHaveBeenCalled();
  });
});
