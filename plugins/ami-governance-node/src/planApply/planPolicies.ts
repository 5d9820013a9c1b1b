import {
  OrganizationAccess,
  readOrganizationForPlan,
} from './readOrganization';
import type { PolicyIds } from './writeSteps';
import { buildPolicyPlan } from './buildPlan';
import { PlanInput } from './planInput';
import { PolicyPlan } from './planSchema';

/**
 * What a plan is built on, read fresh: our policies by the names given (or by the IDs an apply just
 * created), the targets, and the accounts under them when the plan switches to `enabled`.
 */
export const readForPlan = (
  access: OrganizationAccess,
  input: PlanInput,
  ids: PolicyIds = {},
) =>
  readOrganizationForPlan(access, {
    policyNames: {
      declarativePolicy:
        ids.declarativePolicy ?? input.policyNames.declarativePolicy,
      scp: ids.scp ?? input.policyNames.scp,
    },
    targets: input.targets,
    withAccounts: input.expected.settings.mode === 'enabled',
  });

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
  return buildPolicyPlan(input, await readForPlan(access, input), now());
}
