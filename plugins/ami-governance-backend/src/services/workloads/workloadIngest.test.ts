import { TestDatabases } from '@backstage/backend-test-utils';
import { fixedClock, TEST_NOW } from '../../__testUtils__/fixtures';
import { statusServices } from '../../__testUtils__/statusServices';
import {
  ACCOUNTS,
  workloadSnapshot,
} from '../../__testUtils__/workloadFixtures';
import { parseSnapshot } from '../parseSnapshot';
import { SnapshotIngestor } from '../SnapshotIngestor';
import { WorkloadStore } from './WorkloadStore';

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

async function setup() {
  const services = await statusServices(databases, TEST_NOW);
  const workloads = new WorkloadStore(services.knex, fixedClock());
  const stored: number[] = [];
  const ingestor = new SnapshotIngestor(
    services.store,
    services.status,
    fixedClock(),
    { workloads, onWorkloadsStored: g => stored.push(g.id) },
  );
  return { ...services, workloads, ingestor, stored };
}

const snapshotAt = (hour: number, withWorkloads = true) => {
  const s = workloadSnapshot();
  const collectedAt = `2026-11-23T0${hour}:00:00Z`;
  const parsed = parseSnapshot({ ...s, collectedAt });
  if (!withWorkloads) delete parsed.workloads;
  return parsed;
};

describe('SnapshotIngestor with workloads', () => {
  it('stores the organization without its workloads, and the workloads as a generation', async () => {
    const { ingestor, store, workloads, stored } = await setup();
    const result = await ingestor.ingest(snapshotAt(6), 'push:ci');
    expect(result.workloads).toMatchObject({
      accountCount: 3,
      source: 'push:ci',
    });
    const organization = await store.get(result.id);
    expect(organization?.snapshot.workloads).toBeUndefined();
    expect(organization?.snapshot.accounts).toHaveLength(5);
    expect(await workloads.serving()).toMatchObject({
      id: result.workloads!.id,
      collectedAt: '2026-11-23T06:00:00Z',
    });
    expect(stored).toEqual([result.workloads!.id]);
  });

  it('leaves the last workloads serving when a snapshot has none', async () => {
    const { ingestor, workloads } = await setup();
    const first = await ingestor.ingest(snapshotAt(6), 'push:ci');
    const second = await ingestor.ingest(snapshotAt(7, false), 'push:ci');
    expect(second.workloads).toBeUndefined();
    expect((await workloads.serving())?.id).toBe(first.workloads!.id);
  });

  it('refuses what the tables cannot hold before storing anything, naming the field', async () => {
    const { ingestor, store, workloads } = await setup();
    const twice = snapshotAt(6);
    twice.workloads!.accounts.push(twice.workloads!.accounts[0]);
    await expect(ingestor.ingest(twice, 'push:ci')).rejects.toThrow(
      `workloads.accounts[3].accountId ${ACCOUNTS.prod} is listed twice`,
    );
    const wide = snapshotAt(6);
    wide.workloads!.accounts[1].regions[0].instances[0].instanceId =
      'i-'.padEnd(100, 'x');
    await expect(ingestor.ingest(wide, 'push:ci')).rejects.toMatchObject({
      name: 'InputError',
      message:
        'workloads.accounts[1].regions[0].instances[0].instanceId is 100 characters long; at most 64 are stored',
    });
    const duplicate = snapshotAt(6);
    const region = duplicate.workloads!.accounts[0].regions[0];
    region.instances.push(region.instances[0]);
    await expect(ingestor.ingest(duplicate, 'push:ci')).rejects.toThrow(
      'workloads.accounts[0].regions[0].instances lists i-a1 twice',
    );
    expect(await store.latestMeta()).toBeUndefined();
    expect(await workloads.serving()).toBeUndefined();
  });
});
