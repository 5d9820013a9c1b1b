import {
  GovernanceConfig,
  ImageCriterion,
  IsoDate,
  nextApplyCriteria,
  OrganizationIndex,
  OrganizationParts,
  OrganizationSnapshot,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { LRUCache } from 'lru-cache';
import { PREVIEW_SIZE } from './answerParts';
import {
  BlockedSet,
  blockedSetsOf,
  Evaluation,
  GenerationImages,
  newlyBlockedSet,
} from './evaluation';
import { EffectiveSettings } from './effectiveSettings';
import { DistinctSetting, WorkloadQueries } from './WorkloadQueries';
import { WorkloadGeneration } from './WorkloadStore';

/** What one generation's answers share, read once per generation. */
export type GenerationFacts = GenerationImages & {
  settings: DistinctSetting[];
  uncounted: Awaited<ReturnType<WorkloadQueries['uncountedByAccount']>>;
  accounts: Awaited<ReturnType<WorkloadQueries['accountsByVisibility']>>;
  notVisible: {
    accounts: Awaited<ReturnType<WorkloadQueries['notVisibleAccounts']>>;
    regions: Awaited<ReturnType<WorkloadQueries['notVisibleRegions']>>;
  };
};

/** The newest organization snapshot, parsed and indexed once for every reader of the plugin. */
export type LatestOrganization = {
  snapshotId: number;
  /** When the snapshot was collected: the date of what AWS deploys, as answers say it. */
  collectedAt: string;
  receivedAt: string;
  /** Where it came from, as stored (`aws`, `push:…`, `file:…`). */
  source: string;
  /** The whole snapshot, effective policies included (status, explainer). */
  full: OrganizationSnapshot;
  /** The tree and policies without the effective policies (an account's standing). */
  snapshot: OrganizationParts;
  index: OrganizationIndex;
  /** What each account's regions are measured against: its effective declarative policy. */
  effective: EffectiveSettings;
};

/** What the workload answers read: the served generation, the organization, and per-generation work. */
export interface WorkloadReads {
  readonly queries: WorkloadQueries;
  /** The evaluated generation readers are served; undefined before any workloads were stored. */
  serving(now: Date): Promise<WorkloadGeneration | undefined>;
  latestOrganization(now: Date): Promise<LatestOrganization | undefined>;
  generationFacts(generation: number): Promise<GenerationFacts>;
  evaluation(
    generation: number,
    key: string,
    criteria: [ImageCriterion[]] | [ImageCriterion[], ImageCriterion[]],
    now: Date,
  ): Promise<Evaluation>;
  usage(generation: number): Promise<Evaluation>;
  overview<T>(
    generation: number,
    key: string,
    make: () => Promise<T>,
  ): Promise<T>;
}

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

/** Work out once per key: concurrent callers share one promise (lru-cache's fetch); failures are not kept. */
function sharedWork<V extends {}>(max: number) {
  return new LRUCache<string, V, () => Promise<V>>({
    max,
    fetchMethod: (_key, _stale, { context }) => context(),
  });
}

/**
 * What one generation's answers share, each worked out once however many readers ask at the same
 * time: its facts, evaluations per criteria, overviews per question. Dropped with its generation, so
 * nothing here is keyed by the generation.
 */
export class GenerationReads {
  private readonly evaluations = sharedWork<Evaluation>(16);
  private readonly overviews = sharedWork<object>(256);
  private readonly factsOnce = sharedWork<GenerationFacts>(1);

  constructor(readonly id: number, private readonly queries: WorkloadQueries) {}

  facts(): Promise<GenerationFacts> {
    const { id, queries } = this;
    return this.once(this.factsOnce, 'facts', async () => {
      let images: ReturnType<GenerationImages['images']> | undefined;
      return {
        owners: await queries.owners(id),
        images: () => (images ??= queries.images(id)),
        settings: await queries.distinctSettings(id),
        uncounted: await queries.uncountedByAccount(id),
        accounts: await queries.accountsByVisibility(id),
        notVisible: {
          accounts: await queries.notVisibleAccounts(id, PREVIEW_SIZE),
          regions: await queries.notVisibleRegions(id, PREVIEW_SIZE),
        },
      };
    });
  }

  /**
   * What `criteria[0]` blocks, less what `criteria[1]` already blocks when given (an impact
   * question). `key` names the criteria.
   */
  evaluation(
    key: string,
    criteria: [ImageCriterion[]] | [ImageCriterion[], ImageCriterion[]],
    now: Date,
  ): Promise<Evaluation> {
    return this.once(this.evaluations, key, async () => {
      const sets = await blockedSetsOf(await this.facts(), criteria, now);
      const [after, before] = sets;
      const set: BlockedSet = before ? newlyBlockedSet(after, before) : after;
      return Evaluation.of(this.queries, this.id, set);
    });
  }

  /** Every workload on another account's AMI, grouped per publisher and account (/usage). */
  usage(): Promise<Evaluation> {
    return this.once(this.evaluations, 'usage', async () => {
      const { owners } = await this.facts();
      return Evaluation.of(this.queries, this.id, {
        kind: 'owners',
        owners: new Set(owners.map(o => o.ownerId)),
      });
    });
  }

  /** What an answer says besides its page, once per question: paging then costs one page query. */
  overview<T>(key: string, make: () => Promise<T>): Promise<T> {
    return this.once(
      this.overviews,
      key,
      make as () => Promise<object>,
    ) as Promise<T>;
  }

  private once<V extends {}>(
    cache: LRUCache<string, V, () => Promise<V>>,
    key: string,
    make: () => Promise<V>,
  ): Promise<V> {
    // fetch resolves undefined only when eviction aborted it: then it is worked out again.
    return cache.fetch(key, { context: make }).then(v => v ?? make());
  }
}
