import { LoggerService } from '@backstage/backend-plugin-api';
import { stringifyError } from '@backstage/errors';
import {
  ImageCriterion,
  organizationIndex,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { LRUCache } from 'lru-cache';
import { DATABASE_UNREACHABLE } from '../database/databaseFailure';
import { withTimeout } from '../lib/withTimeout';
import { effectiveSettingsOf } from '../workloads/effectiveSettings';
import type { Evaluation } from '../workloads/evaluation';
import { WorkloadQueries } from '../workloads/WorkloadQueries';
import type { AmiGovernanceDatabase } from '../database/AmiGovernanceDatabase';
import {
  GenerationFacts,
  GenerationReads,
  LatestOrganization,
  WorkloadReads,
} from '../workloads/WorkloadReads';
import type {
  WorkloadGeneration,
  WorkloadStore,
} from '../workloads/WorkloadStore';
import type { SnapshotStore, StoredSnapshot } from './SnapshotStore';

/**
 * Works out what readers of a new generation ask first (facts, today's readiness evaluation and
 * overview, /usage), through `data` (whose reads of that generation it fills). Rejects when it cannot.
 */
export type EvaluateGeneration = (
  data: WorkloadReads,
  generation: WorkloadGeneration,
) => Promise<void>;

/** What answers are computed from at one moment (LatestData.current). */
export type CurrentData = {
  generation: WorkloadGeneration | undefined;
  snapshotGeneration: number | null;
  collectionGeneration: number | null;
  /** The snapshot snapshotGeneration names, parsed once. */
  organization: () => Promise<LatestOrganization | undefined>;
};

type LatestDataOptions = {
  snapshots: Pick<SnapshotStore, 'latestMeta' | 'get'>;
  workloads: Pick<WorkloadStore, 'serving'>;
  queries: WorkloadQueries;
  logger: LoggerService;
  evaluate?: EvaluateGeneration;
  /** A generation became the one served here: it is evaluated (the workloads signal goes now). */
  onServing?: (generation: WorkloadGeneration) => void;
  /** How long a database call may take (`amiGovernance.database.timeout`). */
  timeoutMs?: number;
  /** How long what the database says is newest is trusted before asking again (other replicas' writes). */
  checkEveryMs?: number;
};

/** The organization part readers need, without megabytes of effective policies an account's standing never reads. */
function organizationOf(stored: StoredSnapshot): LatestOrganization {
  const { organization, roots, organizationalUnits, accounts, policies } =
    stored.snapshot;
  const snapshot = {
    organization,
    roots,
    organizationalUnits,
    accounts: accounts.map(({ id, name, parentId, status }) => ({
      id,
      name,
      parentId,
      status,
    })),
    policies,
  };
  return {
    snapshotId: stored.id,
    collectedAt: stored.collectedAt,
    receivedAt: stored.receivedAt,
    source: stored.source,
    full: stored.snapshot,
    snapshot,
    index: organizationIndex(snapshot),
    effective: effectiveSettingsOf(stored.snapshot),
  };
}

/**
 * The newest organization snapshot and the workload collection served, for the whole plugin: every
 * route, action, job and notice reads through this one object. The snapshot is parsed and indexed once
 * per snapshot; one invalidation path: the database is asked for the newest snapshot's and
 * collection's IDs at most every `checkEveryMs` (what another replica stored), and this process's own
 * writes are known at once (snapshotStored, workloadsStored).
 *
 * **A new workload generation is served only once it is evaluated**: until then readers get the
 * previous evaluated generation (its answers state its collection time and ID), so no reader waits for
 * an evaluation. The replica that stored it starts the evaluation at once; another replica on the first
 * read that finds it. Before any generation was evaluated here (a start), readers wait for the first.
 */
export class LatestData implements WorkloadReads {
  readonly queries: WorkloadQueries;
  private checkedAt?: number;
  private checking?: Promise<void>;
  private newestSnapshotId?: number;
  private readonly organizations: LRUCache<number, LatestOrganization>;
  /** The evaluated generation served. */
  private served?: WorkloadGeneration;
  /** The newest generation known, while it is evaluated. */
  private evaluating?: {
    generation: WorkloadGeneration;
    done: Promise<void>;
  };
  private readonly generations = new Map<number, GenerationReads>();
  private databaseError: string | null = null;
  private readonly timeoutMs: number;
  private readonly checkEveryMs: number;

  /** Over the plugin's database (its stores and a query builder on its client). */
  static of(
    db: Pick<AmiGovernanceDatabase, 'snapshots' | 'workloads' | 'knex'>,
    options: Omit<LatestDataOptions, 'snapshots' | 'workloads' | 'queries'>,
  ): LatestData {
    return new LatestData({
      ...options,
      snapshots: db.snapshots,
      workloads: db.workloads,
      queries: new WorkloadQueries(db.knex),
    });
  }

  constructor(private readonly options: LatestDataOptions) {
    this.queries = options.queries;
    this.timeoutMs = options.timeoutMs ?? 3000;
    this.checkEveryMs = options.checkEveryMs ?? 2000;
    this.organizations = new LRUCache({
      max: 1,
      fetchMethod: async id => {
        const stored = await this.db(options.snapshots.get(id));
        // Deleted meanwhile (history trimmed): the next check finds the newer one.
        if (!stored) throw new Error(`snapshot ${id} is no longer stored`);
        return organizationOf(stored);
      },
    });
  }

  /** Why the database is unhealthy, when the last call to it failed; null when it answered. */
  databaseProblem(): string | null {
    return this.databaseError;
  }

  /**
   * What answers are computed from now: the served generation, the newest snapshot's ID and that
   * snapshot (read once), so an answer and its cache key name the same data.
   */
  async current(
    now: Date,
    options: {
      /** false: an answer that reads no workloads does not wait for a first evaluation. */
      workloads?: boolean;
    } = {},
  ): Promise<CurrentData> {
    let generation: WorkloadGeneration | undefined;
    if (options.workloads === false) {
      await this.check(now);
      generation = this.served;
    } else generation = await this.serving(now);
    const id = this.newestSnapshotId;
    return {
      generation,
      snapshotGeneration: id ?? null,
      collectionGeneration: generation?.id ?? null,
      organization: async () =>
        id === undefined ? undefined : this.organizations.fetch(id),
    };
  }

  /** The newest organization snapshot, parsed and indexed once; undefined before any was stored. */
  async latestOrganization(now: Date): Promise<LatestOrganization | undefined> {
    await this.check(now);
    const id = this.newestSnapshotId;
    return id === undefined ? undefined : this.organizations.fetch(id);
  }

  /** The evaluated generation served, or undefined before any workloads were stored. */
  async serving(now: Date): Promise<WorkloadGeneration | undefined> {
    await this.check(now);
    // Nothing evaluated here yet: the first generation is waited for (bounded like every read).
    if (!this.served) await this.evaluating?.done;
    return this.served;
  }

  /** A snapshot was stored in this process: the next read uses it without asking the database. */
  snapshotStored(meta: { id: number }) {
    if (this.newestSnapshotId === undefined || meta.id > this.newestSnapshotId)
      this.newestSnapshotId = meta.id;
  }

  /** A generation was completed in this process: its evaluation starts now. */
  workloadsStored(generation: WorkloadGeneration) {
    this.consider(generation);
  }

  /** Resolves when the generation known newest is evaluated (or its evaluation failed). */
  async evaluated(): Promise<void> {
    await this.evaluating?.done;
  }

  generationFacts(generation: number): Promise<GenerationFacts> {
    return this.reads(generation).facts();
  }

  evaluation(
    generation: number,
    key: string,
    criteria: [ImageCriterion[]] | [ImageCriterion[], ImageCriterion[]],
    now: Date,
  ): Promise<Evaluation> {
    return this.reads(generation).evaluation(key, criteria, now);
  }

  usage(generation: number): Promise<Evaluation> {
    return this.reads(generation).usage();
  }

  overview<T>(
    generation: number,
    key: string,
    make: () => Promise<T>,
  ): Promise<T> {
    return this.reads(generation).overview(key, make);
  }

  /**
   * The work kept for a generation: the one served, the one being evaluated, and the one served
   * before (readers that started on it finish with its work, not a new evaluation each).
   */
  private reads(id: number): GenerationReads {
    let reads = this.generations.get(id);
    if (!reads) {
      reads = new GenerationReads(id, this.queries);
      this.generations.set(id, reads);
      this.forgetOldGenerations();
    }
    return reads;
  }

  private forgetOldGenerations() {
    const keep = new Set(
      [...this.generations.keys()].sort((a, b) => b - a).slice(0, 3),
    );
    if (this.served) keep.add(this.served.id);
    if (this.evaluating) keep.add(this.evaluating.generation.id);
    for (const id of this.generations.keys())
      if (!keep.has(id)) this.generations.delete(id);
  }

  /** Asks the database what is newest, at most every checkEveryMs; concurrent readers share one ask. */
  private async check(now: Date) {
    const at = now.getTime();
    if (this.checkedAt !== undefined && at - this.checkedAt < this.checkEveryMs)
      return;
    this.checking ??= (async () => {
      try {
        const [snapshot, generation] = await Promise.all([
          this.db(this.options.snapshots.latestMeta()),
          this.db(this.options.workloads.serving()),
        ]);
        this.databaseError = null;
        this.checkedAt = at;
        if (snapshot) this.snapshotStored(snapshot);
        if (generation) this.consider(generation);
      } catch (e) {
        this.databaseError = DATABASE_UNREACHABLE;
        throw e;
      } finally {
        this.checking = undefined;
      }
    })();
    await this.checking;
  }

  /** A generation found newest: evaluated in the background, then served. */
  private consider(generation: WorkloadGeneration) {
    const newest = this.evaluating?.generation.id ?? this.served?.id ?? -1;
    if (generation.id <= newest) return;
    this.reads(generation.id);
    const started = performance.now();
    const done = (async () => {
      try {
        await this.options.evaluate?.(this, generation);
      } catch (e) {
        // Served all the same when nothing else is: its readers then work out what they ask.
        this.options.logger.warn(
          `AMI governance: could not evaluate workload collection ${
            generation.id
          } ahead of its readers: ${stringifyError(e)}`,
        );
        if (this.served) {
          // Tried again on the next check.
          if (this.evaluating?.generation.id === generation.id)
            this.evaluating = undefined;
          this.generations.delete(generation.id);
          return;
        }
      }
      this.serve(generation);
      this.options.logger.info(
        `AMI governance: workload collection ${
          generation.id
        } evaluated for readers in ${Math.round(
          performance.now() - started,
        )} ms`,
      );
    })();
    this.evaluating = { generation, done };
  }

  private serve(generation: WorkloadGeneration) {
    if (this.served && this.served.id >= generation.id) return;
    const previous = this.served?.id;
    this.served = generation;
    if (this.evaluating?.generation.id === generation.id)
      this.evaluating = undefined;
    // What older generations worked out goes with them, but for the one served until now.
    for (const id of this.generations.keys())
      if (id < generation.id && id !== previous) this.generations.delete(id);
    this.options.onServing?.(generation);
  }

  private db<T>(call: Promise<T>): Promise<T> {
    return withTimeout(call, this.timeoutMs, DATABASE_UNREACHABLE);
  }
}
