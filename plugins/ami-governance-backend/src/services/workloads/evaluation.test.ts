import { AmiGovernanceDatabase } from '../../database/AmiGovernanceDatabase';
import { TestDatabases } from '@backstage/backend-test-utils';
import { fixedClock, TEST_NOW } from '../../__testUtils__/fixtures';
import {
  ACCOUNTS,
  workloadReports,
} from '../../__testUtils__/workloadFixtures';
import { blockedSetsOf, Evaluation, newlyBlockedSet } from './evaluation';
import { WorkloadQueries } from './WorkloadQueries';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

describe.each(databases.eachSupportedId())(
  'evaluating criteria that look past the provider, on %p',
  databaseId => {
    async function setup() {
      const knex = await databases.init(databaseId);
      const { workloads: store } = await AmiGovernanceDatabase.forTests(knex, {
        clock: fixedClock(),
      });
      const { id } = await store.write('push:a', workloadReports());
      const queries = new WorkloadQueries(knex);
      const source = {
        owners: await queries.owners(id),
        images: () => queries.images(id),
      };
      return { id, queries, source };
    }
    const golden = [
      { name: 'golden', imageNames: ['ami-ops-*', 'ami-later-*'] },
    ];
    const ids = (items: { id: string }[]) => items.map(i => i.id);

    it('judges each AMI, lists blocked ones by IN lists of (region, image) in chunks, and pages across them', async () => {
      const { id, queries, source } = await setup();
      const [set] = await blockedSetsOf(source, [golden], TEST_NOW);
      expect(set.kind).toBe('images');
      // One AMI per chunk: pages must stitch chunks together.
      const evaluation = await Evaluation.of(queries, id, set, 1);
      expect(evaluation.summary().blocked).toEqual({
        instances: 4,
        launchTemplates: 2,
      });
      const all = await evaluation.page({}, 0, 50);
      expect(all.total).toBe(6);
      expect(ids(all.items)).toEqual([
        'i-a2',
        'i-a3',
        'i-b1',
        'i-a6',
        'lt-a2:1',
        'lt-a1:3',
      ]);
      expect(ids((await evaluation.page({}, 2, 3)).items)).toEqual([
        'i-b1',
        'i-a6',
        'lt-a2:1',
      ]);
      const dev = await evaluation.page({ accountId: ACCOUNTS.dev }, 0, 50);
      expect([dev.total, ids(dev.items)]).toEqual([1, ['i-b1']]);
    });

    it('says what a narrower criterion newly blocks', async () => {
      const { id, queries, source } = await setup();
      const narrower = [{ name: 'golden', imageNames: ['ami-ops-*'] }];
      const [after, before] = await blockedSetsOf(
        source,
        [narrower, golden],
        TEST_NOW,
      );
      const evaluation = await Evaluation.of(
        queries,
        id,
        newlyBlockedSet(after, before),
      );
      expect(ids((await evaluation.page({}, 0, 50)).items)).toEqual(['i-b2']);
    });
  },
);
