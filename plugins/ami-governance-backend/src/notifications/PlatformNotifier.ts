import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { Knex } from 'knex';
import type { ResolveRecipient } from './catalogRecipient';
import { Clock } from '../lib/clock';

const TABLE = 'ami_governance_platform_notices';

/** What the platform group is told about: the newest drift verdict and the readiness count. */
type PlatformPicture = {
  drift?: { verdict: string; fingerprint: string };
  /** Launches switching to `enabled` would block today, when workloads were collected. */
  blockedLaunches?: number;
};

/**
 * Tells the platform engineers' group once when drift appears (or turns into another drift) and when
 * the readiness picture gets worse (more launches `enabled` would block than when last told). What was
 * told is kept in the database, so reruns and replicas stay quiet until something changes. A notice is
 * kept as told only when it reached someone: while the group is missing from the catalog or has no
 * members, it is logged and told on a later check.
 */
export class PlatformNotifier {
  constructor(
    private readonly options: {
      knex: Knex;
      notifications: NotificationService;
      group: string;
      /** Whom the group reaches (catalogRecipient). */
      resolveRecipient: ResolveRecipient;
      clock: Clock;
      logger: LoggerService;
      /** Absolute link to the AMI Governance page. */
      pageUrl: string;
    },
  ) {}

  async check(picture: PlatformPicture): Promise<void> {
    const { drift, blockedLaunches } = picture;
    if (drift) {
      const last = await this.lastTold('drift');
      if (drift.verdict === 'drifted' && last !== drift.fingerprint)
        await this.tell(
          'drift',
          drift.fingerprint,
          'AMI governance: the policies in AWS drifted from Git',
          'high',
        );
      else if (drift.verdict === 'in_sync' && last !== 'in_sync')
        await this.remember('drift', 'in_sync');
    }
    if (blockedLaunches !== undefined) {
      const last = await this.lastTold('readiness');
      if (last !== undefined && blockedLaunches > Number(last))
        await this.tell(
          'readiness',
          String(blockedLaunches),
          `AMI governance: switching to enabled would now block ${blockedLaunches} launches (was ${last})`,
          'normal',
        );
      else if (last !== String(blockedLaunches))
        await this.remember('readiness', String(blockedLaunches));
    }
  }

  private async lastTold(kind: string): Promise<string | undefined> {
    const row = await this.options.knex(TABLE).where({ kind }).first();
    return row?.value;
  }

  private async remember(kind: string, value: string) {
    await this.options
      .knex(TABLE)
      .insert({ kind, value, told_at: this.options.clock().toISOString() })
      .onConflict('kind')
      .merge();
  }

  private async tell(
    kind: string,
    value: string,
    title: string,
    severity: 'normal' | 'high',
  ) {
    const { group, logger } = this.options;
    const recipient = await this.options.resolveRecipient(group);
    if (!recipient?.users) {
      logger.warn(
        `Not telling ${group} "${title}" yet: ${
          recipient
            ? 'the group has no members in the catalog'
            : 'the group is not in the catalog'
        }. It is told once the group reaches someone; check notifications.platformGroup.`,
      );
      return;
    }
    await this.options.notifications.send({
      recipients: { type: 'entity', entityRef: this.options.group },
      payload: {
        title,
        link: this.options.pageUrl,
        severity,
        topic: 'AMI governance',
        scope: `ami-governance:platform:${kind}`,
      },
    });
    await this.remember(kind, value);
  }
}
