/**
 * What the plan and apply tests share: the SDK mock the in-memory organization answers behind, the
 * access (with short backoffs), planning at the pinned time, and the write calls the fake received.
 */
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { PlanInput } from '@ami-governance/backstage-plugin-ami-governance-common';
import { mockClient } from 'aws-sdk-client-mock';
import { planPolicyChanges } from '../plan/planPolicies';
import { CallLog } from './fakeOrganization';
import { NOW } from './planFixtures';

export const mock = mockClient(OrganizationsClient);

export const access = {
  client: new OrganizationsClient({ region: 'us-east-1' }),
  retry: { baseDelayMs: 1, maxDelayMs: 2 },
};

export const plan = (input: PlanInput) =>
  planPolicyChanges(access, input, () => NOW);

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
