import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { fixedClock, TEST_NOW } from '../__testUtils__/fixtures';
import {
  ACCOUNTS,
  OWNERS,
  workloadReports,
} from '../__testUtils__/workloadFixtures';
import { TABLES } from './tables';
import { WorkloadQueries } from './WorkloadQueries';
import { workloadLaunchFacts } from './launchFacts';
import { LatestData } from '../organization/LatestData';
import { AmiGovernanceDatabase } from '../database/AmiGovernanceDatabase';
import { WorkloadStore } from './WorkloadStore';

jest.setTimeout(60_000);

// Real databases: SQLite always, PostgreSQL when make test finds a server on 127.0.0.1:5432.
const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

describe.each(databases.eachSupportedId())(
  'WorkloadStore on %p',
  databaseId => {
    async function setup(at = TEST_NOW) {
      const knex = await databases.init(databaseId);
      await AmiGovernanceDatabase.forTests(knex);
      const store = new WorkloadStore(knex, fixedClock(at), { batchSize: 2 });
      return { knex, store, queries: new WorkloadQueries(knex) };
    }
    const [prod, dev, lab] = workloadReports();
    const rows = async (knex: any, table: string) =>
      (await knex(table).count({ n: '*' }))[0].n;

    it('keeps the last complete generation serving while the next is written, then replaces it', async () => {
      const { store, knex } = await setup();
      expect(await store.serving()).toBeUndefined();
      const first = await store.write('push:a', [prod, dev, lab]);
      expect(first).toMatchObject({
        status: 'complete',
        source: 'push:a',
        accountCount: 3,
        collectedAt: TEST_NOW.toISOString(),
      });

      const next = await store.begin('aws');
      await store.writeAccount(next, dev);
      expect((await store.serving())?.id).toBe(first.id);

      const done = await store.complete(next, '2026-11-23T11:00:00Z');
      expect(done).toMatchObject({ id: next, accountCount: 1 });
      expect((await store.serving())?.id).toBe(next);
      // The previous complete generation stays readable (replicas serve it until they have evaluated
      // the new one): its rows are all there.
      expect((await store.generation(first.id))?.status).toBe('complete');
      expect(Number(await rows(knex, TABLES.instances))).toBe(9 + 3);

      // The one after removes it and every row of it.
      const third = await store.write('push:b', [dev]);
      expect((await store.serving())?.id).toBe(third.id);
      expect((await store.generation(next))?.status).toBe('complete');
      expect(await store.generation(first.id)).toBeUndefined();
      expect(
        Number(
          (
            await knex(TABLES.instances)
              .where({ collection_id: first.id })
              .count({ n: '*' })
          )[0].n,
        ),
      ).toBe(0);
      expect(Number(await rows(knex, TABLES.instances))).toBe(3 + 3);
    });

    it('drops a generation that fails, leaving the last complete one serving', async () => {
      const { store, knex } = await setup();
      const first = await store.write('push:a', [prod]);
      const broken = (async function* reports() {
        yield dev;
        throw new Error('the collector lost its credentials');
      })();
      await expect(store.write('aws', broken)).rejects.toThrow(
        'lost its credentials',
      );
      expect((await store.serving())?.id).toBe(first.id);
      expect(Number(await rows(knex, TABLES.collections))).toBe(1);
      expect(Number(await rows(knex, TABLES.accounts))).toBe(1);
    });

    it('refuses writes into a generation a newer one replaced, and never lets an older one win', async () => {
      const { store } = await setup();
      const slow = await store.begin('aws');
      const fast = await store.begin('push:a');
      await store.writeAccount(fast, prod);
      await store.complete(fast);
      await expect(store.writeAccount(slow, dev)).rejects.toThrow(
        /no longer being written/,
      );

      const older = await store.begin('aws');
      const newer = await store.begin('push:b');
      await store.complete(newer);
      // `older` was started first: completing it after `newer` would serve older data.
      await expect(store.complete(older)).rejects.toMatchObject({
        name: 'ConflictError',
      });
      expect((await store.serving())?.id).toBe(newer);
    });

    it('drops generations abandoned by a writer that died', async () => {
      const { knex } = await setup();
      const dead = new WorkloadStore(
        knex,
        fixedClock(new Date('2026-11-20T00:00:00Z')),
      );
      const abandoned = await dead.begin('aws');
      await dead.writeAccount(abandoned, prod);
      const store = new WorkloadStore(knex, fixedClock());
      await store.begin('aws');
      expect(await store.generation(abandoned)).toBeUndefined();
      expect(Number(await rows(knex, TABLES.instances))).toBe(0);
    });

    it('keeps each AMI once, with the owner any account could describe', async () => {
      const { store, queries } = await setup();
      const { id } = await store.write('push:a', [dev, prod]);
      expect(
        (await queries.owners(id)).sort((a, b) =>
          a.ownerId.localeCompare(b.ownerId),
        ),
      ).toEqual([
        { ownerId: OWNERS.ops },
        { ownerId: OWNERS.amazon, ownerAlias: 'amazon' },
        { ownerId: ACCOUNTS.prod },
        { ownerId: OWNERS.expiring },
        { ownerId: OWNERS.expired },
        { ownerId: OWNERS.later },
        { ownerId: OWNERS.outside },
      ]);
      // i-b3's account could not describe ami-ops; payments-prod could.
      const uncounted = await queries.uncountedByAccount(id);
      expect(uncounted.of(ACCOUNTS.dev)).toEqual({
        unresolved: { instances: 0, launchTemplates: 0 },
        selfOwned: { instances: 0, launchTemplates: 0 },
      });
      expect(uncounted.total).toEqual({
        unresolved: { instances: 1, launchTemplates: 0 },
        selfOwned: { instances: 1, launchTemplates: 0 },
      });
      // i-a4 (its own AMI) and i-a5 (an AMI nobody described) are payments-prod's.
      expect(uncounted.of(ACCOUNTS.prod)).toEqual(uncounted.total);
    });

    it('pages public AMIs and refusals by account and region', async () => {
      const { store, queries } = await setup();
      const { id } = await store.write('push:a', [prod, dev, lab]);
      expect(
        await queries.publicImages(id, { region: 'us-east-1' }, 0, 10),
      ).toEqual({
        total: 1,
        items: [
          {
            accountId: ACCOUNTS.prod,
            region: 'us-east-1',
            imageId: 'ami-a-public',
            name: 'shared-by-mistake',
            creationDate: '2026-01-01T00:00:00Z',
          },
        ],
      });
      expect(
        (await queries.publicImages(id, { accountId: ACCOUNTS.dev }, 0, 10))
          .total,
      ).toBe(0);
      expect(await queries.notVisibleAccounts(id, 10)).toEqual({
        total: 1,
        items: [
          {
            accountId: ACCOUNTS.lab,
            code: 'AccessDenied',
            message: expect.stringContaining('sts:AssumeRole'),
          },
        ],
      });
      expect((await queries.notVisibleRegions(id, 10)).items).toEqual([
        {
          accountId: ACCOUNTS.dev,
          region: 'ap-south-1',
          code: 'OptInRequired',
          message: 'You are not subscribed to this service.',
        },
      ]);
    });

    it('answers the launch explainer from the collection served', async () => {
      const { store, queries } = await setup();
      const reads = new LatestData({
        snapshots: {
          latestMeta: async () => undefined,
          get: async () => undefined,
        },
        workloads: store,
        queries,
        logger: mockServices.logger.mock(),
        checkEveryMs: 0,
      });
      const facts = workloadLaunchFacts(reads, fixedClock());
      expect(
        await facts.regionSetting(ACCOUNTS.prod, 'eu-west-1'),
      ).toBeUndefined();
      await store.write('push:a', [prod, dev, lab]);
      expect(await facts.regionSetting(ACCOUNTS.prod, 'eu-west-1')).toEqual({
        // When the collection served read it: the explainer says how old AWS's word is.
        collectedAt: '2026-11-23T12:00:00.000Z',
        allowedImages: {
          state: 'disabled',
          managedBy: 'account',
          imageCriteria: [],
        },
      });
      expect(
        await facts.regionSetting(ACCOUNTS.dev, 'ap-south-1'),
      ).toBeUndefined();
      // payments-dev could not describe ami-ops; payments-prod could.
      expect(await facts.image('ami-ops', 'us-east-1')).toEqual({
        imageId: 'ami-ops',
        ownerId: OWNERS.ops,
        name: 'ami-ops-name',
      });
      expect(await facts.image('ami-amazon')).toMatchObject({
        ownerId: OWNERS.amazon,
        ownerAlias: 'amazon',
      });
      expect(await facts.image('ami-nowhere')).toBeUndefined();
    });
  },
);
