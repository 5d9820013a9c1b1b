// The exception types, their maximum durations and the approvals each needs (governance-model.md).

/** @public */
export const EXCEPTION_TYPES = {
  migration: {
    title: 'Migration',
    maxDays: 90,
    approvers: ['security lead', 'cloud architect'],
  },
  vendor_poc: {
    title: 'Vendor proof of concept / pilot',
    maxDays: 60,
    approvers: ['engineering manager', 'CTO'],
  },
  emergency: {
    title: 'Emergency',
    maxDays: 30,
    approvers: ['security lead', 'VP engineering'],
  },
} as const;

/** @public */
export type ExceptionType = keyof typeof EXCEPTION_TYPES;

/** @public */
export const EXCEPTION_TYPE_NAMES = Object.keys(
  EXCEPTION_TYPES,
) as ExceptionType[];

/**
 * The cap applied when an exception names no type: the longest of any type, since no exception may
 * be permanent. Validation warns so the file gains a type.
 * @public
 */
export const UNTYPED_EXCEPTION_MAX_DAYS = Math.max(
  ...EXCEPTION_TYPE_NAMES.map(t => EXCEPTION_TYPES[t].maxDays),
);

/** Days before expiry in which an exception counts as expiring, unless the config says otherwise. @public */
export const DEFAULT_WARNING_DAYS = 14;
