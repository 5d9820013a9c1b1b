import type { GovernanceConfig } from '../config/schema';
import { addDays, IsoDate } from '../lib/dates';
import { computeAllowlist } from '../config/publishers';

/** An exception that is in today's allowlist and no longer in the allowlist of a later date. @public */
export type LapsingException = { provider: string; expiresOn: IsoDate };

/** The soonest `expires_on` that is today or later, or undefined when no exception is still active. @public */
export function nextExceptionExpiry(
  config: GovernanceConfig,
  today: IsoDate,
): IsoDate | undefined {
  let next: IsoDate | undefined;
  for (const e of config.exception_accounts) {
    if (e.expires_on >= today && (next === undefined || e.expires_on < next))
      next = e.expires_on;
  }
  return next;
}

/**
 * The date whose allowlist an impact question compares with today's when none is given: the day after
 * the next exception expiry, the first day that exception is gone (an exception expiring on D is still
 * allowed on D). Today when no exception is active, so nothing lapses.
 * @public
 */
export function defaultImpactDate(
  config: GovernanceConfig,
  today: IsoDate,
): IsoDate {
  const next = nextExceptionExpiry(config, today);
  return next === undefined ? today : addDays(next, 1);
}

/** The exceptions allowed today that the allowlist of `on` no longer holds, soonest expiry first. @public */
export function lapsingExceptions(
  config: GovernanceConfig,
  today: IsoDate,
  on: IsoDate,
): LapsingException[] {
  const later = new Set(computeAllowlist(config, on).providers);
  const now = new Set(computeAllowlist(config, today).providers);
  const lapsing = new Map<string, IsoDate>();
  for (const e of config.exception_accounts) {
    if (now.has(e.account_id) && !later.has(e.account_id)) {
      // An account listed twice lapses with its latest entry.
      const seen = lapsing.get(e.account_id);
      if (!seen || e.expires_on > seen) lapsing.set(e.account_id, e.expires_on);
    }
  }
  return [...lapsing]
    .map(([provider, expiresOn]) => ({ provider, expiresOn }))
    .sort(
      (a, b) =>
        a.expiresOn.localeCompare(b.expiresOn) ||
        a.provider.localeCompare(b.provider),
    );
}
