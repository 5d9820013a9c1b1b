import {
  daysBetween,
  describeCountdown,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import type {
  ExceptionEntry,
  IsoDate,
} from '@ami-governance/backstage-plugin-ami-governance-common';

/** Days before expiry at which the requester hears of it, by default; plus the day it lapses. @public */
export const DEFAULT_EXPIRY_NOTICE_DAYS = [14, 7, 1] as const;

/** A countdown stage: days left at a threshold, or `lapsed` (the first day the exception no longer counts). @public */
export type ExpiryStage = number | 'lapsed';

/** @public */
export type ExpiryNotice = {
  stage: ExpiryStage;
  daysRemaining: number;
  severity: 'low' | 'normal' | 'high' | 'critical';
  title: string;
  /** One notification per exception and expiry date: later stages update it instead of adding more. */
  scope: string;
};

/** How soon a stage is: lapsed ranks above every threshold, a smaller threshold above a larger one. @public */
export function stageRank(stage: ExpiryStage): number {
  return stage === 'lapsed' ? Number.MAX_SAFE_INTEGER : -stage;
}

/**
 * The stage an exception is at on `today`: the smallest threshold not yet passed (so a day the job
 * missed still yields the stage, once), `lapsed` from the day after `expires_on` until `lapsedDays`
 * later, else undefined (too early, or lapsed long ago).
 * @public
 */
export function expiryStage(
  expiresOn: IsoDate,
  today: IsoDate,
  thresholds: readonly number[] = DEFAULT_EXPIRY_NOTICE_DAYS,
  lapsedDays = 7,
): ExpiryStage | undefined {
  const days = daysBetween(today, expiresOn);
  if (days < 0) return -days <= lapsedDays ? 'lapsed' : undefined;
  const reached = thresholds.filter(t => days <= t);
  return reached.length ? Math.min(...reached) : undefined;
}

function severityOf(stage: ExpiryStage): ExpiryNotice['severity'] {
  if (stage === 'lapsed' || stage <= 1) return 'critical';
  return stage <= 7 ? 'high' : 'normal';
}

/**
 * What to tell an exception's requester on `today`, if anything: undefined before the first threshold
 * and once it lapsed long ago. The caller sends it only when the stage is more urgent than the last sent.
 * @public
 */
export function expiryNotice(
  exception: Pick<ExceptionEntry, 'account_id' | 'expires_on'>,
  today: IsoDate,
  thresholds?: readonly number[],
): ExpiryNotice | undefined {
  const stage = expiryStage(exception.expires_on, today, thresholds);
  if (stage === undefined) return undefined;
  const daysRemaining = daysBetween(today, exception.expires_on);
  const title =
    stage === 'lapsed'
      ? `AMI exception for ${exception.account_id} has lapsed: its AMIs are no longer allowed`
      : `AMI exception for ${exception.account_id} ${describeCountdown(
          daysRemaining,
        )} (until ${exception.expires_on})`;
  return {
    stage,
    daysRemaining,
    severity: severityOf(stage),
    title,
    scope: `ami-governance:exception:${exception.account_id}:${exception.expires_on}`,
  };
}
