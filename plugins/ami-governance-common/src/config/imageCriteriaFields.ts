import { z } from 'zod';
import { IMAGE_CRITERION_LIMITS as LIMITS } from '../policies/limits';

// The config keys that narrow an Allowed AMIs criterion beyond its publisher, validated as AWS
// validates the criterion it becomes: a file `validate` passes is one AWS accepts.

/** AWS's characters for an image name pattern: letters, digits, spaces, ( ) [ ] . / - ' \@ _ and the wildcards * ?. @public */
export const IMAGE_NAME_CHARACTERS = /^[A-Za-z0-9 ()[\]./\-'@_*?]+$/;

const PRODUCT_CODE = /^[A-Za-z0-9]+$/;

/** One `image_names` pattern: `*` any run of characters, `?` exactly one. @public */
export const imageNamePatternSchema = z
  .string({
    error: 'must be an image name pattern string, e.g. "acme-golden-*"',
  })
  .min(1, { error: 'must not be empty' })
  .max(LIMITS.imageNameMaxChars, {
    error: `must be at most ${LIMITS.imageNameMaxChars} characters (AWS's limit for an image name)`,
  })
  .regex(IMAGE_NAME_CHARACTERS, {
    error:
      "may hold only letters, digits, spaces, ( ) [ ] . / - ' @ _ and the wildcards * and ?; remove the other characters",
  })
  .refine(
    name =>
      !name.includes('?') ||
      name.length >= LIMITS.imageNameWithQuestionMarkMinChars,
    {
      error: `must be at least ${LIMITS.imageNameWithQuestionMarkMinChars} characters when it holds ?: AWS refuses shorter ones; write "*" to match any name`,
    },
  );

/** `image_names`: the names a publisher's AMIs must match (any one of them). @public */
export const imageNamesSchema = z
  .array(imageNamePatternSchema, {
    error: 'must be a list of image name patterns, e.g. ["acme-golden-*"]',
  })
  .min(1, {
    error:
      'must name at least one pattern; leave the key out to allow every name',
  })
  .max(LIMITS.imageNamesPerCriterion, {
    error: `must hold at most ${LIMITS.imageNamesPerCriterion} patterns (AWS's limit per criterion); use wildcards to merge names`,
  });

/** `marketplace_product_codes`: the AWS Marketplace products a publisher's AMIs must carry (any one). @public */
export const productCodesSchema = z
  .array(
    z
      .string({ error: 'must be a product code string' })
      .min(1, { error: 'must not be empty' })
      .max(LIMITS.productCodeMaxChars, {
        error: `must be at most ${LIMITS.productCodeMaxChars} characters (AWS's limit for a product code)`,
      })
      .regex(PRODUCT_CODE, {
        error:
          'must hold only letters and digits, as AWS Marketplace writes a product code (e.g. "abcdefg1234567890")',
      }),
    { error: 'must be a list of AWS Marketplace product codes' },
  )
  .min(1, {
    error:
      'must name at least one product code; leave the key out to allow any product',
  })
  .max(LIMITS.productCodesPerCriterion, {
    error: `must hold at most ${LIMITS.productCodesPerCriterion} product codes (AWS's limit per criterion)`,
  });

/** `max_image_age_days` / `max_days_since_deprecated`: a whole number of days AWS accepts. @public */
export const dayCountSchema = z
  .number({ error: 'must be a whole number of days' })
  .int({ error: 'must be a whole number of days' })
  .min(0, { error: 'must be 0 or more' })
  .max(LIMITS.maxDays, {
    error: `must be at most ${LIMITS.maxDays.toLocaleString(
      'en-US',
    )} (AWS's limit)`,
  });

/**
 * What is wrong with an `image_names` value, in the config's words ("[0] must be at most 128
 * characters…"), or undefined when AWS would accept it. The exception request form says the same.
 * @public
 */
export function imageNamesProblem(value: unknown): string | undefined {
  const parsed = imageNamesSchema.safeParse(value);
  if (parsed.success) return undefined;
  const issue = parsed.error.issues[0];
  const at = issue.path.map(p => `[${String(p)}]`).join('');
  return `${at ? `${at} ` : ''}${issue.message}`;
}
