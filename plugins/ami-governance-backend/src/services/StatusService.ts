import {
  computeOrganizationStatus,
  expectedPoliciesOf,
  isSnapshotStale,
  OrganizationSnapshot,
  OrganizationStatus,
  utcDateOf,
} from 'ami-governance-common';
import { GovernanceConfigSource } from './GovernanceConfigSource';
import { summarizeDrift } from './driftSummary';
import { SnapshotStore, StoredSnapshotMeta } from './SnapshotStore';

export type StatusView = {
  available: boolean;
  reason?: string;
  source?: string;
  receivedAt?: string;
  driftSince?: string | null;
  status?: OrganizationStatus;
};

/**
 * Organization status for page requests: the newest stored snapshot against what the config
 * generates today. Parsing a 5,000-account snapshot and computing coverage takes milliseconds, so the
 * result is cached until the snapshot, the config or the date changes; a request costs one small query.
 */
export class StatusService {
  private cache?: { key: string; view: StatusView };

  constructor(
    private readonly store: SnapshotStore,
    private readonly configSource: GovernanceConfigSource,
    private readonly staleAfterMs: number,
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
      {
        now,
        staleAfterMs: this.staleAfterMs,
      },
    );
  }

  async view(now: Date): Promise<StatusView> {
    const { config, readAt } = this.configSource.current();
    if (!config)
      return {
        available: false,
        reason: 'The governance config has not been read successfully yet.',
      };
    const latest = await this.store.latestMeta();
    if (!latest) {
      return {
        available: false,
        reason:
          'No organization snapshot yet: configure a source, or POST one to /snapshots.',
      };
    }
    const key = `${latest.id}|${readAt}|${utcDateOf(now)}`;
    if (this.cache?.key !== key)
      this.cache = { key, view: await this.build(latest, now) };
    const { view } = this.cache;
    // Staleness moves with the clock even when nothing else changes.
    const stale = isSnapshotStale(
      view.status!.collectedAt,
      now,
      this.staleAfterMs,
    );
    return { ...view, status: { ...view.status!, stale } };
  }

  private async build(
    latest: StoredSnapshotMeta,
    now: Date,
  ): Promise<StatusView> {
    const stored = await this.store.get(latest.id);
    const status = this.compute(stored!.snapshot, now)!;
    return {
      available: true,
      source: latest.source,
      receivedAt: latest.receivedAt,
      driftSince: await this.driftSince(status),
      status,
    };
  }

  /** The oldest snapshot of the unbroken run showing this same drift, newest first. */
  private async driftSince(status: OrganizationStatus): Promise<string | null> {
    const current = summarizeDrift(status);
    if (current.verdict !== 'drifted') return null;
    let since = status.collectedAt;
    for (const meta of await this.store.history()) {
      if (meta.driftFingerprint !== current.driftFingerprint) break;
      since = meta.collectedAt;
    }
    return since;
  }
}
