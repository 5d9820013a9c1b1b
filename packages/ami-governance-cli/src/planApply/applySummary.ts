import {
  ApplyOutcome,
  StepOutcome,
} from '@ami-governance/backstage-plugin-ami-governance-node';
import { describeStep, noteLine } from './planSummary';
import { PolicyPlan } from '@ami-governance/backstage-plugin-ami-governance-node';

/** What to do about the AWS errors a write most often meets. */
const ADVICE: Record<string, string> = {
  AccessDeniedException:
    'the apply role lacks a permission: compare it with docs/apply.md',
  ConstraintViolationException:
    'an AWS quota would be exceeded (policies attached to this target, or the document size): detach another policy or shrink the allowlist',
  MalformedPolicyDocumentException:
    'AWS rejected the document: run "ami-governance validate" and report it if it passes',
  PolicyTypeNotEnabledException:
    'enable the policy type in the root (docs/apply.md)',
  TargetNotFoundException: 'the target no longer exists: fix the targets',
};

export function progressLine(plan: PolicyPlan, o: StepOutcome): string {
  const created = o.step.action === 'create' ? ` -> ${o.policyId}` : '';
  return `  done: ${describeStep(plan, o.step)}${created}${
    o.note ? ` (${o.note})` : ''
  }`;
}

/** The closing lines of an apply, after the progress lines. */
export function outcomeLines(
  plan: PolicyPlan,
  outcome: ApplyOutcome,
): string[] {
  switch (outcome.status) {
    case 'refused':
      return [
        'Refused: nothing was changed.',
        ...outcome.refusals.map(r => noteLine('refused', r)),
      ];
    case 'nothing-to-do':
      return ['Nothing to do: AWS already holds what the plan says.'];
    case 'applied':
      return outcome.mismatches.length
        ? [
            `Applied ${outcome.done.length} step(s), but AWS now differs from the plan (someone else changed it meanwhile?):`,
            ...outcome.mismatches.map(m => `  ${m}`),
            'Run plan again.',
          ]
        : [
            `Applied ${outcome.done.length} step(s). Verified: AWS holds what the plan says; a new plan finds nothing to do.`,
          ];
    default: {
      const { failed, remaining } = outcome;
      const advice = failed.code ? ADVICE[failed.code] : undefined;
      return [
        `Failed: ${describeStep(plan, failed.step)}: ${
          failed.code ? `${failed.code}: ` : ''
        }${failed.message}${advice ? ` (${advice})` : ''}`,
        ...(remaining.length
          ? ['Not run:', ...remaining.map(s => `  ${describeStep(plan, s)}`)]
          : []),
        'No account lost a policy: detachments run last. Fix the cause, then plan and apply again.',
      ];
    }
  }
}
