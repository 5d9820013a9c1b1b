import { LoggerService } from '@backstage/backend-plugin-api';
import { ServiceUnavailableError } from '@backstage/errors';
import {
  ApiResponse,
  computeOrganizationStatus,
  expectedPoliciesOf,
  isSnapshotStale,
  OrganizationSnapshot,
  OrganizationStatus,
  utcDateOf,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { GovernanceConfigSource } from '../config/GovernanceConfigSource';
import { summarizeDrift } from './driftSummary';
import { gitAheadOf } from './gitAhead';
import { snapshotSourceForReaders } from '../config/readLocation';
import { SnapshotStore, StoredSnapshotMeta } from './SnapshotStore';
import { DATABASE_UNREACHABLE } from '../database/databaseFailure';
import { withTimeout } from '../lib/withTimeout';

/** What GET /status says of the snapshot, before the route adds the config's and collection's state. */
type StatusView = Pick<
  ApiResponse<'GetStatus'>,
  'available' | 'reason' | 'source' | 'receivedAt' | 'driftSince' | 'degraded'
> & {
  status?: OrganizationStatus;
  /** Identifies what the view was computed from, for response caches. */
  key?: string;
};

type StatusServiceOptions = {
  staleAfterMs: number;
  logger: LoggerService;
  /** How long a database call may take before the last computed status is served instead. */
  databaseTimeoutMs?: number;
  /** How long the newest snapshot's metadata is trusted before asking the database again (other replicas). */
  latestTtlMs?: number;
  /** Where the pipeline that applies the config runs, for "not applied yet". */
  pipelineUrl?: string;
};

/**
 * Organization status for page requests: the newest stored snapshot against what the config
 * generates today, computed once per (snapshot, config read, UTC day). The newest snapshot's metadata
 * is kept in memory for a few seconds, so a request usually costs no query. When the database fails
 * or hangs, the last computed status keeps serving, marked `degraded`; the error never names a host.
 */
export class StatusService {
  private cache?: { key: string; view: StatusView };
  private latest?: { meta: StoredSnapshotMeta | undefined; at: number };
  private databaseError: string | null = null;
  private readonly databaseTimeoutMs: number;
  private readonly latestTtlMs: number;

  constructor(
    private readonly store: SnapshotStore,
    private readonly configSource: GovernanceConfigSource,
    private readonly options: StatusServiceOptions,
  ) {
    this.databaseTimeoutMs = options.databaseTimeoutMs ?? 3000;
    this.latestTtlMs = options.latestTtlMs ?? 2000;
  }

  /** Status of a snapshot against the current config, e.g. to summarise it when storing. */
  compute(
    snapshot: OrganizationSnapshot,
    now: Date,
  ): OrganizationStatus | undefined {
    const { config } = this.configSource.current();
    if (!config) return undefined;
    return computeOrganizationStatus(
      snapshot,
      expectedPoliciesOf(config, utcDateOf(now)),
      { now, staleAfterMs: this.options.staleAfterMs },
    );
  }

  /** A snapshot was stored in this process: the next view uses it without asking the database. */
  stored(meta: StoredSnapshotMeta, now: Date) {
    this.latest = { meta, at: now.getTime() };
  }

  /** Why the database is unhealthy, when the last call to it failed; null when it answered. */
  databaseProblem(): string | null {
    return this.databaseError;
  }

  async view(now: Date): Promise<StatusView> {
    const { config, readAt, configError } = this.configSource.current();
    if (!config)
      return {
        available: false,
        reason: 'The governance config has not been read successfully yet.',
      };
    try {
      const latest = await this.latestMeta(now);
      if (!latest) {
        return {
          available: false,
          reason:
            'No organization snapshot yet: configure a source, or POST one to /snapshots.',
        };
      }
      const key = `${latest.id}|${readAt}|${
        configError?.occurredAt
      }|${utcDateOf(now)}`;
      if (this.cache?.key !== key)
        this.cache = { key, view: await this.build(latest, now, key) };
      this.databaseError = null;
      return this.withStaleness(this.cache.view, now);
    } catch (e) {
      return this.degraded(e as Error, now);
    }
  }

  private degraded(error: Error, now: Date): StatusView {
    this.databaseError = DATABASE_UNREACHABLE;
    this.options.logger.error(
      `AMI governance status: database call failed: ${error.message}`,
    );
    if (!this.cache) {
      throw new ServiceUnavailableError(
        `${DATABASE_UNREACHABLE}, and no status has been computed yet; try again shortly`,
      );
    }
    const view = this.withStaleness(this.cache.view, now);
    return {
      ...view,
      degraded: `${DATABASE_UNREACHABLE}: this is the status computed from the snapshot collected at ${view.status?.collectedAt}`,
      key: `${view.key}|degraded`,
    };
  }

  // Staleness moves with the clock even when nothing else changes.
  private withStaleness(view: StatusView, now: Date): StatusView {
    const stale = isSnapshotStale(
      view.status!.collectedAt,
      now,
      this.options.staleAfterMs,
    );
    return {
      ...view,
      status: { ...view.status!, stale },
      key: `${view.key}|${stale}`,
    };
  }

  private async latestMeta(now: Date) {
    if (this.latest && now.getTime() - this.latest.at < this.latestTtlMs)
      return this.latest.meta;
    const meta = await this.db(this.store.latestMeta());
    this.latest = { meta, at: now.getTime() };
    return meta;
  }

  private db<T>(call: Promise<T>): Promise<T> {
    return withTimeout(call, this.databaseTimeoutMs, DATABASE_UNREACHABLE);
  }

  private async build(
    latest: StoredSnapshotMeta,
    now: Date,
    key: string,
  ): Promise<StatusView> {
    const stored = await this.db(this.store.get(latest.id));
    const status = this.withGitAhead(
      this.compute(stored!.snapshot, now)!,
      stored!.snapshot,
      now,
    );
    return {
      available: true,
      source: snapshotSourceForReaders(latest.source),
      receivedAt: latest.receivedAt,
      driftSince: await this.driftSince(status),
      status,
      key,
    };
  }

  /** Marks each differing policy whose difference is a change not yet applied or collected. */
  private withGitAhead(
    status: OrganizationStatus,
    snapshot: OrganizationSnapshot,
    now: Date,
  ): OrganizationStatus {
    const { changedAt, previousConfig } = this.configSource.current();
    const change = {
      changedAt,
      previous: previousConfig,
      pipelineUrl: this.options.pipelineUrl,
    };
    const policies = { ...status.policies };
    for (const kind of ['declarativePolicy', 'scp'] as const) {
      const gitAhead = gitAheadOf(
        kind,
        policies[kind],
        snapshot,
        change,
        utcDateOf(now),
      );
      if (gitAhead) policies[kind] = { ...policies[kind], gitAhead };
    }
    return { ...status, policies };
  }

  /**
   * The start of the unbroken run of snapshots showing this same drift. Each snapshot counts from the
   * earlier of its collection time and the time this server received it, so a snapshot claiming a
   * collection time it cannot have had never moves the date.
   */
  private async driftSince(status: OrganizationStatus): Promise<string | null> {
    const current = summarizeDrift(status);
    if (current.verdict !== 'drifted') return null;
    let since: string | undefined;
    for (const meta of await this.db(this.store.history())) {
      if (meta.driftFingerprint !== current.driftFingerprint) break;
      since =
        Date.parse(meta.collectedAt) <= Date.parse(meta.receivedAt)
          ? meta.collectedAt
          : meta.receivedAt;
    }
    return since ?? status.collectedAt;
  }
}
