import { TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { fixedClock } from '../__testUtils__/fixtures';
import { workloadReports } from '../__testUtils__/workloadFixtures';
import { AmiGovernanceDatabase } from '../database/AmiGovernanceDatabase';
import { GENERATION_TABLES, TABLES } from './tables';
import { WorkloadStore } from './WorkloadStore';

jest.setTimeout(60_000);

// Planner statistics are PostgreSQL's: this runs when make test finds a server on 127.0.0.1:5432.
const databases = TestDatabases.create({ ids: ['POSTGRES_15'] });

/** The collection_id values PostgreSQL's statistics know for a table (most common values). */
async function knownGenerations(knex: Knex, table: string): Promise<number[]> {
  const { rows } = await knex.raw(
    `SELECT most_common_vals::text AS vals FROM pg_stats WHERE tablename = ? AND attname = 'collection_id'`,
    [table],
  );
  if (!rows[0]?.vals) return [];
  return (rows[0].vals as string).replace(/[{}]/g, '').split(',').map(Number);
}

const reltuples = async (knex: Knex, table: string) =>
  Number(
    (
      await knex.raw(`SELECT reltuples FROM pg_class WHERE relname = ?`, [
        table,
      ])
    ).rows[0].reltuples,
  );

describe.each(databases.eachSupportedId())(
  'WorkloadStore statistics on %p',
  databaseId => {
    it('analyzes what a generation wrote when it completes: the planner knows its rows', async () => {
      const knex = await databases.init(databaseId);
      await AmiGovernanceDatabase.forTests(knex);
      const store = new WorkloadStore(knex, fixedClock());
      const [prod, dev] = workloadReports();
      const rowCounts = async () => {
        const counts: Record<string, number> = {};
        for (const table of GENERATION_TABLES)
          counts[table] = Number((await knex(table).count({ n: '*' }))[0].n);
        return counts;
      };
      const plannerCounts = async () => {
        const counts: Record<string, number> = {};
        for (const table of GENERATION_TABLES)
          counts[table] = await reltuples(knex, table);
        return counts;
      };

      // Written but not completed: nothing analyzed yet (never-analyzed tables count -1 rows).
      const first = await store.begin('push:a');
      await store.writeAccount(first, prod);
      expect(await reltuples(knex, TABLES.instances)).toBe(-1);

      await store.complete(first);
      expect(await plannerCounts()).toEqual(await rowCounts());
      expect(await knownGenerations(knex, TABLES.instances)).toEqual([first]);

      // The next generation is analyzed with the previous one, kept until the one after.
      const second = (await store.write('push:b', [dev])).id;
      expect(await plannerCounts()).toEqual(await rowCounts());
      expect(
        (await knownGenerations(knex, TABLES.instances)).sort((a, b) => a - b),
      ).toEqual([first, second]);
    });
  },
);
