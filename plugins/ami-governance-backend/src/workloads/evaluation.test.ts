import { AmiGovernanceDatabase } from '../database/AmiGovernanceDatabase';
import { TestDatabases } from '@backstage/backend-test-utils';
import { fixedClock, TEST_NOW } from '../__testUtils__/fixtures';
import {
  ACCOUNTS,
  OWNERS,
  workloadReports,
} from '../__testUtils__/workloadFixtures';
import { parseGovernanceConfig } from '@ami-governance/backstage-plugin-ami-governance-common';
import { configAsOfTestDay, TEST_TODAY } from '../__testUtils__/fixtures';
import { blockedSetsOf, Evaluation, newlyBlockedSet } from './evaluation';
import { criteriaOf } from './WorkloadReads';
import { WorkloadFilter, WorkloadQueries } from './WorkloadQueries';

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

    it.each([
      ['the config (whole publishers)', 'owners'],
      ['AMI names (single AMIs)', 'images'],
    ])(
      'pages the whole list, each publisher and each account (across publishers and chunks) as slices of the listing, judged by %s',
      async (_, kind) => {
        const { id, queries, source } = await setup();
        const parsed = parseGovernanceConfig(configAsOfTestDay());
        if (!parsed.ok) throw new Error('the test config does not parse');
        const criteria =
          kind === 'owners' ? criteriaOf(parsed.config, TEST_TODAY) : golden;
        const [set] = await blockedSetsOf(source, [criteria], TEST_NOW);
        expect(set.kind).toBe(kind);
        // Chunks of one owner or AMI (an account's page spans several), or one chunk of all.
        for (const chunkSize of [1, 500]) {
          const evaluation = await Evaluation.of(queries, id, set, chunkSize);
          const all = (await evaluation.page({}, 0, 100)).items;
          // Every page of the whole list, of each publisher's and of each account's is the slice of
          // its listing: pages seek through the filter's layout, never scan from the start.
          const owners = [...new Set(all.map(w => w.publisher))];
          const filters: WorkloadFilter[] = [
            {},
            ...owners.map(o => ({ owners: [o] })),
            ...Object.values(ACCOUNTS).map(accountId => ({ accountId })),
          ];
          for (const filter of filters) {
            const listing = all.filter(
              w =>
                (!filter.owners || filter.owners.includes(w.publisher)) &&
                (!filter.accountId || w.accountId === filter.accountId),
            );
            for (let offset = 0; offset <= listing.length; offset++)
              for (const limit of [1, 2, 3, 50]) {
                const page = await evaluation.page(filter, offset, limit);
                expect({ filter, offset, limit, ...page }).toEqual({
                  filter,
                  offset,
                  limit,
                  total: listing.length,
                  items: listing.slice(offset, offset + limit),
                });
              }
          }
        }
        const all = (
          await (await Evaluation.of(queries, id, set)).page({}, 0, 100)
        ).items;
        const publishers = (accountId: string) =>
          new Set(
            all.filter(w => w.accountId === accountId).map(w => w.publisher),
          ).size;
        // The fixture gives the test something to stitch: an account blocked on several publishers.
        expect(
          Math.max(...Object.values(ACCOUNTS).map(publishers)),
        ).toBeGreaterThan(1);
      },
    );

    it('counts blocked AMIs by the criterion key that refused them, for all publishers or one', async () => {
      const { id, queries, source } = await setup();
      const criteria = [
        {
          name: 'criteria_1',
          providers: [OWNERS.ops],
          imageNames: ['acme-golden-*'],
        },
        {
          name: 'criteria_2',
          providers: [OWNERS.expiring, OWNERS.later],
          // The fixture's AMIs carry no creation date: they cannot be shown young enough.
          maximumDaysSinceCreated: 30,
        },
      ];
      const [set] = await blockedSetsOf(source, [criteria], TEST_NOW);
      const evaluation = await Evaluation.of(queries, id, set);
      // ami-ops (named ami-ops-name): not acme-golden-*; ami-expiring (us-east-1 of prod) and
      // ami-later (us-east-1 of dev): no creation date; ami-expired (both accounts' us-east-1),
      // ami-outside, ami-amazon: publisher not listed.
      expect(evaluation.blockedImages()).toEqual({
        total: 7,
        byReason: { imageNames: 1, maximumDaysSinceCreated: 2, providers: 4 },
      });
      expect(evaluation.blockedImages([OWNERS.later])).toEqual({
        total: 1,
        byReason: { maximumDaysSinceCreated: 1 },
      });
      // Whole publishers judged: no per-AMI reasons to count.
      const parsed = parseGovernanceConfig(configAsOfTestDay());
      if (!parsed.ok) throw new Error('the test config does not parse');
      const [owners] = await blockedSetsOf(
        source,
        [criteriaOf(parsed.config, TEST_TODAY)],
        TEST_NOW,
      );
      expect(
        (await Evaluation.of(queries, id, owners)).blockedImages(),
      ).toBeUndefined();
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
