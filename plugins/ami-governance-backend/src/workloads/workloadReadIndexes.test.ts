import { TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { fixedClock } from '../__testUtils__/fixtures';
import { workloadReports } from '../__testUtils__/workloadFixtures';
import { AmiGovernanceDatabase } from '../database/AmiGovernanceDatabase';
import { TABLES } from './tables';
import { WorkloadQueries } from './WorkloadQueries';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

const PARTIAL_INDEXES = {
  [TABLES.instances]: 'ami_governance_workload_instances_uncounted_idx',
  [TABLES.launchTemplates]: 'ami_governance_workload_lts_uncounted_idx',
  [TABLES.regions]: 'ami_governance_workload_regions_not_visible_idx',
};

/** Each index of a table with its definition, as the database reports it. */
async function indexesOf(knex: Knex, table: string) {
  if (knex.client.config.client === 'pg') {
    const { rows } = await knex.raw(
      'SELECT indexname AS name, indexdef AS sql FROM pg_indexes WHERE tablename = ?',
      [table],
    );
    return rows as { name: string; sql: string }[];
  }
  return (await knex.raw(
    "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?",
    [table],
  )) as { name: string; sql: string }[];
}

/** How PostgreSQL would run `query`, sequential scans ruled out (a few test rows are cheaper to scan). */
async function planWithoutSeqScan(
  knex: Knex,
  query: { sql: string; bindings: readonly unknown[] },
) {
  return knex.transaction(async trx => {
    await trx.raw('SET LOCAL enable_seqscan = off');
    const { rows } = await trx.raw(
      `EXPLAIN ${query.sql.replace(/\$\d+/g, '?')}`,
      query.bindings as Knex.RawBinding[],
    );
    return rows.map((r: any) => r['QUERY PLAN']).join('\n');
  });
}

describe.each(databases.eachSupportedId())(
  'the workload read indexes on %p',
  databaseId => {
    it('exist as partial indexes, and the per-account counts of uncounted workloads can read through them', async () => {
      const knex = await databases.init(databaseId);
      const { workloads } = await AmiGovernanceDatabase.forTests(knex, {
        clock: fixedClock(),
      });
      for (const [table, name] of Object.entries(PARTIAL_INDEXES)) {
        const found = (await indexesOf(knex, table)).find(i => i.name === name);
        expect({
          table,
          name,
          partial: /\bwhere\b/i.test(found?.sql ?? ''),
        }).toEqual({
          table,
          name,
          partial: true,
        });
      }

      // The queries can read through them: PostgreSQL's planner proves the predicate from the
      // query's WHERE (SQLite, the small-install database, plans without statistics and scans).
      if (databaseId !== 'POSTGRES_15') return;
      const { id } = await workloads.write('push:a', workloadReports());
      const run: { sql: string; bindings: readonly unknown[] }[] = [];
      const record = (q: { sql: string; bindings: readonly unknown[] }) =>
        run.push(q);
      knex.on('query', record);
      await new WorkloadQueries(knex).uncountedByAccount(id);
      knex.removeListener('query', record);
      expect(run).toHaveLength(2);
      const tables = [TABLES.instances, TABLES.launchTemplates] as const;
      for (const [i, table] of tables.entries())
        expect(await planWithoutSeqScan(knex, run[i])).toContain(
          PARTIAL_INDEXES[table],
        );
    });
  },
);
