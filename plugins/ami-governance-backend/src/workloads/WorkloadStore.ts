import { ConflictError } from '@backstage/errors';
import { WorkloadAccountReport } from '@ami-governance/backstage-plugin-ami-governance-common';
import { Knex } from 'knex';
import { Clock, systemClock } from '../lib/clock';
import { LineageStore } from '../lineage/LineageStore';
import { rowsOf } from './rows';
import { GENERATION_TABLES, TABLES } from './tables';

/** One workload collection, as the store keeps it. */
export type WorkloadGeneration = {
  id: number;
  source: string;
  status: 'running' | 'complete';
  startedAt: string;
  completedAt: string | null;
  /** The snapshot's collection time, or when the AWS collection ended. */
  collectedAt: string | null;
  accountCount: number;
  /** Covers only some accounts, by intent (a pushed section with `partial: true`). */
  partial: boolean;
};

type CollectionRow = {
  id: number;
  source: string;
  status: 'running' | 'complete';
  started_at: string;
  completed_at: string | null;
  collected_at: string | null;
  account_count: number;
  partial: boolean | number;
};

const toGeneration = (row: CollectionRow): WorkloadGeneration => ({
  id: Number(row.id),
  source: row.source,
  status: row.status,
  startedAt: row.started_at,
  completedAt: row.completed_at,
  collectedAt: row.collected_at,
  accountCount: Number(row.account_count),
  partial: Boolean(row.partial),
});

type WorkloadStoreOptions = {
  /** Rows per INSERT: 500 rows of at most 10 columns stay under every database's parameter limit. */
  batchSize?: number;
  /** A generation still running after this long was abandoned (its writer died) and is dropped. */
  abandonAfterMs?: number;
};

/**
 * Workload collections in the plugin's database, one generation per collection. A generation is
 * written one account at a time (each account in one transaction, so memory holds one account),
 * then completed: it becomes the newest, and every older generation but the previous complete one is
 * deleted (replicas serve that one until they have evaluated the new one). Until then the last
 * complete generation keeps serving; a failed generation is dropped.
 */
export class WorkloadStore {
  private readonly batchSize: number;
  private readonly abandonAfterMs: number;

  constructor(
    readonly knex: Knex,
    private readonly clock: Clock = systemClock,
    private readonly options: WorkloadStoreOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 500;
    this.abandonAfterMs = options.abandonAfterMs ?? 24 * 3_600_000;
  }

  /** This store writing within `trx`: what it writes commits or rolls back with the caller's work. */
  within(trx: Knex.Transaction): WorkloadStore {
    return new WorkloadStore(trx, this.clock, this.options);
  }

  /** Starts a generation; also drops generations abandoned long ago. */
  async begin(source: string): Promise<number> {
    const now = this.clock();
    const abandoned = await this.knex(TABLES.collections)
      .where({ status: 'running' })
      .where(
        'started_at',
        '<',
        new Date(now.getTime() - this.abandonAfterMs).toISOString(),
      )
      .pluck('id');
    await this.drop(abandoned.map(Number));
    const [inserted] = await this.knex(TABLES.collections).insert(
      { source, status: 'running', started_at: now.toISOString() },
      ['id'],
    );
    return Number(typeof inserted === 'object' ? inserted.id : inserted);
  }

  /** Writes one account's report into a running generation (refused once it was superseded). */
  async writeAccount(
    generation: number,
    report: WorkloadAccountReport,
  ): Promise<void> {
    await this.running(generation);
    const rows = rowsOf(generation, report);
    await this.knex.transaction(async trx => {
      await trx(TABLES.accounts).insert(rows.account);
      await this.insert(trx, TABLES.regions, rows.regions);
      await this.insert(trx, TABLES.instances, rows.instances);
      await this.insert(trx, TABLES.launchTemplates, rows.launchTemplates);
      await this.insert(trx, TABLES.publicImages, rows.publicImages);
      const resolved = rows.images.filter(i => i.owner_id);
      const unresolved = rows.images.filter(i => !i.owner_id);
      for (const batch of this.batches(resolved)) {
        // Another account may have met this AMI without being able to describe it: fill it in.
        await trx(TABLES.images)
          .insert(batch)
          .onConflict(['collection_id', 'region', 'image_id'])
          .merge([
            'owner_id',
            'owner_alias',
            'name',
            'product_codes',
            'creation_date',
            'deprecation_time',
          ])
          .whereNull(`${TABLES.images}.owner_id`);
      }
      for (const batch of this.batches(unresolved)) {
        await trx(TABLES.images)
          .insert(batch)
          .onConflict(['collection_id', 'region', 'image_id'])
          .ignore();
      }
      // The lineage graph is kept across collections: what this account saw is merged into it.
      await new LineageStore(trx).record(report, generation);
    });
  }

