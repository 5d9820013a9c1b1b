import { daysBetween, IsoDate } from '../lib/dates';
import { DEFAULT_WARNING_DAYS } from './exceptionTypes';

/**
 * `active` while `expires_on >= today`; `expiring` when active with at most `warningDays` left;
 * `expired` once `expires_on < today`. An exception expiring today is active with 0 days left.
 * @public
 */
export type ExceptionState = 'active' | 'expiring' | 'expired';

/** @public */
export type ExceptionStatus = {
  state: ExceptionState;
  /** Days from today to the expiry date: 0 on the last day, negative once expired. */
  daysRemaining: number;
  /** True for `active` and `expiring`: the exception belongs in the allowlist today. */
  inAllowlist: boolean;
};

/** @public */
export function exceptionStatus(
  expiresOn: IsoDate,
  today: IsoDate,
  warningDays: number = DEFAULT_WARNING_DAYS,
): ExceptionStatus {
  const daysRemaining = daysBetween(today, expiresOn);
  if (daysRemaining < 0)
    return { state: 'expired', daysRemaining, inAllowlist: false };
  return {
    state: daysRemaining <= warningDays ? 'expiring' : 'active',
    daysRemaining,
    inAllowlist: true,
  };
}

/** `12 days left`, `1 day left`, `expires today`, `expired yesterday`, `expired 3 days ago`. @public */
export function describeCountdown(daysRemaining: number): string {
  if (daysRemaining > 1) return `${daysRemaining} days left`;
  if (daysRemaining === 1) return '1 day left';
  if (daysRemaining === 0) return 'expires today';
  if (daysRemaining === -1) return 'expired yesterday';
  return `expired ${-daysRemaining} days ago`;
}

/**
 * The exception filters of the publisher and exception lists, by state: `active` takes every
 * exception in the allowlist, expiring ones included; `expiring` those inside the warning window;
 * `expired` those past their date still in the config.
 * @public
 */
export type ExceptionStateFilter = 'active' | 'expiring' | 'expired';

const STATE_FILTERS: Record<
  ExceptionStateFilter,
  (state: ExceptionState) => boolean
> = {
  active: state => state !== 'expired',
  expiring: state => state === 'expiring',
  expired: state => state === 'expired',
};

/** Whether an exception in `state` is listed under `filter` (see {@link ExceptionStateFilter}). @public */
export function matchesExceptionStateFilter(
  filter: ExceptionStateFilter,
  state: ExceptionState,
): boolean {
  return STATE_FILTERS[filter](state);
}
