import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { parseGovernanceConfig } from '@ami-governance/backstage-plugin-ami-governance-common';
import { Knex } from 'knex';
import {
  configAsOfTestDay,
  fixedClock,
  TEST_NOW,
  TEST_TODAY,
} from '../__testUtils__/fixtures';
import {
  ACCOUNTS,
  workloadReports,
  workloadSnapshot,
} from '../__testUtils__/workloadFixtures';
import { AmiGovernanceDatabase } from '../database/AmiGovernanceDatabase';
import { accountAnswer } from '../workloads/accountAnswer';
import { evaluateForReaders } from '../workloads/evaluateGeneration';
import { readinessAnswer } from '../workloads/readinessAnswer';
import { WorkloadGeneration } from '../workloads/WorkloadStore';
import { parseSnapshot } from './parseSnapshot';
import { LatestData } from './LatestData';

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
 * One process's newest data over a shared database (a replica), asking the database on every read;
 * while `hold` is set, an evaluation waits for `release` (a slow evaluation, made visible).
 */
function replica(db: AmiGovernanceDatabase) {
  const logger = mockServices.logger.mock();
  const evaluate = evaluateForReaders({
    config: () => config,
    clock: fixedClock(),
  });
  const control = { hold: false, release: () => {}, evaluations: 0 };
  const served: number[] = [];
  const data = LatestData.of(db, {
    logger,
    checkEveryMs: 0,
    evaluate: async (reads, generation) => {
      control.evaluations++;
      if (control.hold)
        await new Promise<void>(r => {
          control.release = r;
        });
      await evaluate(reads, generation);
    },
    onServing: generation => served.push(generation.id),
  });
  return { data, logger, control, served };
}

