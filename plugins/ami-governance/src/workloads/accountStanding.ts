import {
  describeCountdown,
  exceptionStatus,
  IsoDate,
  Publisher,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import type { Health } from '../organization/health';
import { CATEGORY_LABELS } from '../config/publisherRows';

/** Whether an account may publish AMIs today, and until when, in words. */
export type AccountStanding = {
  health: Health;
  headline: string;
  detail: string;
  /** Whether Git allows the account's AMIs today. */
  allowed: boolean;
  /** On what terms Git allows it, e.g. `until 2027-01-31 (69 days left)` or `as vendor (InfoBlox), no expiry`. */
  terms?: string;
  /** Set for an exception that has expired. */
  expiredOn?: string;
};

/** The standing of an account from its entries in the publisher list (none: not a publisher). */
export function accountStanding(
  entries: Publisher[],
  today: IsoDate,
  warningDays: number,
): AccountStanding {
  const permanent = entries.find(p => !p.exception);
  if (permanent) {
    const what = `${CATEGORY_LABELS[permanent.category].toLowerCase()}${
      permanent.name ? ` (${permanent.name})` : ''
    }`;
    return {
      health: 'ok',
      headline: `Allowed publisher: ${what}, no expiry`,
      allowed: true,
      terms: `as ${what}, no expiry`,
      detail:
        'AMIs this account publishes may be launched across the organization.',
    };
  }
  // The latest expiry wins when an account was (wrongly) listed twice.
  const exceptions = entries
    .filter(p => p.exception)
    .sort((a, b) =>
      b.exception!.expires_on.localeCompare(a.exception!.expires_on),
    );
  const latest = exceptions[0]?.exception;
  if (!latest) {
    return {
      health: 'unknown',
      headline: 'Not an allowed publisher',
      allowed: false,
      detail:
        'AMIs from this account are not in the allowlist. If workloads need them, use Request an exception.',
    };
  }
  const status = exceptionStatus(latest.expires_on, today, warningDays);
  const countdown = describeCountdown(status.daysRemaining);
  const ticket = latest.ticket ? ` (${latest.ticket})` : '';
  if (status.state === 'expired') {
    return {
      health: 'error',
      headline: `Not allowed: exception expired on ${latest.expires_on} (${countdown})`,
      allowed: false,
      expiredOn: latest.expires_on,
      detail: `The exception${ticket} must be removed from the config or renewed through Request an exception.`,
    };
  }
  const terms = `until ${latest.expires_on} (${countdown})`;
  return {
    health: status.state === 'expiring' ? 'warning' : 'ok',
    headline: `Allowed publisher ${terms}`,
    allowed: true,
    terms,
    detail:
      status.state === 'expiring'
        ? `The exception${ticket} ends soon: migrate to golden AMIs or request an extension.`
        : `Allowed by exception${ticket}; it ends at the end of ${latest.expires_on} (UTC).`,
  };
}
