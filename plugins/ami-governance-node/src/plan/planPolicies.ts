import {
  buildPolicyPlan,
  PlanInput,
  PolicyPlan,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import {
  OrganizationAccess,
  readOrganizationForPlan,
} from './readOrganization';

/**
 * Reads AWS Organizations and plans what `apply` would do to make it hold what the config generates.
 * Reads only; throws OrganizationReadError when AWS could not be read completely.
 * @public
 */
export async function planPolicyChanges(
  access: OrganizationAccess,
  input: PlanInput,
  now: () => Date = () => new Date(),
): Promise<PolicyPlan> {
  const reading = await readOrganizationForPlan(access, {
    policyNames: input.policyNames,
    targets: input.targets,
  });
  return buildPolicyPlan(input, reading, now());
}
