import { ImageProvider, providerSpelling } from '../lib/accounts';
import type { EnforcementMode } from '../config/schema';
import type { PolicyLimits } from './limits';
import { CRITERION_KEYS, ImageCriterion } from '../workloads/imageCriteria';
import {
  ImageAgeLimits,
  planImageCriteria,
  PublisherConstraintEntry,
} from './imageCriteriaPlan';
import { assign, assignLocked } from './operators';

/** The settings of the EC2 declarative policy besides its allowlist. @public */
export interface DeclarativePolicySettings {
  mode: EnforcementMode;
  /** `image_block_public_access` is `block_new_sharing`; when false the setting is left unmanaged. */
  blockPublicSharing: boolean;
  exceptionMessage?: string;
  /**
   * What each provider's AMIs must match besides the provider (`image_names`,
   * `marketplace_product_codes`), keyed by provider; absent for an unconstrained one.
   */
  publisherConstraints?: Record<ImageProvider, PublisherConstraintEntry>;
  /** The organization's age limits, written into every criterion. */
  imageAgeLimits?: ImageAgeLimits;
}

const KEYS = CRITERION_KEYS.declarativePolicy;

/**
 * A day count as a policy leaf. INFERRED: the Organizations guide shows no example of
 * `maximum_days_since_created` / `maximum_days_since_deprecated`; every other leaf takes
 * `{"@@assign": value}`, so these do too. This is the one place to change (docs/policies.md).
 */
const dayCount = (days: number) => assign(days);

/** One criterion as the declarative policy spells it, keys in a fixed order. */
function criterionDocument(c: ImageCriterion) {
  const [created, createdDays] = KEYS.creation;
  const [deprecated, deprecatedDays] = KEYS.deprecation;
  return {
    ...(c.providers && {
      [KEYS.providers]: assign(
        c.providers.map(p => providerSpelling(p, 'declarativePolicy')),
      ),
    }),
    ...(c.imageNames && { [KEYS.imageNames]: assign(c.imageNames) }),
    ...(c.marketplaceProductCodes && {
      [KEYS.marketplaceProductCodes]: assign(c.marketplaceProductCodes),
    }),
    ...(c.maximumDaysSinceCreated !== undefined && {
      [created]: { [createdDays]: dayCount(c.maximumDaysSinceCreated) },
    }),
    ...(c.maximumDaysSinceDeprecated !== undefined && {
      [deprecated]: {
        [deprecatedDays]: dayCount(c.maximumDaysSinceDeprecated),
      },
    }),
  };
}

/**
 * The criteria the settings make of an allowlist (see planImageCriteria), or a finding saying why a
 * policy cannot hold them.
 */
export function declarativeCriteria(
  providers: readonly ImageProvider[],
  settings: Pick<
    DeclarativePolicySettings,
    'publisherConstraints' | 'imageAgeLimits'
  >,
  limits: PolicyLimits,
) {
  return planImageCriteria(
    providers,
    settings.publisherConstraints ?? {},
    settings.imageAgeLimits ?? {},
    limits,
  );
}

function imageCriteria(
  providers: readonly ImageProvider[],
  settings: DeclarativePolicySettings,
  limits: PolicyLimits,
) {
  const planned = declarativeCriteria(providers, settings, limits);
  // The caller checks the criteria count first; a refusal here is a bug.
  if (!planned.ok) throw new Error(planned.finding.message);
  return Object.fromEntries(
    planned.criteria.map(c => [c.name, criterionDocument(c)]),
  );
}

/**
 * The document for an Organizations policy of type `DECLARATIVE_POLICY_EC2`, rooted at
 * `ec2_attributes`, every value under an inheritance operator and the states locked for children.
 * The caller checks criteria counts and size first (see generatePolicies).
 */
export function buildDeclarativePolicy(
  providers: readonly ImageProvider[],
  settings: DeclarativePolicySettings,
  limits: PolicyLimits,
): object {
  return {
    ec2_attributes: {
      ...(settings.exceptionMessage
        ? { exception_message: assign(settings.exceptionMessage) }
        : {}),
      ...(settings.blockPublicSharing
        ? {
            image_block_public_access: {
              state: assignLocked('block_new_sharing'),
            },
          }
        : {}),
      allowed_images_settings: {
        state: assignLocked(settings.mode),
        image_criteria: imageCriteria(providers, settings, limits),
      },
    },
  };
}
