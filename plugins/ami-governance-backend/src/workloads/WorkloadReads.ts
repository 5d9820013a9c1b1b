import {
  GovernanceConfig,
  ImageCriterion,
  IsoDate,
  nextApplyCriteria,
  organizationIndex,
  OrganizationIndex,
  OrganizationParts,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import type { SnapshotStore } from '../organization/SnapshotStore';
import { PREVIEW_SIZE } from './answerParts';
import {
  BlockedSet,
  blockedSetsOf,
  Evaluation,
  GenerationImages,
  newlyBlockedSet,
} from './evaluation';
import type { DistinctSetting } from './AccountRegionQueries';
import { EffectiveSettings, effectiveSettingsOf } from './effectiveSettings';
import { SingleFlightCache } from './SingleFlightCache';
import { WorkloadQueries } from './WorkloadQueries';
import { WorkloadGeneration, WorkloadStore } from './WorkloadStore';

/** What one generation's answers share, read once per generation. */
type GenerationFacts = GenerationImages & {
  settings: DistinctSetting[];
  uncounted: Awaited<ReturnType<WorkloadQueries['uncountedByAccount']>>;
  accounts: Awaited<ReturnType<WorkloadQueries['accountsByVisibility']>>;
  notVisible: {
    accounts: Awaited<ReturnType<WorkloadQueries['notVisibleAccounts']>>;
    regions: Awaited<ReturnType<WorkloadQueries['notVisibleRegions']>>;
  };
};

export type LatestOrganization = {
  snapshotId: number;
  /** When the snapshot was collected: the date of what AWS deploys, as answers say it. */
  collectedAt: string;
  snapshot: OrganizationParts;
  index: OrganizationIndex;
  /** What each account's regions are measured against: its effective declarative policy. */
  effective: EffectiveSettings;
};

// Generating the policy takes a millisecond: once per config read and day, not per request.
const criteriaMemo = new WeakMap<
  GovernanceConfig,
  Map<IsoDate, ImageCriterion[]>
>();

/**
 * The Allowed AMIs criteria the config generates on `day` (what the next apply deploys), the same
 * array for the same config object and day, so it can key other caches.
 */
export function criteriaOf(
  config: GovernanceConfig,
  day: IsoDate,
): ImageCriterion[] {
  let byDay = criteriaMemo.get(config);
  if (!byDay) criteriaMemo.set(config, (byDay = new Map()));
  let criteria = byDay.get(day);
  if (!criteria) {
    criteria = nextApplyCriteria(config, day);
    byDay.set(day, criteria);
  }
  return criteria;
}

/** Works out what readers of a new generation ask first; never rejects (it logs what failed). */
export type WarmGeneration = (generation: WorkloadGeneration) => Promise<void>;

/**
 * Reads for the workload API: the generation served (its ID kept in memory for a few seconds), what
 * each generation's answers share, and evaluations per (generation, criteria), each worked out once
 * however many requests ask at the same time. Requests then cost indexed page queries only. A new
 * generation is warmed (see warmWith) as soon as this process knows of it: when it completed it, or
 * when another replica did and a read here found it.
 */
export class WorkloadReads {
  private latest?: { generation: WorkloadGeneration | undefined; at: number };
  private readonly facts = new SingleFlightCache<GenerationFacts>(2);
  private readonly evaluations = new SingleFlightCache<Evaluation>(16);
  private readonly overviews = new SingleFlightCache<unknown>(256);
  private warm?: WarmGeneration;
  private warmed?: number;
  // One snapshot is read and indexed once, however many readers find it new at the same time.
  private readonly organizations = new SingleFlightCache<
    LatestOrganization | undefined
  >(1);
  private latestSnapshot?: {
    meta: { id: number } | undefined;
    at: number;
  };

  constructor(
    private readonly store: Pick<WorkloadStore, 'serving'>,
    readonly queries: WorkloadQueries,
    private readonly snapshots?: Pick<SnapshotStore, 'latestMeta' | 'get'>,
    private readonly latestTtlMs = 2000,
  ) {}

  /** The generation served, or undefined before any workloads were stored. */
  async serving(now: Date): Promise<WorkloadGeneration | undefined> {
    if (this.latest && now.getTime() - this.latest.at < this.latestTtlMs)
      return this.latest.generation;
    const generation = await this.store.serving();
    this.latest = { generation, at: now.getTime() };
    this.startWarming(generation);
    return generation;
  }

  /** A generation was completed in this process: the next read uses it at once, and it is warmed. */
  completed(generation: WorkloadGeneration, now: Date) {
    this.latest = { generation, at: now.getTime() };
    this.startWarming(generation);
  }

  /**
   * What to work out for each new generation, once, in the background: readers arriving meanwhile
   * share that work rather than each starting it (SingleFlightCache).
   */
  warmWith(warm: WarmGeneration) {
    this.warm = warm;
  }

  private startWarming(generation: WorkloadGeneration | undefined) {
    if (!generation || !this.warm || this.warmed === generation.id) return;
    this.warmed = generation.id;
    void this.warm(generation);
  }

  async generationFacts(generation: number): Promise<GenerationFacts> {
    return this.facts.get(String(generation), async () => {
      let images: ReturnType<GenerationImages['images']> | undefined;
      return {
        owners: await this.queries.owners(generation),
        images: () => (images ??= this.queries.images(generation)),
        settings: await this.queries.distinctSettings(generation),
        uncounted: await this.queries.uncountedByAccount(generation),
        accounts: await this.queries.accountsByVisibility(generation),
        notVisible: {
          accounts: await this.queries.notVisibleAccounts(
            generation,
            PREVIEW_SIZE,
          ),
          regions: await this.queries.notVisibleRegions(
            generation,
            PREVIEW_SIZE,
          ),
        },
      };
    });
  }

  /**
   * The evaluation of what `criteria[0]` blocks in a generation, less what `criteria[1]` already
   * blocks when given (an impact question). `key` names the criteria for the cache.
   */
  async evaluation(
    generation: number,
    key: string,
    criteria: [ImageCriterion[]] | [ImageCriterion[], ImageCriterion[]],
    now: Date,
  ): Promise<Evaluation> {
    return this.evaluations.get(`${generation}|${key}`, async () => {
      const facts = await this.generationFacts(generation);
      const sets = await blockedSetsOf(facts, criteria, now);
      const [after, before] = sets;
      const set: BlockedSet = before ? newlyBlockedSet(after, before) : after;
      return Evaluation.of(this.queries, generation, set);
    });
  }

  /**
   * Every workload on another account's AMI, grouped like a blocked set (per publisher and account):
   * how many use each publisher's AMIs.
   */
  async usage(generation: number): Promise<Evaluation> {
    return this.evaluations.get(`${generation}|usage`, async () => {
      const { owners } = await this.generationFacts(generation);
      return Evaluation.of(this.queries, generation, {
        kind: 'owners',
        owners: new Set(owners.map(o => o.ownerId)),
      });
    });
  }

  /**
   * What an answer says besides its page (totals, groupings, settings, refusals), worked out once per
   * key: paging through a list then costs one page query.
   */
  async overview<T>(key: string, make: () => Promise<T>): Promise<T> {
    return (await this.overviews.get(key, make)) as T;
  }

  /** The newest organization snapshot's tree and policies, indexed once per snapshot. */
  async latestOrganization(now: Date): Promise<LatestOrganization | undefined> {
    // Like the generation served: the newest snapshot's ID is asked for every few seconds at most.
    if (
      !this.latestSnapshot ||
      now.getTime() - this.latestSnapshot.at >= this.latestTtlMs
    )
      this.latestSnapshot = {
        meta: await this.snapshots?.latestMeta(),
        at: now.getTime(),
      };
    const meta = this.latestSnapshot.meta;
    if (!meta) return undefined;
    return this.organizations.get(String(meta.id), async () => {
      const stored = await this.snapshots!.get(meta.id);
      if (!stored) return undefined;
      const { organization, roots, organizationalUnits, accounts, policies } =
        stored.snapshot;
      // Without the effective policies: megabytes the standing of an account never reads.
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
        snapshotId: meta.id,
        collectedAt: stored.collectedAt,
        snapshot,
        index: organizationIndex(snapshot),
        effective: effectiveSettingsOf(stored.snapshot),
      };
    });
  }
}
