import type { GovernanceConfig } from '../config/schema';
import type { IsoDate } from '../lib/dates';
import { computeAllowlist } from '../config/publishers';
import { criteriaFromConfig } from './impact';
import type { ImageCriterion } from './imageCriteria';
import type {
  AllowedImagesLayerInput,
  ScpLayerInput,
} from '../explain/launchLayerVerdicts';

/** Whether the policies the next apply deploys reach an account (attachments along its ancestry). @public */
export type NextApplyReach = { declarativePolicy: boolean; scp: boolean };

/**
 * The Allowed AMIs criteria the config generates on `day`: what the next apply deploys. When the config
 * generates no policy (too many providers for AWS's limits) the allowlist as one criterion, which is
 * what it means to allow.
 * @public
 */
export function nextApplyCriteria(
  config: GovernanceConfig,
  day: IsoDate,
): ImageCriterion[] {
  return (
    criteriaFromConfig(config, day) ?? [
      { name: 'allowlist', providers: computeAllowlist(config, day).providers },
    ]
  );
}

/**
 * The layers one account-region would apply after the next apply, as Git says on `day`: where the
 * declarative policy reaches, the config's mode and criteria; elsewhere the region keeps a setting of
 * its own (`today`, when AWS reported one) or has none. The SCP, where it reaches, lists the config's
 * allowlist; `known: false` stays when nothing says where the policies are attached.
 * @public
 */
export function nextApplyLayers(
  config: GovernanceConfig,
  day: IsoDate,
  reach: NextApplyReach,
  today: { allowedImages?: AllowedImagesLayerInput; scp: ScpLayerInput },
): { allowedImages?: AllowedImagesLayerInput; scp: ScpLayerInput } {
  // Outside the policy's reach a region keeps a setting of its own, if AWS reported one.
  let allowedImages: AllowedImagesLayerInput | undefined =
    today.allowedImages?.source === 'region-setting'
      ? today.allowedImages
      : undefined;
  if (reach.declarativePolicy)
    allowedImages = {
      source: 'config',
      state: config.policy_config.enforcement_mode,
      criteria: nextApplyCriteria(config, day),
    };
  const scp: ScpLayerInput =
    today.scp.known === false
      ? { governs: false, known: false }
      : {
          governs: reach.scp,
          launchGuardProviders: computeAllowlist(config, day).providers,
        };
  return { ...(allowedImages && { allowedImages }), scp };
}
