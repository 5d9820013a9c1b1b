import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { CollectWorkloadsOptions } from '@ami-governance/backstage-plugin-ami-governance-node';
import { fixedClock, TEST_NOW } from '../__testUtils__/fixtures';
import { statusServices } from '../__testUtils__/statusServices';
import {
  ACCOUNTS,
  workloadReports,
  workloadSnapshot,
} from '../__testUtils__/workloadFixtures';
import { parseSnapshot } from '../organization/parseSnapshot';
import { WorkloadCollectionTask } from './WorkloadCollectionTask';
import { WorkloadQueries } from './WorkloadQueries';
import { WorkloadStore } from './WorkloadStore';

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

/**
 * The collector is faked (the AWS edge): an async generator yielding the fixture's reports for the
 * accounts it is asked for, as the real one streams them account by account.
 */
function fakeCollector(fail?: Error) {
  const calls: CollectWorkloadsOptions[] = [];
  async function* collect(options: CollectWorkloadsOptions) {
    calls.push(options);
    const reports = new Map(workloadReports().map(r => [r.accountId, r]));
    for (const { id } of options.accounts) {
      if (fail) throw fail;
      yield reports.get(id) ?? {
        accountId: id,
        collectedAt: options.now!().toISOString(),
        error: { code: 'AccessDenied', message: 'no role here' },
        regions: [],
      };
    }
  }
  return { collect, calls };
}

async function setup(fail?: Error, withSnapshot = true) {
  const services = await statusServices(databases, TEST_NOW);
  const workloads = new WorkloadStore(services.knex, fixedClock());
  if (withSnapshot) {
    const { workloads: _, ...organization } = parseSnapshot(workloadSnapshot());
    await services.store.add(organization, 'aws', {
      verdict: 'unknown',
      driftFingerprint: 'x',
    });
  }
  const collector = fakeCollector(fail);
  const stored: number[] = [];
  const task = new WorkloadCollectionTask(
    {
      roleName: 'AmiGovernanceReadOnly',
      regions: ['us-east-1'],
      concurrency: 8,
      stsRegion: 'eu-west-1',
    },
    services.store,
    workloads,
    mockServices.logger.mock(),
    g => stored.push(g.id),
    collector.collect,
    fixedClock(),
  );
  return {
    task,
    workloads,
    collector,
    stored,
    queries: new WorkloadQueries(services.knex),
  };
}

describe('WorkloadCollectionTask', () => {
  it('streams the ACTIVE accounts of the newest snapshot into a generation, not-visible ones included', async () => {
    const { task, workloads, collector, stored, queries } = await setup();
    await task.run();
    expect(task.lastError()).toBeNull();
    expect(collector.calls).toEqual([
      expect.objectContaining({
        // The suspended account is left out.
        accounts: [
          { id: ACCOUNTS.management },
          { id: ACCOUNTS.prod },
          { id: ACCOUNTS.dev },
          { id: ACCOUNTS.lab },
        ],
        roleName: 'AmiGovernanceReadOnly',
        regions: ['us-east-1'],
        concurrency: 8,
        stsRegion: 'eu-west-1',
      }),
    ]);
    const serving = await workloads.serving();
    expect(serving).toMatchObject({
      source: 'aws',
      accountCount: 4,
      collectedAt: TEST_NOW.toISOString(),
    });
    expect(stored).toEqual([serving!.id]);
    const notVisible = await queries.notVisibleAccounts(serving!.id, 10);
    expect(notVisible.items.map(a => [a.accountId, a.code])).toEqual([
      [ACCOUNTS.management, 'AccessDenied'],
      [ACCOUNTS.lab, 'AccessDenied'],
    ]);
  });

  it('drops a failed collection and keeps the error, the last complete one serving', async () => {
    const ok = await setup();
    await ok.task.run();
    const failing = new WorkloadCollectionTask(
      { roleName: 'r', concurrency: 1 },
      {
        latestMeta: async () => ({ id: 1 } as any),
        get: async () =>
          ({ snapshot: parseSnapshot(workloadSnapshot()) } as any),
      },
      ok.workloads,
      mockServices.logger.mock(),
      undefined,
      fakeCollector(
        new Error('ExpiredToken: the security token expired'),
      ).collect,
    );
    const before = await ok.workloads.serving();
    await failing.run();
    expect(failing.lastError()).toContain('ExpiredToken');
    expect(await ok.workloads.serving()).toEqual(before);
  });

  it('waits for an organization snapshot before collecting', async () => {
    const { task, collector, workloads } = await setup(undefined, false);
    await task.run();
    expect(task.lastError()).toContain('No organization snapshot yet');
    expect(collector.calls).toEqual([]);
    expect(await workloads.serving()).toBeUndefined();
  });
});
