import {
  AttachPolicyCommand,
  CreatePolicyCommand,
  DetachPolicyCommand,
  UpdatePolicyCommand,
} from '@aws-sdk/client-organizations';
import {
  ORGANIZATIONS_POLICY_TYPES,
  PolicyDocumentKind,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { CollectContext } from '../organization/context';
import { findPolicy } from '../organization/deployedPolicies';
import { errorCode } from '../aws/retry';
import { PlanStep, PolicyPlan } from './planSchema';

/** What one step did; `note` says when AWS already was as the step wanted. @public */
export interface StepOutcome {
  step: PlanStep;
  policyId: string;
  note?: 'already attached' | 'already detached' | 'existed, updated';
}

/** Write errors AWS asks callers to retry: another change to the organization was in progress. */
const WRITE_RETRYABLE = new Set([
  'ConcurrentModificationException',
  'PolicyChangesInProgressException',
]);

const retryWrite = (e: unknown) => WRITE_RETRYABLE.has(errorCode(e) ?? '');

/** The policy IDs known so far: the plan's, plus any created by an earlier step. */
export type PolicyIds = Partial<Record<PolicyDocumentKind, string>>;

/**
 * Runs one plan step with the retrier. Each is idempotent: an attachment already there or a
 * detachment already done counts as done, and a create that meets a policy of the same name (a
 * retried create whose first attempt reached AWS) updates that policy instead.
 */
export async function runStep(
  ctx: CollectContext,
  plan: PolicyPlan,
  step: PlanStep,
  ids: PolicyIds,
): Promise<StepOutcome> {
  const { client, retrier } = ctx;
  const entry = plan.policies[step.kind];
  const send = <T>(api: string, call: () => Promise<T>) =>
    retrier.run(api, call, retryWrite);
  const update = (policyId: string) =>
    send('UpdatePolicy', () =>
      client.send(
        new UpdatePolicyCommand({ PolicyId: policyId, Content: entry.content }),
      ),
    );
  switch (step.action) {
    case 'create':
      try {
        const { Policy } = await send('CreatePolicy', () =>
          client.send(
            new CreatePolicyCommand({
              Name: step.name,
              Description: entry.description,
              Type: ORGANIZATIONS_POLICY_TYPES[step.kind],
              Content: entry.content,
            }),
          ),
        );
        const id = Policy?.PolicySummary?.Id;
        if (!id) throw new Error('CreatePolicy returned no policy ID');
        return { step, policyId: id };
      } catch (e) {
        if (errorCode(e) !== 'DuplicatePolicyException') throw e;
        const found = await findPolicy(
          ctx,
          ORGANIZATIONS_POLICY_TYPES[step.kind],
          step.name,
        );
        if (!found?.Id) throw e;
        await update(found.Id);
        return { step, policyId: found.Id, note: 'existed, updated' };
      }
    case 'update':
      await update(step.policyId);
      return { step, policyId: step.policyId };
    default: {
      const policyId = ids[step.kind];
      if (!policyId)
        throw new Error(
          `no ID for the ${step.kind} policy: its create step did not run`,
        );
      const attach = step.action === 'attach';
      const input = { PolicyId: policyId, TargetId: step.target.targetId };
      try {
        if (attach)
          await send('AttachPolicy', () =>
            client.send(new AttachPolicyCommand(input)),
          );
        else
          await send('DetachPolicy', () =>
            client.send(new DetachPolicyCommand(input)),
          );
        return { step, policyId };
      } catch (e) {
        const code = errorCode(e);
        if (attach && code === 'DuplicatePolicyAttachmentException')
          return { step, policyId, note: 'already attached' };
        if (!attach && code === 'PolicyNotAttachedException')
          return { step, policyId, note: 'already detached' };
        throw e;
      }
    }
  }
}