describe.each(databases.eachSupportedId())('LatestData on %p', databaseId => {
  async function setup() {
    const knex = await databases.init(databaseId);
    const db = await AmiGovernanceDatabase.forTests(knex, {
      clock: fixedClock(),
    });
    return { knex, db, store: db.workloads };
  }

  const readersAsk = (
    data: LatestData,
    generation: WorkloadGeneration,
    offset = 0,
  ) =>
    readinessAnswer(data, generation, undefined, config, TEST_TODAY, TEST_NOW, {
      offset,
      limit: 2,
    });

  it('reads and indexes a new organization snapshot once, however many readers find it at the same time', async () => {
    const { knex, db } = await setup();
    const { workloads: _, ...organization } = parseSnapshot(workloadSnapshot());
    const stored = await db.snapshots.add(organization, 'aws', {
      verdict: 'unknown',
      driftFingerprint: 'x',
    });
    const { data } = replica(db);
    // The snapshot's JSON is read by ID: count those reads (megabytes each at 5,000 accounts).
    let snapshotReads = 0;
    knex.on('query', q => {
      if (/^select \* from .ami_governance_snapshots. where/.test(q.sql))
        snapshotReads++;
    });
    const found = await Promise.all(
      Array.from({ length: 10 }, () => data.latestOrganization(TEST_NOW)),
    );
    expect(new Set(found).size).toBe(1);
    expect(found[0]?.snapshotId).toBe(stored.id);
    expect(snapshotReads).toBe(1);
  });

  it('serves a generation completed here only once it is evaluated: readers meanwhile get the previous one at once', async () => {
    const { knex, store } = await setup();
    const { data, logger, control, served } = replica(
      await AmiGovernanceDatabase.forTests(knex),
    );
    const first = await store.write('push:a', workloadReports());
    data.workloadsStored(first);
    await data.evaluated();
    expect(served).toEqual([first.id]);

    control.hold = true;
    const second = await store.write('push:b', workloadReports());
    data.workloadsStored(second);
    // The evaluation is held: readers are answered from the previous evaluated generation, now.
    const meanwhile = await data.serving(TEST_NOW);
    expect(meanwhile?.id).toBe(first.id);
    const answer = await readersAsk(data, meanwhile!);
    expect(answer.generation.id).toBe(first.id);
    expect(answer.collectedAt).toBe(first.collectedAt);
    // The live-update signal waits for the evaluation too.
    expect(served).toEqual([first.id]);

    control.release();
    await data.evaluated();
    expect(served).toEqual([first.id, second.id]);
    expect((await data.serving(TEST_NOW))?.id).toBe(second.id);
    expect(logger.info).toHaveBeenCalledWith(
      expect.stringMatching(
        new RegExp(
          `^AMI governance: workload collection ${second.id} evaluated for readers in \\d+ ms$`,
        ),
      ),
    );

    // Its first readers only read their page: the evaluation was done before they came. A reader
    // that started on the previous generation finishes with that one's work, not a new evaluation.
    const queries = recordQueries(knex);
    const readiness = await readersAsk(data, second, 1);
    expect((await readersAsk(data, first, 1)).generation.id).toBe(first.id);
    const account = await accountAnswer(
      data,
      second,
      undefined,
      config,
      TEST_TODAY,
      TEST_NOW,
      { accountId: ACCOUNTS.prod, offset: 0, limit: 50 },
    );
    queries.stop();
    expect(readiness.blocked.instances).toBeGreaterThan(0);
    expect(account?.workloads?.total).toBeGreaterThan(0);
    expect(queries.sql.filter(s => /group by/i.test(s))).toEqual([]);
    // Another notice of the same generation does not evaluate it again.
    data.workloadsStored(second);
    expect(control.evaluations).toBe(2);
  });

  it('on a replica that did not store it, the first read starts the evaluation and keeps serving the previous generation; concurrent readers share one evaluation', async () => {
    const { knex, db, store } = await setup();
    const first = await store.write('push:a', workloadReports());
    const other = replica(db);
    // A start: nothing evaluated here yet, so the first reader waits for the first evaluation.
    expect((await other.data.serving(TEST_NOW))?.id).toBe(first.id);
    expect(other.control.evaluations).toBe(1);

    // Another replica stores the next generation.
    const second = await store.write('push:b', workloadReports());
    other.control.hold = true;
    const queries = recordQueries(knex);
    const answers = await Promise.all(
      Array.from({ length: 10 }, async (_, page) => {
        const generation = await other.data.serving(TEST_NOW);
        return readersAsk(other.data, generation!, page);
      }),
    );
    // Answered from the previous generation while the new one is evaluated in the background.
    expect(new Set(answers.map(a => a.generation.id))).toEqual(
      new Set([first.id]),
    );
    expect(other.control.evaluations).toBe(2);
    other.control.release();
    await other.data.evaluated();
    queries.stop();
    expect((await other.data.serving(TEST_NOW))?.id).toBe(second.id);
    // One evaluation for readiness and one for /usage (the new generation's), none per reader.
    expect(queries.evaluations()).toBe(2);
    expect(other.served).toEqual([first.id, second.id]);
  });

  it('keeps serving the previous generation when evaluating the new one fails, and tries again on the next read', async () => {
    const { db, store } = await setup();
    const { data, logger, control } = replica(db);
    const first = await store.write('push:a', workloadReports());
    expect((await data.serving(TEST_NOW))?.id).toBe(first.id);
    const second = await store.write('push:b', workloadReports());
    const usage = data.usage.bind(data);
    data.usage = async () => {
      throw new Error('connection terminated unexpectedly');
    };
    expect((await data.serving(TEST_NOW))?.id).toBe(first.id);
    await data.evaluated();
    expect(logger.warn).toHaveBeenCalledWith(
      `AMI governance: could not evaluate workload collection ${second.id} ahead of its readers: Error: connection terminated unexpectedly`,
    );
    data.usage = usage;
    // The next read finds the generation again and starts its evaluation, still served the previous.
    expect((await data.serving(TEST_NOW))?.id).toBe(first.id);
    await data.evaluated();
    expect((await data.serving(TEST_NOW))?.id).toBe(second.id);
    expect(control.evaluations).toBe(3);
  });
});
