import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { parseGovernanceConfig } from '@ami-governance/backstage-plugin-ami-governance-common';
import { Knex } from 'knex';
import {
  configAsOfTestDay,
  fixedClock,
  TEST_NOW,
  TEST_TODAY,
} from '../__testUtils__/fixtures';
import { ACCOUNTS, workloadReports } from '../__testUtils__/workloadFixtures';
import { AmiGovernanceDatabase } from '../database/AmiGovernanceDatabase';
import { accountAnswer } from './accountAnswer';
import { readinessAnswer } from './readinessAnswer';
import { generationWarmer } from './warmGeneration';
import { WorkloadQueries } from './WorkloadQueries';
import { WorkloadReads } from './WorkloadReads';
import { WorkloadGeneration, WorkloadStore } from './WorkloadStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

const parsed = parseGovernanceConfig(configAsOfTestDay());
if (!parsed.ok) throw new Error('the test config does not parse');
const config = parsed.config;

/** The SQL a database client runs from now on. */
function recordQueries(knex: Knex) {
  const sql: string[] = [];
  const record = (q: { sql: string }) => sql.push(q.sql);
  knex.on('query', record);
  return {
    sql,
    stop: () => knex.removeListener('query', record),
    /** Queries that count blocked workloads per publisher and account: an evaluation's work. */
    evaluations: () =>
      sql.filter(s =>
        /group by ["`]ami_governance_workload_instances["`]\.["`]owner_id/.test(
          s,
        ),
      ).length,
  };
}

/**
 * One process's reads over a shared database (a replica), warmed by generationWarmer; `warmed` is the
 * last warm it started.
 */
function replica(knex: Knex, store: WorkloadStore) {
  const logger = mockServices.logger.mock();
  const reads = new WorkloadReads(
    store,
    new WorkloadQueries(knex),
    undefined,
    0,
  );
  const warmer = generationWarmer({
    reads,
    config: () => config,
    clock: fixedClock(),
    logger,
  });
  const started: Promise<void>[] = [];
  reads.warmWith(generation => {
    const warm = warmer(generation);
    started.push(warm);
    return warm;
  });
  return { reads, logger, started };
}

describe.each(databases.eachSupportedId())(
  'a new workload generation, warmed on %p',
  databaseId => {
    async function setup() {
      const knex = await databases.init(databaseId);
      const { workloads: store } = await AmiGovernanceDatabase.forTests(knex, {
        clock: fixedClock(),
      });
      return { knex, store };
    }

    const readersAsk = (
      reads: WorkloadReads,
      generation: WorkloadGeneration,
      offset = 0,
    ) =>
      readinessAnswer(
        reads,
        generation,
        undefined,
        config,
        TEST_TODAY,
        TEST_NOW,
        { offset, limit: 2 },
      );

    it('is evaluated when it completes: its first readers only read their page', async () => {
      const { knex, store } = await setup();
      const { reads, logger, started } = replica(knex, store);
      const generation = await store.write('push:a', workloadReports());
      reads.completed(generation, TEST_NOW);
      expect(started).toHaveLength(1);
      await started[0];
      expect(logger.info).toHaveBeenCalledWith(
        expect.stringMatching(
          /^AMI governance: workload collection \d+ evaluated for readers in \d+ ms$/,
        ),
      );

      const queries = recordQueries(knex);
      const readiness = await readersAsk(reads, generation, 1);
      const account = await accountAnswer(
        reads,
        generation,
        undefined,
        config,
        TEST_TODAY,
        TEST_NOW,
        { accountId: ACCOUNTS.prod, offset: 0, limit: 50 },
      );
      queries.stop();
      expect(readiness.blocked.instances).toBeGreaterThan(0);
      expect(account?.workloads?.total).toBeGreaterThan(0);
      // No grouped count (facts, evaluations): a page, and the account's row with its regions.
      expect(queries.sql.filter(s => /group by/i.test(s))).toEqual([]);
      // Completing it again (another notice of the same generation) does not evaluate again.
      reads.completed(generation, TEST_NOW);
      expect(started).toHaveLength(1);
    });

    it('is evaluated once by a replica that did not complete it, however many readers arrive together', async () => {
      const { knex, store } = await setup();
      const generation = await store.write('push:a', workloadReports());
      const other = replica(knex, store);
      const queries = recordQueries(knex);
      // The first read that finds the generation starts warming it; ten readers join that work.
      const found = await other.reads.serving(TEST_NOW);
      expect(found?.id).toBe(generation.id);
      const answers = await Promise.all(
        Array.from({ length: 10 }, (_, page) =>
          readersAsk(other.reads, generation, page),
        ),
      );
      await Promise.all(other.started);
      queries.stop();
      expect(new Set(answers.map(a => a.blocked.instances)).size).toBe(1);
      // One evaluation for readiness and one for /usage (the warm), not one per reader.
      expect(queries.evaluations()).toBe(2);
      expect(other.started).toHaveLength(1);
    });

    it('is still answered when warming fails: readers work it out themselves, and the failure is logged', async () => {
      const { knex, store } = await setup();
      const generation = await store.write('push:a', workloadReports());
      const failing = replica(knex, store);
      const reads = failing.reads;
      const usage = reads.usage.bind(reads);
      reads.usage = async () => {
        throw new Error('connection terminated unexpectedly');
      };
      reads.completed(generation, TEST_NOW);
      await failing.started[0];
      expect(failing.logger.warn).toHaveBeenCalledWith(
        expect.stringContaining(
          `could not evaluate workload collection ${generation.id} ahead of readers (they will on their first request): Error: connection terminated unexpectedly`,
        ),
      );
      reads.usage = usage;
      expect((await readersAsk(reads, generation)).available).toBe(true);
    });
  },
);
