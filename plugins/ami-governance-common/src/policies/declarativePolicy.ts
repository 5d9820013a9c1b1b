import { ImageProvider, providerSpelling } from '../lib/accounts';
import type { EnforcementMode } from '../config/schema';
import type { PolicyLimits } from './limits';
import { assign, assignLocked } from './operators';

/** The settings of the EC2 declarative policy besides its allowlist. @public */
export interface DeclarativePolicySettings {
  mode: EnforcementMode;
  /** `image_block_public_access` is `block_new_sharing`; when false the setting is left unmanaged. */
  blockPublicSharing: boolean;
  exceptionMessage?: string;
}

/** Splits providers into `criteria_1` … `criteria_N` of at most `providersPerCriterion` each. */
function imageCriteria(
  providers: readonly ImageProvider[],
  limits: PolicyLimits,
) {
  const criteria: Record<string, unknown> = {};
  for (
    let start = 0, n = 1;
    start < providers.length;
    start += limits.providersPerCriterion, n++
  ) {
    const chunk = providers.slice(start, start + limits.providersPerCriterion);
    criteria[`criteria_${n}`] = {
      allowed_image_providers: assign(
        chunk.map(p => providerSpelling(p, 'declarativePolicy')),
      ),
    };
  }
  return criteria;
}

/**
 * The document for an Organizations policy of type `DECLARATIVE_POLICY_EC2`, rooted at
 * `ec2_attributes`, every value under an inheritance operator and the states locked for children.
 * The caller checks provider counts and size first (see generatePolicies).
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
        image_criteria: imageCriteria(providers, limits),
      },
    },
  };
}
