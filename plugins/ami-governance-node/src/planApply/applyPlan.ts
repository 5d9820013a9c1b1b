import { POLICY_KINDS } from '@ami-governance/backstage-plugin-ami-governance-common';
import { errorCode, errorMessage } from '../aws/retry';
import { readForPlan } from './planPolicies';
import { collectContext, OrganizationAccess } from './readOrganization';
import { PolicyIds, runStep, StepOutcome } from './writeSteps';
import { planDifference, planInEffect } from './applyChecks';
import { buildPolicyPlan } from './buildPlan';
import { samePolicyDocument } from './contentChanges';
import { OrganizationReading } from './organizationReading';
import { PlanInput } from './planInput';
import { PlanNote, PlanStep, PolicyPlan } from './planSchema';

/** @public */
export type ApplyOutcome = (
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
    }
) & {
  /** The plan re-derived from the checkout and AWS: what apply ran, or would have run. */
  plan: PolicyPlan;
};

/** @public */
export interface ApplyOptions {
  /**
   * The saved plan a person reviewed (`apply --plan`). It is only compared: apply goes ahead when the
   * plan re-derived now equals it, and always runs the re-derived steps.
   */
  expected?: PolicyPlan;
  /** Called as each step completes, so a job log shows progress. */
  onStep?: (outcome: StepOutcome) => void;
  /** When the re-derived plan is made (its `createdAt`). */
  now?: () => Date;
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

/**
 * Applies what the config generates: re-derives the plan from `input` (the config and documents of the
 * checkout, and the options given) and a fresh read of AWS, and with `expected` (a saved plan) goes
 * ahead only when the two are equal, naming the first difference otherwise. Nothing from the saved plan
 * is executed: steps, policy IDs, documents and targets are the re-derived plan's. Refuses, writing
 * nothing, when the re-derived plan carries a refusal; otherwise runs its steps one at a time (documents,
 * then attachments, then detachments, as the builder orders them) and reads AWS back to verify. A failed
 * step stops the run: what ran is kept, and because detachments come last no account has lost a policy.
 * @public
 */
export async function applyPolicyPlan(
  access: OrganizationAccess,
  input: PlanInput,
  options: ApplyOptions = {},
): Promise<ApplyOutcome> {
  const now = options.now ?? (() => new Date());
  const plan = buildPolicyPlan(input, await readForPlan(access, input), now());
  const saved = options.expected;
  const difference = saved ? planDifference(saved, plan) : null;
  if (difference)
    // A saved plan already in effect (a retried apply job) has nothing left to do; anything else refuses.
    return saved && planInEffect(saved, plan)
      ? { status: 'nothing-to-do', plan }
      : { status: 'refused', refusals: [difference], plan };
  if (plan.refusals.length)
    return { status: 'refused', refusals: plan.refusals, plan };
  if (plan.steps.length === 0) return { status: 'nothing-to-do', plan };
  const ids: PolicyIds = {};
  for (const kind of POLICY_KINDS)
    ids[kind] = plan.policies[kind].policyId ?? undefined;
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
        plan,
      };
    }
  }
  return {
    status: 'applied',
    done,
    mismatches: endStateMismatches(plan, await readForPlan(access, input, ids)),
    plan,
  };
}
