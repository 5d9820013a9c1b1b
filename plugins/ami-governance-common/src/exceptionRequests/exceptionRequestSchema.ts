import { z } from 'zod/v3';
import { ACCOUNT_ID_PATTERN } from '../lib/accounts';
import { isIsoDate } from '../lib/dates';
import type { Finding, FindingCode } from '../lib/findings';
import {
  IMAGE_NAME_CHARACTERS,
  imageNamesProblem,
} from '../config/imageCriteriaFields';
import { IMAGE_CRITERION_LIMITS } from '../policies/limits';
import {
  EXCEPTION_TYPE_NAMES,
  EXCEPTION_TYPES,
  ExceptionType,
} from '../config/exceptionTypes';

// The fields of an exception request, defined once: the scaffolder action declares its input with
// {@link exceptionRequestInputSchema} (zod v3, the version the scaffolder turns into a JSON schema),
// and {@link exceptionRequestFieldFindings} turns what the schema refuses into findings that name
// the field and say the fix. The rules between fields (one of expiry or duration, the caps, the date
// against today) are code, in `exceptionRequestExpiry.ts` and `exceptionRequest.ts`.

/** A ticket key such as `CLOUD-1234`: a letter, letters/digits/underscores, a hyphen, digits. @public */
export const EXCEPTION_TICKET_PATTERN = /^[A-Za-z][A-Za-z0-9_]*-[0-9]+$/;

/** @public */
export const EXCEPTION_TICKET_MAX_LENGTH = 64;

/** The shortest reason accepted for an exception request. @public */
export const MIN_EXCEPTION_REASON_LENGTH = 20;

/** How an expiry date is written: the JSON schema's pattern; the day must also exist. */
const ISO_DATE_FORMAT = /^\d{4}-\d{2}-\d{2}$/;

/** Each type with its title, cap and approvers, as the action's documentation states them. @public */
export function describeExceptionTypes(): string {
  return EXCEPTION_TYPE_NAMES.map(
    t =>
      `\`${t}\` (${EXCEPTION_TYPES[t].title}): at most ${
        EXCEPTION_TYPES[t].maxDays
      } days, approved by ${EXCEPTION_TYPES[t].approvers.join(' and ')}`,
  ).join('; ');
}

/**
 * What a requester fills in: the scaffolder action's input (which adds its own `requestedBy` and
 * the inputs only app-config decides). Either `expiresOn` or `durationDays`, which the schema alone
 * cannot say: see `checkExpiry`.
 * @public
 */
export const exceptionRequestInputSchema = z.object({
  accountId: z
    .string()
    .regex(ACCOUNT_ID_PATTERN)
    .describe(
      'The AWS account whose AMIs are to be allowed: exactly 12 digits, as a string (leading zeros matter).',
    ),
  exceptionType: z
    .enum(EXCEPTION_TYPE_NAMES as [ExceptionType, ...ExceptionType[]])
    .describe(`The kind of exception. ${describeExceptionTypes()}.`),
  expiresOn: z
    .string()
    .regex(ISO_DATE_FORMAT)
    .refine(isIsoDate)
    .optional()
    .describe(
      'Last day the exception is active, YYYY-MM-DD (UTC). Give this or durationDays, not both.',
    ),
  durationDays: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe(
      'Days from today (UTC) the exception lasts, instead of expiresOn.',
    ),
  ticket: z
    .string()
    .max(EXCEPTION_TICKET_MAX_LENGTH)
    .regex(EXCEPTION_TICKET_PATTERN)
    .describe(
      'Ticket key tracking the request, e.g. CLOUD-1234 (letters, digits or _, a hyphen, digits). Names the branch.',
    ),
  reason: z
    .string()
    .trim()
    .min(MIN_EXCEPTION_REASON_LENGTH)
    .describe(
      `Why the account needs AMIs outside the golden images: at least ${MIN_EXCEPTION_REASON_LENGTH} characters.`,
    ),
  notes: z
    .string()
    .optional()
    .describe('Anything reviewers should know; stored in notes.'),
  imageNames: z
    .array(
      z
        .string()
        .min(1)
        .max(IMAGE_CRITERION_LIMITS.imageNameMaxChars)
        .regex(IMAGE_NAME_CHARACTERS),
    )
    .max(IMAGE_CRITERION_LIMITS.imageNamesPerCriterion)
    // AWS's rule between length and `?`, and the messages, are the config's.
    .refine(names => names.length === 0 || !imageNamesProblem(names))
    .optional()
    .describe(
      "Optional. Narrows the exception to the AMIs named so (image_names): patterns with * (any run) and ? (one character), e.g. legacy-batch-*. Letters, digits, spaces and ( ) [ ] . / - ' @ _; at most 50. Empty: every AMI of the account.",
    ),
});

