import { z } from 'zod';
import { policyTargetsSchema } from './policyTargets';
import { imageComplianceSchema } from '../lineage/imageCompliance';
import {
  ACCOUNT_ID_PATTERN,
  canonicalOwnerAlias,
  ownerAliasSpellings,
} from '../lib/accounts';
import { isIsoDate } from '../lib/dates';
import { DEFAULT_WARNING_DAYS, EXCEPTION_TYPE_NAMES } from './exceptionTypes';
import {
  EXCEPTION_MESSAGE_MAX_CHARS,
  exceptionMessageFor,
  isHttpsUrl,
} from './exceptionMessage';
import {
  dayCountSchema,
  imageNamesSchema,
  productCodesSchema,
} from './imageCriteriaFields';

// The schema of `config/ami_publishers.json`, accepting the files organizations already keep
// unchanged. Fields this product added are all optional.

const accountId = z
  .string({
    error:
      'must be a 12-digit AWS account ID written as a string in quotes (a number loses leading zeros)',
  })
  .regex(ACCOUNT_ID_PATTERN, {
    error: 'must be exactly 12 digits, e.g. "012345678901"',
  });

const isoDate = z
  .string({ error: 'must be a date string written YYYY-MM-DD' })
  .refine(isIsoDate, {
    error:
      'must be a real calendar date written YYYY-MM-DD (UTC), e.g. "2027-01-31"',
  });

const text = z.string({ error: 'must be a string' });

