import {
  ExceptionDurationCap,
  exceptionDurationCap,
} from '../config/exceptionDurationCap';
import { addDays, daysBetween, isIsoDate, IsoDate } from '../lib/dates';
import { checkExpiry, checkExtensionDate } from './exceptionRequestExpiry';
import {
  DEFAULT_WARNING_DAYS,
  EXCEPTION_TYPE_NAMES,
  ExceptionType,
} from '../config/exceptionTypes';

// What the form's date picker says about a chosen expiry, with the checks the action makes: the cap
// that applies and the latest date it allows, the days counted from today, when the warning window
// starts, and any refusal, worded as the action words it.

/** @public */
export interface ExpiryChoiceInput {
  /** The form's exception type; unknown or empty: no cap is shown yet. */
  exceptionType?: string;
  expiresOn?: string;
  today: IsoDate;
  /** `policy_config.max_exception_duration_days`. */
  organizationMaxDays?: number;
  /** `policy_config.warning_days` (14 unless configured). */
  warningDays?: number;
  /** The account's active exception, which an extension must outlast. */
  currentExpiry?: IsoDate;
  accountId?: string;
}

/** @public */
export interface ExpiryChoice {
  cap?: ExceptionDurationCap;
  /** The latest date allowed: today plus the cap. */
  latest?: IsoDate;
  /** `A migration exception may run at most 90 days: until 2027-02-26.` */
  capText?: string;
  /** The earliest date allowed: the day after the current expiry for an extension, else today. */
  earliest: IsoDate;
  /** Days from today to the chosen date. */
  days?: number;
  /** `45 days from today (2026-11-23, UTC).` */
  daysText?: string;
  /** When the exception will be listed as expiring, and what that means. */
  warning?: string;
  /** Why the action would refuse the date; empty when it would accept it. */
  problems: string[];
}

const typeOf = (name?: string): ExceptionType | undefined =>
  EXCEPTION_TYPE_NAMES.find(t => t === name);

const capitalized = (text: string) =>
  `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

function describeDays(days: number, today: IsoDate): string {
  if (days === 0)
    return `Today (${today}, UTC): the exception would end tonight.`;
  return `${days} day${days === 1 ? '' : 's'} from today (${today}, UTC).`;
}

function describeWarning(
  expiresOn: IsoDate,
  days: number,
  warningDays: number,
): string {
  if (days <= warningDays) {
    return `Within the ${warningDays}-day warning window from the start: the exception is listed as expiring at once, and the daily check warns every day until ${expiresOn}.`;
  }
  return `From ${addDays(
    expiresOn,
    -warningDays,
  )} (${warningDays} days before it ends) the exception is listed as expiring and the daily check warns, leaving time to finish the work or ask for an extension.`;
}

/** @public */
export function describeExpiryChoice(input: ExpiryChoiceInput): ExpiryChoice {
  const { today, expiresOn, currentExpiry } = input;
  const type = typeOf(input.exceptionType);
  const cap = type && exceptionDurationCap(type, input.organizationMaxDays);
  const latest = cap && addDays(today, cap.maxDays);
  const earliest =
    currentExpiry && daysBetween(today, currentExpiry) >= 0
      ? addDays(currentExpiry, 1)
      : today;
  const choice: ExpiryChoice = {
    cap,
    latest,
    capText: cap && `${capitalized(cap.rule)}: until ${latest}.`,
    earliest,
    problems: [],
  };
  if (!expiresOn) return choice;

  const checked = checkExpiry(
    { expiresOn },
    today,
    type,
    input.organizationMaxDays,
  );
  choice.problems = checked.findings.map(f => f.message);
  if (!isIsoDate(expiresOn)) return choice;
  const days = daysBetween(today, expiresOn);
  choice.days = days;
  choice.daysText = describeDays(days, today);
  if (days >= 0) {
    choice.warning = describeWarning(
      expiresOn,
      days,
      input.warningDays ?? DEFAULT_WARNING_DAYS,
    );
  }
  const reversed =
    checked.expiresOn &&
    currentExpiry &&
    daysBetween(today, currentExpiry) >= 0 &&
    checkExtensionDate(
      { expiresOn, accountId: input.accountId ?? 'This account' },
      currentExpiry,
      checked.expiresOn,
    );
  if (reversed) choice.problems.push(reversed.message);
  return choice;
}
