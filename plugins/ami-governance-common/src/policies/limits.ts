// AWS Organizations limits the generated policies must respect. Each is a named default that
// callers can override (an organization still on the pre-May-2026 SCP limit passes 5,120).

/** @public */
export interface PolicyLimits {
  /** Characters of the compact declarative policy document. */
  declarativePolicyMaxChars: number;
  /** Characters of the compact SCP document (5,120 before 15 May 2026). */
  scpMaxChars: number;
  /** `criteria_1` … `criteria_N` in `allowed_images_settings.image_criteria`. */
  maxImageCriteria: number;
  /** `allowed_image_providers` entries in one criterion. */
  providersPerCriterion: number;
}

/** @public */
export const DEFAULT_POLICY_LIMITS: Readonly<PolicyLimits> = Object.freeze({
  declarativePolicyMaxChars: 10_000,
  scpMaxChars: 10_240,
  maxImageCriteria: 10,
  providersPerCriterion: 200,
});

/**
 * What AWS accepts inside one Allowed AMIs criterion (Organizations user guide, "Declarative policy
 * syntax and examples", Allowed Images Settings). The config is validated against these, so a file
 * `validate` passes is one AWS takes.
 * @public
 */
export const IMAGE_CRITERION_LIMITS = Object.freeze({
  /** `image_names` entries in one criterion. */
  imageNamesPerCriterion: 50,
  /** `marketplace_product_codes` entries in one criterion. */
  productCodesPerCriterion: 50,
  /** Characters of one image name pattern. */
  imageNameMaxChars: 128,
  /** A pattern holding `?` must be at least this long. */
  imageNameWithQuestionMarkMinChars: 3,
  /** Characters of one marketplace product code. */
  productCodeMaxChars: 25,
  /** The largest `maximum_days_since_created` / `maximum_days_since_deprecated` (a 32-bit integer). */
  maxDays: 2_147_483_647,
});

/** Policies of one type attached to one root, OU or account (SCPs: 5 before May 2026). @public */
export const MAX_POLICIES_ATTACHED_PER_TARGET = 10;

/** Fills in defaults for the limits a caller did not set. @public */
export function resolveLimits(overrides?: Partial<PolicyLimits>): PolicyLimits {
  return { ...DEFAULT_POLICY_LIMITS, ...overrides };
}
