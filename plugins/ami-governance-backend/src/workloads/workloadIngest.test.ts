import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { fixedClock, TEST_NOW } from '../__testUtils__/fixtures';
import { statusServices } from '../__testUtils__/statusServices';
import { ACCOUNTS, workloadSnapshot } from '../__testUtils__/workloadFixtures';
import { parseSnapshot } from '../organization/parseSnapshot';
import { SnapshotIngestor } from '../organization/SnapshotIngestor';
import { WorkloadStore } from './WorkloadStore';

jest.setTimeout(60_000);

// Real databases: SQLite always, PostgreSQL when make test finds a server on 127.0.0.1:5432.
const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

async function setup(
  databaseId: TestDatabaseId,
  WorkloadStoreClass = WorkloadStore,
) {
  const services = await statusServices(
    databases,
    TEST_NOW,
    undefined,
    databaseId,
  );
  const workloads = new WorkloadStoreClass(services.knex, fixedClock());
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

describe.each(databases.eachSupportedId())(
  'SnapshotIngestor with workloads on %p',
  databaseId => {
    it('stores the organization without its workloads, and the workloads as a generation', async () => {
      const { ingestor, store, workloads, stored } = await setup(databaseId);
      const result = await ingestor.ingest(snapshotAt(6), 'push:ci');
      expect(result.workloads).toMatchObject({
        accountCount: 3,
        source: 'push:ci',
        partial: false,
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
      const { ingestor, workloads } = await setup(databaseId);
      const first = await ingestor.ingest(snapshotAt(6), 'push:ci');
      const second = await ingestor.ingest(snapshotAt(7, false), 'push:ci');
      expect(second.workloads).toBeUndefined();
      expect((await workloads.serving())?.id).toBe(first.workloads!.id);
    });

    it('refuses what the tables cannot hold before storing anything, naming the field', async () => {
      const { ingestor, store, workloads } = await setup(databaseId);
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

    it('never lets a section without accounts replace a complete collection, unless it says partial: true', async () => {
      const { ingestor, store, workloads } = await setup(databaseId);
      const complete = await ingestor.ingest(snapshotAt(6), 'push:ci');
      const empty = snapshotAt(7);
      empty.workloads!.accounts = [];
      await expect(ingestor.ingest(empty, 'push:ci')).rejects.toMatchObject({
        name: 'InputError',
        message: expect.stringMatching(
          /^workloads\.accounts covers 0 accounts and leaves out 3 that the stored complete workload collection \d+ has \(098765432109, 210987654321, 310987654321\): pass partial: true in the workloads section/,
        ),
      });
      // Refused whole: neither the organization part nor the workloads replaced what serves.
      expect((await store.latestMeta())?.id).toBe(complete.id);
      expect(await workloads.serving()).toMatchObject({
        id: complete.workloads!.id,
        partial: false,
      });

      const onlyProd = snapshotAt(7);
      onlyProd.workloads!.accounts = onlyProd.workloads!.accounts.slice(0, 1);
      onlyProd.workloads!.partial = true;
      const partial = await ingestor.ingest(onlyProd, 'push:ci');
      expect(partial.workloads).toMatchObject({
        accountCount: 1,
        partial: true,
      });
      expect(await workloads.serving()).toMatchObject({
        id: partial.workloads!.id,
        partial: true,
      });
      expect(await workloads.accountIds(partial.workloads!.id)).toEqual([
        ACCOUNTS.prod,
      ]);
    });

    it('lets a complete section leave out an account that left the organization', async () => {
      const { ingestor, workloads } = await setup(databaseId);
      await ingestor.ingest(snapshotAt(6), 'push:ci');
      const left = snapshotAt(7);
      left.accounts = left.accounts.filter(a => a.id !== ACCOUNTS.lab);
      left.workloads!.accounts = left.workloads!.accounts.filter(
        a => a.accountId !== ACCOUNTS.lab,
      );
      const stored = await ingestor.ingest(left, 'push:ci');
      expect(stored.workloads).toMatchObject({
        accountCount: 2,
        partial: false,
      });
      expect((await workloads.serving())?.id).toBe(stored.workloads!.id);
    });

    it('refuses a NUL byte in any text with its JSON path, storing nothing (the organization part included)', async () => {
      const { ingestor, store, workloads } = await setup(databaseId);
      const nul = snapshotAt(6);
      nul.workloads!.accounts[0].regions[0].instances[2].image.name =
        'golden\u0000; DROP TABLE x';
      await expect(ingestor.ingest(nul, 'push:ci')).rejects.toMatchObject({
        name: 'InputError',
        message: expect.stringMatching(
          /^workloads\.accounts\[0\]\.regions\[0\]\.instances\[2\]\.image\.name holds the control character U\+0000 at position 6: /,
        ),
      });
      const escape = snapshotAt(6);
      escape.accounts[1].name = 'payments\u001b[31m-prod';
      await expect(ingestor.ingest(escape, 'push:ci')).rejects.toThrow(
        /^accounts\[1\]\.name holds the control character U\+001B/,
      );
      const del = snapshotAt(6);
      del.workloads!.accounts[1].regions[1].error!.code = 'Opt\u007fIn';
      await expect(ingestor.ingest(del, 'push:ci')).rejects.toThrow(
        /^workloads\.accounts\[1\]\.regions\[1\]\.error\.code holds the control character U\+007F/,
      );
      const nulInDocument = snapshotAt(6);
      nulInDocument.policies.scp!.content = '{\n\t"Statement": []\u0000}';
      await expect(ingestor.ingest(nulInDocument, 'push:ci')).rejects.toThrow(
        /^policies\.scp\.content holds the control character U\+0000/,
      );
      expect(await store.latestMeta()).toBeUndefined();
      expect(await workloads.serving()).toBeUndefined();

      // Policy documents and AWS's messages may hold line breaks and tabs.
      const pretty = snapshotAt(6);
      pretty.policies.scp!.content = '{\n\t"Statement": []\r\n}';
      pretty.workloads!.accounts[2].error!.message = 'denied\nby SCP';
      await expect(ingestor.ingest(pretty, 'push:ci')).resolves.toMatchObject({
        workloads: { accountCount: 3 },
      });
    });

    it('refuses a report for an account outside the organization and a collection time in the future', async () => {
      const { ingestor, store } = await setup(databaseId);
      const outsider = snapshotAt(6);
      outsider.workloads!.accounts[1].accountId = '123412341234';
      await expect(ingestor.ingest(outsider, 'push:ci')).rejects.toMatchObject({
        name: 'InputError',
        message:
          "workloads.accounts[1].accountId 123412341234 is not an account of the organization in this snapshot (accounts): report only the organization's accounts",
      });
      const future = snapshotAt(6);
      future.workloads!.accounts[2].collectedAt = '2026-11-23T12:06:00Z';
      await expect(ingestor.ingest(future, 'push:ci')).rejects.toMatchObject({
        name: 'InputError',
        message:
          "workloads.accounts[2].collectedAt 2026-11-23T12:06:00Z is in the future (this server's time is 2026-11-23T12:00:00.000Z): fix the collector's clock",
      });
      expect(await store.latestMeta()).toBeUndefined();
    });

    it('stores organization and workloads in one transaction: a database failure keeps the previous state and names no SQL', async () => {
      // The one fake: a workload write the database refuses after the organization part was written.
      class FailingWrite extends WorkloadStore {
        within(trx: Parameters<WorkloadStore['within']>[0]) {
          const inner = super.within(trx);
          inner.writeAccount = async () => {
            await trx.raw('select * from no_such_table_ami');
          };
          return inner;
        }
      }
      const { ingestor, store, workloads } = await setup(
        databaseId,
        FailingWrite,
      );
      const before = await ingestor.ingest(snapshotAt(5, false), 'aws');
      const error = await ingestor.ingest(snapshotAt(6), 'push:ci').then(
        () => undefined,
        e => e,
      );
      expect(error).toMatchObject({ name: 'ServiceUnavailableError' });
      expect(error.message).toContain('nothing of it was stored');
      expect(error.message).not.toMatch(/no_such_table|select/i);
      expect((await store.latestMeta())?.id).toBe(before.id);
      expect(await workloads.serving()).toBeUndefined();
    });
  },
);