const ownerAlias = z
  .string({ error: 'must be an owner alias string' })
  .transform((value, ctx) => {
    const alias = canonicalOwnerAlias(value);
    if (!alias) {
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" is not an AMI owner alias; use one of ${ownerAliasSpellings().join(
          ', ',
        )} (account IDs belong in vendor_publisher_accounts)`,
      });
      return z.NEVER;
    }
    return alias;
  });

/** @public */
export const enforcementModeSchema = z.enum(['audit_mode', 'enabled'], {
  error: 'must be "audit_mode" (log, do not block) or "enabled" (block)',
});

/** @public */
export type EnforcementMode = z.infer<typeof enforcementModeSchema>;

const opsPublisherSchema = z.object({
  account_id: accountId,
  description: text.optional(),
  purpose: text.optional(),
  /** Only the ops publisher's AMIs named so are allowed (e.g. `acme-golden-*`). */
  image_names: imageNamesSchema.optional(),
});

const vendorPublisherSchema = z.object({
  account_id: accountId,
  vendor_name: text.min(1, { error: 'must name the vendor' }),
  description: text.optional(),
  business_justification: text.optional(),
  image_names: imageNamesSchema.optional(),
  /** Only the vendor's AMIs carrying one of these AWS Marketplace product codes are allowed. */
  marketplace_product_codes: productCodesSchema.optional(),
});

const exceptionSchema = z.object({
  account_id: accountId,
  expires_on: isoDate,
  reason: text.min(1, { error: 'must say why the exception is needed' }),
  exception_type: z
    .enum(EXCEPTION_TYPE_NAMES as [string, ...string[]], {
      error: `must be one of ${EXCEPTION_TYPE_NAMES.join(', ')}`,
    })
    .optional(),
  ticket: text.optional(),
  requested_by: text.optional(),
  requested_on: isoDate.optional(),
  approved_by: text.optional(),
  approval_date: isoDate.optional(),
  notes: text.optional(),
  /** The exception narrowed to the images it is for. */
  image_names: imageNamesSchema.optional(),
});

const exceptionMessage = text
  .min(1, { error: 'must not be empty; leave it out instead' })
  .max(EXCEPTION_MESSAGE_MAX_CHARS, {
    error: `must be at most ${EXCEPTION_MESSAGE_MAX_CHARS} characters`,
  });

const exceptionRequestUrl = z
  .string({ error: 'must be an https:// URL string' })
  .refine(isHttpsUrl, {
    abort: true,
    error:
      'must be an absolute https:// URL, e.g. "https://portal.example.com/create/templates/default/request-ami-exception"',
  })
  .refine(
    url => exceptionMessageFor(url).length <= EXCEPTION_MESSAGE_MAX_CHARS,
    {
      error: `is too long: the exception message written from it must stay within ${EXCEPTION_MESSAGE_MAX_CHARS} characters`,
    },
  );

const policyConfigFields = z.object({
  enforcement_mode: enforcementModeSchema.default('audit_mode'),
  block_public_ami_sharing: z
    .boolean({ error: 'must be true or false' })
    .default(true),
  deny_ami_creation_in_workloads: z
    .boolean({ error: 'must be true or false' })
    .default(true),
  exception_message: exceptionMessage.optional(),
  /** Where people request an exception; gives the exception message when none is written. */
  exception_request_url: exceptionRequestUrl.optional(),
  warning_days: z
    .number({ error: 'must be a whole number of days' })
    .int({ error: 'must be a whole number of days' })
    .min(0, { error: 'must be 0 or more' })
    .max(365, { error: 'must be at most 365' })
    .default(DEFAULT_WARNING_DAYS),
  /** An organization-wide cap on any exception's duration, on top of the per-type caps. */
  max_exception_duration_days: z
    .number({ error: 'must be a whole number of days' })
    .int({ error: 'must be a whole number of days' })
    .min(1, { error: 'must be 1 or more' })
    .optional(),
  /** Every criterion allows only AMIs created at most this many days ago. */
  max_image_age_days: dayCountSchema.optional(),
  /** Every criterion allows deprecated AMIs only this many days past their deprecation (0: none). */
  max_days_since_deprecated: dayCountSchema.optional(),
  additional_image_providers: z
    .array(ownerAlias, { error: 'must be a list of owner aliases' })
    .default([]),
  /** Where `apply` attaches both policies (roots, OUs, accounts); absent: the organization's root. */
  targets: policyTargetsSchema.optional(),
  ami_creation_allowed_accounts: z
    .array(accountId, { error: 'must be a list of account IDs' })
    .min(1, {
      error:
        'must name at least one AMI build account, or set deny_ami_creation_in_workloads to false',
    })
    .optional(),
});

/** `exception_message` falls back to a sentence pointing to `exception_request_url`. */
const policyConfigSchema = policyConfigFields.transform(pc =>
  pc.exception_message || !pc.exception_request_url
    ? pc
    : {
        ...pc,
        exception_message: exceptionMessageFor(pc.exception_request_url),
      },
);

/**
 * Free-form and kept as written, but its keys are checked against these: the two organizations
 * use, and the date the example repository's dates are relative to (scripts/prepare-example.mjs).
 */
const metadataSchema = z.looseObject({
  version: z.unknown().optional(),
  contact: z.unknown().optional(),
  example_dates_as_of: z.unknown().optional(),
});

/** @public */
export const governanceConfigSchema = z.object({
  ops_publisher_account: opsPublisherSchema,
  vendor_publisher_accounts: z
    .array(vendorPublisherSchema, { error: 'must be a list' })
    .default([]),
  exception_accounts: z
    .array(exceptionSchema, { error: 'must be a list' })
    .default([]),
  policy_config: policyConfigSchema.default(() => policyConfigSchema.parse({})),
  /** Optional compliance rules for AMIs (docs/lineage.md). */
  image_compliance: imageComplianceSchema.optional(),
  metadata: metadataSchema.optional(),
});

/** A parsed and normalised `ami_publishers.json`. @public */
export type GovernanceConfig = z.output<typeof governanceConfigSchema>;

/** One entry of `exception_accounts`. @public */
export type ExceptionEntry = GovernanceConfig['exception_accounts'][number];

/** One entry of `vendor_publisher_accounts`. @public */
export type VendorPublisher =
  GovernanceConfig['vendor_publisher_accounts'][number];
