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
import type { SnapshotStore } from './SnapshotStore';
import type { LatestData } from './LatestData';
import type { LatestOrganization } from '../workloads/WorkloadReads';
import { DATABASE_UNREACHABLE } from '../database/databaseFailure';
import { withTimeout } from '../lib/withTimeout';

/** What GET /status says of the snapshot, before the route adds the config's and collection's state. */
export type StatusView = Pick<
  ApiResponse<'GetStatus'>,
  'available' | 'reason' | 'source' | 'receivedAt' | 'driftSince' | 'degraded'
> & {
  status?: OrganizationStatus;
  /** The snapshot the view was computed from (null: none), and whether it is stale now. */
  snapshotGeneration: number | null;
  stale?: boolean;
};

/** What a status is computed from: the snapshot, the config read (and its error) and the day. */
type StatusInputs = [
  LatestOrganization,
  string | null,
  string | undefined,
  string,
];

type StatusServiceOptions = {
  staleAfterMs: number;
  logger: LoggerService;
  /** Where the pipeline that applies the config runs, for "not applied yet". */
  pipelineUrl?: string;
  /** How long a database call may take before the last computed status is served instead. */
  databaseTimeoutMs?: number;
};

/**
 * Organization status for page requests: the newest snapshot (LatestData, parsed once for the plugin)
 * against what the config generates today, computed once per (snapshot, config read, UTC day). When
 * the database fails or hangs, the last computed status keeps serving, marked `degraded`; the error
 * never names a host.
 */
export class StatusService {
  private cache?: {
    inputs: StatusInputs;
    view: StatusView;
  };

  constructor(
    private readonly data: Pick<LatestData, 'latestOrganization'>,
    private readonly store: Pick<SnapshotStore, 'history'>,
    private readonly configSource: GovernanceConfigSource,
    private readonly options: StatusServiceOptions,
  ) {}

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

  async view(now: Date): Promise<StatusView> {
    const { config, readAt, configError } = this.configSource.current();
    if (!config)
      return {
        available: false,
        reason: 'The governance config has not been read successfully yet.',
        snapshotGeneration: null,
      };
    try {
      const latest = await this.data.latestOrganization(now);
      if (!latest) {
        return {
          available: false,
          reason:
            'No organization snapshot yet: configure a source, or POST one to /snapshots.',
          snapshotGeneration: null,
        };
      }
      const inputs: StatusInputs = [
        latest,
        readAt,
        configError?.occurredAt,
        utcDateOf(now),
      ];
      if (!this.cache || this.cache.inputs.some((v, i) => v !== inputs[i]))
        this.cache = { inputs, view: await this.build(latest, now) };
      return this.withStaleness(this.cache.view, now);
    } catch (e) {
      return this.degraded(e as Error, now);
    }
  }

  private degraded(error: Error, now: Date): StatusView {
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
    };
  }

  // Staleness moves with the clock even when nothing else changes.
  private withStaleness(view: StatusView, now: Date): StatusView {
    const stale = isSnapshotStale(
      view.status!.collectedAt,
      now,
      this.options.staleAfterMs,
    );
    return { ...view, status: { ...view.status!, stale }, stale };
  }

  private async build(
    latest: LatestOrganization,
    now: Date,
  ): Promise<StatusView> {
    const status = this.withGitAhead(
      this.compute(latest.full, now)!,
      latest.full,
      now,
    );
    return {
      available: true,
      source: snapshotSourceForReaders(latest.source),
      receivedAt: latest.receivedAt,
      driftSince: await this.driftSince(status),
      status,
      snapshotGeneration: latest.snapshotId,
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
    for (const meta of await withTimeout(
      this.store.history(),
      this.options.databaseTimeoutMs ?? 3000,
      DATABASE_UNREACHABLE,
    )) {
      if (meta.driftFingerprint !== current.driftFingerprint) break;
      since =
        Date.parse(meta.collectedAt) <= Date.parse(meta.receivedAt)
          ? meta.collectedAt
          : meta.receivedAt;
    }
    return since ?? status.collectedAt;
  }
}
