import { accountAncestry } from '../organization/ancestry';
import type {
  DeployedPolicy,
  OrganizationSnapshot,
} from '../organization/snapshotSchema';
import type { OrganizationParts } from '../workloads/accountStanding';
import { operatorValue } from '../policies/operators';
import { asRecord, parseJsonObject } from '../policies/parseJsonObject';
import { readScp } from '../policies/readScp';
import type { GovernanceConfig } from '../config/schema';
import type { LaunchMembership, LaunchQuestion } from './explainLaunch';
import type { AllowedImagesLayerInput } from './launchLayerVerdicts';
import type { NextApplyReach } from '../workloads/nextApply';
import {
  criteriaFromDeclarativePolicy,
  criteriaFromEc2Api,
} from '../workloads/imageCriteria';
import type { WorkloadRegion } from '../workloads/workloadSchema';

/** Whether a deployed policy reaches the account through its ancestry. */
function reaches(
  policy: DeployedPolicy | null,
  ancestry: string[] | undefined,
): boolean {
  if (!policy || !ancestry) return false;
  const targets = new Set(policy.targets.map(t => t.targetId));
  return ancestry.some(node => targets.has(node));
}

/**
 * The SCP layer for one account from a snapshot: governed when the deployed SCP is attached on its
 * path to the root (never the management account), with the launch guard's owner list.
 * @public
 */
export function scpLayerOf(
  snapshot: OrganizationParts,
  accountId: string,
): LaunchQuestion['scp'] {
  const scp = snapshot.policies.scp;
  const ancestry = accountAncestry(snapshot).get(accountId);
  const governs =
    accountId !== snapshot.organization.managementAccountId &&
    reaches(scp, ancestry);
  const reading = scp ? readScp(scp.content) : undefined;
  return {
    governs,
    ...(reading?.ok &&
      reading.policy.launchGuard && {
        launchGuardProviders: reading.policy.launchGuard.providers,
      }),
  };
}

/**
 * Allowed AMIs as an account-region applies it: the collected regional setting when there is one
 * (what AWS really enforces), else the account's effective declarative policy; undefined when neither is known.
 * @public
 */
export function allowedImagesLayerOf(
  snapshot: OrganizationSnapshot | undefined,
  accountId: string,
  region: Pick<WorkloadRegion, 'allowedImages'> | undefined,
): AllowedImagesLayerInput | undefined {
  if (region?.allowedImages)
    return {
      source: 'region-setting',
      state: region.allowedImages.state,
      criteria: criteriaFromEc2Api(region.allowedImages.imageCriteria),
    };
  const effective = snapshot?.accounts.find(
    a => a.id === accountId,
  )?.effectiveDeclarativePolicy;
  return effective ? effectiveAllowedImagesOf(effective) : undefined;
}

/**
 * Allowed AMIs as an account's effective declarative policy (DescribeEffectivePolicy's content) sets
 * it: its state and criteria; undefined when the content cannot be read or sets no state.
 * @public
 */
export function effectiveAllowedImagesOf(
  content: string,
): AllowedImagesLayerInput | undefined {
  const parsed = parseJsonObject(content, 'The effective policy');
  if (!parsed.ok) return undefined;
  const settings = asRecord(
    asRecord(parsed.value.ec2_attributes)?.allowed_images_settings,
  );
  const state = operatorValue(settings?.state);
  if (typeof state !== 'string') return undefined;
  return {
    source: 'effective-policy',
    state,
    criteria: criteriaFromDeclarativePolicy(settings?.image_criteria),
  };
}

/** Whether the newest organization snapshot holds the account (`unknown` without a snapshot). @public */
export function launchMembershipOf(
  snapshot: Pick<OrganizationSnapshot, 'organization' | 'accounts'> | undefined,
  accountId: string,
): LaunchMembership {
  if (!snapshot) return 'unknown';
  if (snapshot.organization.managementAccountId === accountId)
    return 'management';
  return snapshot.accounts.some(a => a.id === accountId) ? 'member' : 'outside';
}

/**
 * Whether the policies the next apply deploys reach the account: `apply` attaches both to
 * `policy_config.targets`, else the root, and detaches them elsewhere; SCPs never restrict the
 * management account.
 * @public
 */
export function nextApplyReachOf(
  snapshot: OrganizationParts,
  config: GovernanceConfig,
  accountId: string,
): NextApplyReach {
  const targets = new Set(
    config.policy_config.targets ?? snapshot.roots.map(r => r.id),
  );
  const ancestry = accountAncestry(snapshot).get(accountId) ?? [];
  const reached = ancestry.some(node => targets.has(node));
  return {
    declarativePolicy: reached,
    scp: reached && accountId !== snapshot.organization.managementAccountId,
  };
}

/**
 * Whether the deployed policies reach the account today: attached on its path to the root (the SCP
 * never restricts the management account). The counterpart of nextApplyReachOf.
 * @public
 */
export function todayReachOf(
  snapshot: OrganizationParts,
  accountId: string,
): NextApplyReach {
  const ancestry = accountAncestry(snapshot).get(accountId);
  return {
    declarativePolicy: reaches(snapshot.policies.declarativePolicy, ancestry),
    scp: scpLayerOf(snapshot, accountId).governs,
  };
}
