import { addDays, daysBetween } from '../lib/dates';
import type { Finding } from '../lib/findings';
import type { Publisher } from './publishers';
import {
  EXCEPTION_TYPES,
  ExceptionType,
  UNTYPED_EXCEPTION_MAX_DAYS,
} from './exceptionTypes';

/** The longest an exception may run, and which rule says so. @public */
export interface ExceptionDurationCap {
  maxDays: number;
  /** `type`: the exception type's own cap; `organization`: `policy_config.max_exception_duration_days`. */
  appliedBy: 'type' | 'organization';
  /** The rule in words, starting lower case: `a migration exception may run at most 90 days`. */
  rule: string;
}

const article = (word: string) => (/^[aeiou]/i.test(word) ? 'an' : 'a');

/**
 * The cap on an exception's duration: its type's (migration 90, vendor_poc 60, emergency 30 days;
 * the longest when it has no type), lowered by the organization-wide
 * `policy_config.max_exception_duration_days` when that is smaller. The one place both
 * validation and exception requests take the cap from.
 * @public
 */
export function exceptionDurationCap(
  type: ExceptionType | undefined,
  organizationMaxDays?: number,
): ExceptionDurationCap {
  const typeMaxDays = type
    ? EXCEPTION_TYPES[type].maxDays
    : UNTYPED_EXCEPTION_MAX_DAYS;
  const kind = type
    ? `${article(type)} ${type} exception`
    : 'an exception without a type';
  if (organizationMaxDays !== undefined && organizationMaxDays < typeMaxDays) {
    return {
      maxDays: organizationMaxDays,
      appliedBy: 'organization',
      rule: `the organization's cap (policy_config.max_exception_duration_days) limits every exception to ${organizationMaxDays} days, below the ${typeMaxDays} days ${kind} could otherwise run`,
    };
  }
  return {
    maxDays: typeMaxDays,
    appliedBy: 'type',
    rule: `${kind} may run at most ${typeMaxDays} days`,
  };
}

/**
 * Whether an exception's duration can be established and stays within its cap: from approval_date
 * (or requested_on, for a request not approved yet) to expires_on. No exception is permanent, so one
 * with neither date is an error like one over its cap; generatePolicies leaves none of them in a policy.
 * @public
 */
export function exceptionDurationFindings(
  p: Publisher,
  organizationMaxDays: number | undefined,
): Finding[] {
  const e = p.exception!;
  // A new request has no approval yet: its duration counts from the request date.
  const startField = (['approval_date', 'requested_on'] as const).find(
    field => e[field],
  );
  if (!startField) {
    return [
      {
        severity: 'error',
        code: 'exception-start-missing',
        path: `${p.path}.approval_date`,
        message: `Exception for ${p.provider} has neither approval_date nor requested_on, so its duration cannot be established and it could run forever. Add the approval_date (YYYY-MM-DD) it was approved on; the expiry must be within its type's cap from that date.`,
      },
    ];
  }
  const start = e[startField]!;
  const duration = daysBetween(start, e.expires_on);
  if (duration < 0) {
    return [
      {
        severity: 'error',
        code: 'exception-dates-reversed',
        path: `${p.path}.${startField}`,
        message: `Exception for ${p.provider} has ${startField} ${start} after its expires_on ${e.expires_on}. Correct one of the dates.`,
      },
    ];
  }
  const cap = exceptionDurationCap(
    e.exception_type as ExceptionType | undefined,
    organizationMaxDays,
  );
  if (duration <= cap.maxDays) return [];
  return [
    {
      severity: 'error',
      code: 'exception-duration-exceeded',
      path: `${p.path}.expires_on`,
      message: `Exception for ${
        p.provider
      } runs ${duration} days from ${startField} ${start} to ${e.expires_on}; ${
        cap.rule
      }. Set expires_on to ${addDays(
        start,
        cap.maxDays,
      )} or earlier, or make the need permanent as a golden AMI or vendor entry.`,
    },
  ];
}
