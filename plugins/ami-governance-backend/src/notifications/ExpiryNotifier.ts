import { LoggerService } from '@backstage/backend-plugin-api';
import { stringifyError } from '@backstage/errors';
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
  ExceptionEntry,
  GovernanceConfig,
  utcDateOf,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { Knex } from 'knex';
import type { ResolveRecipient } from './catalogRecipient';
import { Clock } from '../lib/clock';
import { expiryNotice, ExpiryNotice } from './expiryNotice';

const TABLE = 'ami_governance_expiry_notices';

type ExpiryNotifierOptions = {
  knex: Knex;
  notifications: NotificationService;
  config: () => GovernanceConfig | undefined;
  clock: Clock;
  logger: LoggerService;
  /** Whom a `requested_by` value reaches (catalogRecipient); throws when the value is malformed. */
  resolveRecipient: ResolveRecipient;
  /** One sentence on what lapses with this publisher (from the workload impact), when known. */
  whatBreaks?: (publisher: string) => Promise<string | undefined>;
  /** Absolute link to the exception's row on the AMI Governance page. */
  linkTo: (exception: ExceptionEntry) => string;
  thresholds?: readonly number[];
};

/**
 * The daily countdown for each exception's requester: at each threshold (14, 7, 1 days left) and on the
 * day it lapses, one notification per exception (a stable scope, so a later stage updates it). The
 * stage is claimed in the database before sending, so reruns and replicas never send it twice; a failed
 * send releases the claim for the next run. A stage counts as sent only when it reaches someone: a
 * requester the catalog does not know, or a group without members, is logged and tried again on the next
 * run. Each exception stands alone: one that cannot be notified never keeps the others from theirs.
 */
export class ExpiryNotifier {
  constructor(private readonly options: ExpiryNotifierOptions) {}

  /** Sends what is due today; returns how many notifications went out. */
  async run(): Promise<number> {
    const config = this.options.config();
    if (!config) return 0;
    const today = utcDateOf(this.options.clock());
    let sent = 0;
    for (const exception of config.exception_accounts) {
      const notice = expiryNotice(exception, today, this.options.thresholds);
      if (!notice) continue;
      try {
        if (await this.notify(exception, notice)) sent++;
      } catch (e) {
        this.options.logger.error(
          `Not notifying about the AMI exception for ${
            exception.account_id
          } (the other exceptions go ahead; the next run tries it again): ${stringifyError(
            e,
          )}`,
        );
      }
    }
    return sent;
  }

  /** The entity to notify, or why nobody would receive the notice and what to fix. */
  private async recipientOf(
    requester: string | undefined,
  ): Promise<{ entityRef: string } | { nobody: string }> {
    if (!requester)
      return {
        nobody:
          'requested_by is empty; set it to the user or group to tell in the governance config',
      };
    const recipient = await this.options.resolveRecipient(requester);
    if (!recipient)
      return {
        nobody: `requested_by "${requester}" is not a user or group in the catalog; correct it in the governance config, or add the entity to the catalog`,
      };
    if (recipient.users === 0)
      return {
        nobody: `requested_by ${recipient.entityRef} has no members in the catalog, so nobody would receive it; add members to the group (or name a user) and the next run sends it`,
      };
    return recipient;
  }

  private async notify(exception: ExceptionEntry, notice: ExpiryNotice) {
    const { logger } = this.options;
    const found = await this.recipientOf(exception.requested_by);
    if ('nobody' in found) {
      logger.warn(
        `Not notifying about the AMI exception for ${exception.account_id}: ${found.nobody}`,
      );
      return false;
    }
    const recipient = found.entityRef;
    const key = {
      account_id: exception.account_id,
      expires_on: exception.expires_on,
      stage: String(notice.stage),
    };
    if (!(await this.claim(key))) return false;
    try {
      await this.options.notifications.send({
        recipients: { type: 'entity', entityRef: recipient },
        payload: {
          title: notice.title,
          description: await this.describe(exception, notice),
          link: this.options.linkTo(exception),
          severity: notice.severity,
          topic: 'AMI exception expiry',
          scope: notice.scope,
        },
      });
      return true;
    } catch (e) {
      await this.options.knex(TABLE).where(key).delete();
      logger.error(
        `Could not notify ${recipient} about the AMI exception for ${
          exception.account_id
        }; the next run retries: ${stringifyError(e)}`,
      );
      return false;
    }
  }

  /** Inserts the stage's row; false when another run or replica already has it. */
  private async claim(key: Record<string, string>): Promise<boolean> {
    const inserted = await this.options
      .knex(TABLE)
      .insert({ ...key, sent_at: this.options.clock().toISOString() })
      .onConflict(['account_id', 'expires_on', 'stage'])
      .ignore()
      .returning('account_id');
    return inserted.length > 0;
  }

  private async describe(exception: ExceptionEntry, notice: ExpiryNotice) {
    const breaks = await this.options.whatBreaks?.(exception.account_id);
    const when =
      notice.stage === 'lapsed'
        ? `The exception ended on ${exception.expires_on}; launches from ${exception.account_id}'s AMIs are no longer allowed once the policies are regenerated.`
        : `Launches from ${exception.account_id}'s AMIs stop being allowed after ${exception.expires_on}.`;
    return [
      when,
      breaks,
      'Renew the exception with the request form, or move the workloads to golden AMIs.',
    ]
      .filter(Boolean)
      .join(' ');
  }
}
