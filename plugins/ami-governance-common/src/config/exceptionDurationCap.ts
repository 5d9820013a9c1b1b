import {
  EXCEPTION_TYPES,
  ExceptionType,
  UNTYPED_EXCEPTION_MAX_DAYS,
} from '../rules/exceptionTypes';

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