  /**
   * Makes a generation the one served and deletes every older one but the previous complete one
   * (still served by replicas until they have evaluated this one). Refused (and the generation
   * dropped) when a newer generation completed meanwhile: an older inventory never replaces a newer.
   */
  async complete(
    generation: number,
    collectedAt?: string,
    partial = false,
  ): Promise<WorkloadGeneration> {
    await this.running(generation);
    await this.resolveOwnersAcrossAccounts(generation);
    const newer = await this.knex(TABLES.collections)
      .where({ status: 'complete' })
      .where('id', '>', generation)
      .first('id');
    if (newer) {
      await this.drop([generation]);
      throw new ConflictError(
        `A newer workload collection (${newer.id}) completed while collection ${generation} was written: ${generation} is dropped`,
      );
    }
    const [{ count }] = await this.knex(TABLES.accounts)
      .where({ collection_id: generation })
      .count({ count: '*' });
    const completedAt = this.clock().toISOString();
    await this.knex(TABLES.collections)
      .where({ id: generation })
      .update({
        status: 'complete',
        completed_at: completedAt,
        collected_at: collectedAt ?? completedAt,
        account_count: Number(count),
        partial,
      });
    // The previous complete generation stays until the next completes: replicas serve it until
    // they have evaluated this one (LatestData).
    const older: { id: number; status: string }[] = await this.knex(
      TABLES.collections,
    )
      .where('id', '<', generation)
      .orderBy('id', 'desc')
      .select('id', 'status');
    const previous = older.find(row => row.status === 'complete');
    await this.drop(
      older.filter(row => row !== previous).map(row => Number(row.id)),
    );
    await this.analyze();
    return (await this.generation(generation))!;
  }

  /**
   * PostgreSQL plans from the statistics ANALYZE gathers, and until autovacuum comes by (a minute at
   * best) those describe the tables before this generation: empty, or the previous generation's
   * rows, so the planner expects none with the new collection_id and a page of readiness at 50,000
   * instances took seconds. SKIP_LOCKED leaves a table another session is vacuuming or analyzing to
   * it rather than waiting. SQLite plans without statistics (its ANALYZE scans every index: skipped).
   */
  private async analyze() {
    if (this.knex.client.config.client !== 'pg') return;
    const tables = [TABLES.collections, ...GENERATION_TABLES];
    await this.knex.raw(
      `ANALYZE (SKIP_LOCKED) ${tables.map(() => '??').join(', ')}`,
      tables,
    );
  }

  /**
   * A whole generation from reports as they come (a snapshot's list, or a collector streaming account
   * by account): begun, written, completed; dropped if anything fails on the way.
   */
  async write(
    source: string,
    reports:
      | Iterable<WorkloadAccountReport>
      | AsyncIterable<WorkloadAccountReport>,
    collectedAt?: string,
    partial = false,
  ): Promise<WorkloadGeneration> {
    const generation = await this.begin(source);
    try {
      for await (const report of reports)
        await this.writeAccount(generation, report);
      return await this.complete(generation, collectedAt, partial);
    } catch (e) {
      // Within a caller's transaction its rollback drops the generation (and a failed PostgreSQL
      // transaction takes no more statements).
      if (!this.knex.isTransaction) await this.fail(generation);
      throw e;
    }
  }

  /** Drops a generation that failed: the last complete one keeps serving. */
  async fail(generation: number): Promise<void> {
    await this.drop([generation]);
  }

  /** The generation served: the newest complete one. */
  async serving(): Promise<WorkloadGeneration | undefined> {
    const row = await this.knex<CollectionRow>(TABLES.collections)
      .where({ status: 'complete' })
      .orderBy('id', 'desc')
      .first();
    return row ? toGeneration(row) : undefined;
  }

  /** The accounts a generation holds a report for (collected or not visible), sorted. */
  async accountIds(generation: number): Promise<string[]> {
    return this.knex(TABLES.accounts)
      .where({ collection_id: generation })
      .orderBy('account_id')
      .pluck('account_id');
  }

  async generation(id: number): Promise<WorkloadGeneration | undefined> {
    const row = await this.knex<CollectionRow>(TABLES.collections)
      .where({ id })
      .first();
    return row ? toGeneration(row) : undefined;
  }

  private async running(generation: number) {
    const found = await this.generation(generation);
    if (found?.status !== 'running') {
      throw new ConflictError(
        `Workload collection ${generation} is no longer being written: a newer collection completed and replaced it`,
      );
    }
  }

  /**
   * An instance or launch template whose AMI its own account could not describe takes the owner
   * another account saw for the same AMI (an AMI ID names one image in its region).
   */
  private async resolveOwnersAcrossAccounts(generation: number) {
    for (const table of [TABLES.instances, TABLES.launchTemplates]) {
      await this.knex(table)
        .where({ collection_id: generation })
        .whereNull('owner_id')
        .whereNotNull('image_id')
        .update({
          owner_id: this.knex(TABLES.images)
            .select('owner_id')
            .where('collection_id', generation)
            .where('region', this.knex.ref(`${table}.region`))
            .where('image_id', this.knex.ref(`${table}.image_id`)),
        });
    }
  }

  private async drop(ids: number[]) {
    if (ids.length === 0) return;
    // Rows first, the collection last: an interrupted drop is finished by the next one.
    for (const table of GENERATION_TABLES)
      await this.knex(table).whereIn('collection_id', ids).delete();
    await this.knex(TABLES.collections).whereIn('id', ids).delete();
  }

  private *batches<T>(rows: T[]): Generator<T[]> {
    for (let i = 0; i < rows.length; i += this.batchSize)
      yield rows.slice(i, i + this.batchSize);
  }

  private async insert(
    trx: Knex.Transaction,
    table: string,
    rows: Record<string, unknown>[],
  ) {
    for (const batch of this.batches(rows)) await trx(table).insert(batch);
  }
}
