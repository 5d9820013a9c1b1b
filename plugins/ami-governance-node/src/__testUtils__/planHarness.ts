/**
 * What the plan and apply tests share: the SDK mock the in-memory organization answers behind, the
 * access (with short backoffs), planning at the pinned time, and the write calls the fake received.
 */
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { mockClient } from 'aws-sdk-client-mock';
import { applyPolicyPlan, ApplyOptions } from '../planApply/applyPlan';
import { planPolicyChanges } from '../planApply/planPolicies';
import { CallLog } from './fakeOrganization';
import { NOW } from './planFixtures';
import { PlanInput } from '../planApply/planInput';
import { PolicyPlan } from '../planApply/planSchema';

export const mock = mockClient(OrganizationsClient);

export const access = {
  client: new OrganizationsClient({ region: 'us-east-1' }),
  retry: { baseDelayMs: 1, maxDelayMs: 2 },
};

/** The input each plan was made from: apply re-derives from the checkout, never from the file. */
const inputs = new WeakMap<PolicyPlan, PlanInput>();

export const plan = async (input: PlanInput) => {
  const made = await planPolicyChanges(access, input, () => NOW);
  inputs.set(made, input);
  return made;
};

/** The input a plan was made from (plan() above). */
export const inputOf = (made: PolicyPlan): PlanInput => {
  const input = inputs.get(made);
  if (!input) throw new Error('inputOf: not a plan made by plan()');
  return input;
};

/**
 * `apply --plan`: the saved plan as the expectation, re-derived from `input` (by default the input
 * it was made from, i.e. an unchanged checkout run with the same options).
 */
export const applySaved = (
  saved: PolicyPlan,
  input: PlanInput | undefined = inputs.get(saved),
  options: Omit<ApplyOptions, 'expected'> = {},
) => {
  if (!input)
    throw new Error('applySaved: pass the input of a plan made outside plan()');
  return applyPolicyPlan(access, input, {
    expected: saved,
    now: () => NOW,
    ...options,
  });
};

const WRITES = new Set([
  'CreatePolicy',
  'UpdatePolicy',
  'AttachPolicy',
  'DetachPolicy',
]);

export const isWrite = (name: string) => WRITES.has(name);

/** The write calls the fake received, in order, as `Call PolicyId-or-Name Target`. */
export const writesIn = (log: CallLog) =>
  log.inputs
    .filter(c => WRITES.has(c.name))
    .map(({ name, input }) =>
      [name, input.PolicyId ?? input.Name, input.TargetId]
        .filter(Boolean)
        .join(' '),
    );