/** A whole request: the input with who asks (resolved) and an optional approver. @public */
export const exceptionRequestSchema = exceptionRequestInputSchema.extend({
  requestedBy: z
    .string()
    .trim()
    .min(1)
    .describe('Entity ref or name of whoever asks.'),
  approvedBy: z
    .string()
    .optional()
    .describe(
      'Optional at request time: the merge request review is the approval.',
    ),
});

type Field = keyof z.infer<typeof exceptionRequestSchema>;

/** The finding code and the fix for a field the schema refuses, given the value found. */
const FIXES: Partial<
  Record<Field, { code: FindingCode; fix: (value: unknown) => string }>
> = {
  accountId: {
    code: 'malformed-account-id',
    fix: v =>
      `accountId must be exactly 12 digits written as a string, e.g. "012345678901" (got ${JSON.stringify(
        v,
      )}).`,
  },
  exceptionType: {
    code: 'schema',
    fix: v =>
      `exceptionType must be one of ${EXCEPTION_TYPE_NAMES.join(
        ', ',
      )} (got ${JSON.stringify(v)}).`,
  },
  expiresOn: {
    code: 'invalid-date',
    fix: v =>
      `expiresOn must be a real calendar date written YYYY-MM-DD, e.g. "2027-01-31" (got ${JSON.stringify(
        v,
      )}).`,
  },
  durationDays: {
    code: 'schema',
    fix: v =>
      `durationDays must be a whole number of days, 1 or more (got ${JSON.stringify(
        v,
      )}).`,
  },
  reason: {
    code: 'schema',
    fix: v =>
      `reason must say why the exception is needed in at least ${MIN_EXCEPTION_REASON_LENGTH} characters (got ${
        typeof v === 'string' ? v.trim().length : 0
      }).`,
  },
  ticket: {
    code: 'schema',
    fix: v =>
      `ticket must be a ticket key such as CLOUD-1234 (letters, digits or _, a hyphen, then digits; at most ${EXCEPTION_TICKET_MAX_LENGTH} characters), got ${JSON.stringify(
        v,
      )}.`,
  },
  imageNames: {
    code: 'schema',
    fix: v =>
      `imageNames ${
        imageNamesProblem(v) ?? 'must be a list of image name patterns'
      }, e.g. ["legacy-batch-*"] (got ${JSON.stringify(v)}).`,
  },
  requestedBy: {
    code: 'schema',
    fix: () =>
      'requestedBy must name who asks for the exception (an entity ref such as user:default/jane).',
  },
};

/**
 * Whether `value` is a usable value of one of the expiry fields, by the schema. `checkExpiry` uses it
 * before the rules between them.
 * @internal
 */
export function isValidExpiryField(
  field: 'expiresOn' | 'durationDays',
  value: unknown,
): boolean {
  return exceptionRequestInputSchema.shape[field].safeParse(value).success;
}

/**
 * The finding for a request field the schema refuses: `path` is the field, the message the fix.
 * @internal
 */
export function requestFieldFinding(field: string, value: unknown): Finding {
  const known = FIXES[field as Field];
  return {
    severity: 'error',
    code: known?.code ?? 'schema',
    path: field,
    message:
      known?.fix(value) ??
      `${field} is not valid (got ${JSON.stringify(value)}).`,
  };
}

/**
 * What the schema refuses in a request, one finding per field in the schema's order, leaving out
 * `expiresOn` and `durationDays`: which one counts depends on the other, so `checkExpiry` says it.
 * @public
 */
export function exceptionRequestFieldFindings(request: unknown): Finding[] {
  const result = exceptionRequestSchema.safeParse(request);
  if (result.success) return [];
  const values = (request ?? {}) as Record<string, unknown>;
  const fields = new Set(
    result.error.issues
      .map(issue => String(issue.path[0] ?? ''))
      .filter(f => f && f !== 'expiresOn' && f !== 'durationDays'),
  );
  return [...fields].map(f => requestFieldFinding(f, values[f]));
}
