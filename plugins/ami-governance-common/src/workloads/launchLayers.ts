import { accountAncestry } from '../organization/ancestry';
import type {
  DeployedPolicy,
  OrganizationSnapshot,
} from '../organization/snapshotSchema';
import { operatorValue } from '../policies/operators';
import { asRecord, parseJsonObject } from '../policies/parseJsonObject';
import { readScp } from '../policies/readScp';
import type { AllowedImagesLayerInput, LaunchQuestion } from './explainLaunch';
import {
  criteriaFromDeclarativePolicy,
  criteriaFromEc2Api,
} from './imageCriteria';
import type { WorkloadRegion } from './workloadSchema';

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
  snapshot: OrganizationSnapshot,
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
  if (!effective) return undefined;
  const parsed = parseJsonObject(effective, 'The effective policy');
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
