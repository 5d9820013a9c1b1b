import {
  ApplyCheckOptions,
  applyRefusals,
  deployedChangedRefusal,
  OrganizationReading,
  PlanNote,
  PlanStep,
  POLICY_KINDS,
  PolicyPlan,
  samePolicyDocument,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { errorCode, errorMessage } from '../retry';
import {
  collectContext,
  OrganizationAccess,
  readOrganizationForPlan,
} from './readOrganization';
import { PolicyIds, runStep, StepOutcome } from './writeSteps';

/** @public */
export type ApplyOutcome =
  | { status: 'refused'; refusals: PlanNote[] }
  | { status: 'nothing-to-do' }
  | {
      status: 'applied';
      done: StepOutcome[];
      /** What AWS holds afterwards that differs from the plan (empty when verified). */
      mismatches: string[];
    }
  | {
      status: 'failed';
      done: StepOutcome[];
      failed: { step: PlanStep; code?: string; message: string };
      remaining: PlanStep[];
    };

/** @public */
export interface ApplyOptions extends ApplyCheckOptions {
  /** Called as each step completes, so a job log shows progress. */
  onStep?: (outcome: StepOutcome) => void;
}

/** Where what AWS holds differs from the end state the plan wants (empty: the plan is in effect). */
function endStateMismatches(
  plan: PolicyPlan,
  reading: OrganizationReading,
): string[] {
  const mismatches: string[] = [];
  for (const kind of POLICY_KINDS) {
    const entry = plan.policies[kind];
    const deployed = reading.policies[kind];
    if (!deployed) {
      mismatches.push(`${entry.name}: not found`);
      continue;
    }
    if (!samePolicyDocument(deployed.content, entry.content))
      mismatches.push(`${entry.name}: content differs from the plan`);
    const has = deployed.targets.map(t => t.targetId).sort();
    const want = entry.targets.wanted.map(t => t.targetId).sort();
    if (has.join() !== want.join())
      mismatches.push(
        `${entry.name}: attached to ${
          has.join(', ') || 'nothing'
        }, the plan wants ${want.join(', ')}`,
      );
  }
  return mismatches;
}

const read = (access: OrganizationAccess, plan: PolicyPlan, ids: PolicyIds) =>
  readOrganizationForPlan(access, {
    policyNames: {
      declarativePolicy:
        ids.declarativePolicy ?? plan.policies.declarativePolicy.name,
      scp: ids.scp ?? plan.policies.scp.name,
    },
    targets: plan.policies.scp.targets.wanted.map(t => t.targetId),
  });

/**
 * Applies a plan: refuses without writing anything when the plan carries a refusal that was not
 * lifted, when its config or allowlist is no longer current, or when AWS no longer holds what the
 * plan was made against (its hash); otherwise runs the steps one at a time in the plan's order
 * (documents, then attachments, then detachments) and reads AWS back to verify. A failed step stops
 * the run: what ran is kept, and because detachments come last no account has lost a policy.
 * @public
 */
export async function applyPolicyPlan(
  access: OrganizationAccess,
  plan: PolicyPlan,
  options: ApplyOptions,
): Promise<ApplyOutcome> {
  const refusals = applyRefusals(plan, options);
  if (refusals.length) return { status: 'refused', refusals };
  const ids: PolicyIds = {};
  for (const kind of POLICY_KINDS)
    ids[kind] = plan.policies[kind].policyId ?? undefined;
  const reading = await read(access, plan, ids);
  const changed = deployedChangedRefusal(plan, reading.deployedSha256);
  // A plan already in effect (a retried apply job) has nothing left to do; any other change refuses.
  if (changed.length)
    return endStateMismatches(plan, reading).length
      ? { status: 'refused', refusals: changed }
      : { status: 'nothing-to-do' };
  if (plan.steps.length === 0) return { status: 'nothing-to-do' };

  const ctx = collectContext(access);
  const done: StepOutcome[] = [];
  for (const [i, step] of plan.steps.entries()) {
    try {
      const outcome = await runStep(ctx, plan, step, ids);
      ids[step.kind] = outcome.policyId;
      done.push(outcome);
      options.onStep?.(outcome);
    } catch (e) {
      const code = errorCode(e);
      return {
        status: 'failed',
        done,
        failed: {
          step,
          ...(code ? { code } : {}),
          message: errorMessage(e),
        },
        remaining: plan.steps.slice(i + 1),
      };
    }
  }
  return {
    status: 'applied',
    done,
    mismatches: endStateMismatches(plan, await read(access, plan, ids)),
  };
}
