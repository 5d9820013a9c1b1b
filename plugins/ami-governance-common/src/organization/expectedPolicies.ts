import type { GovernanceConfig } from '../config/schema';
import type { IsoDate } from '../lib/dates';
import { policySettingsOf } from '../policies/generatePolicies';
import { computeAllowlist } from '../config/publishers';
import type { ExpectedPolicies } from './statusTypes';

/**
 * What Git says AWS should enforce as of `today`: the same allowlist and settings `generate` writes,
 * so drift is measured against the documents a merge would deploy.
 * @public
 */
export function expectedPoliciesOf(
  config: GovernanceConfig,
  today: IsoDate,
): ExpectedPolicies {
  return {
    allowlist: computeAllowlist(config, today).providers,
    settings: policySettingsOf(config),
  };
}
