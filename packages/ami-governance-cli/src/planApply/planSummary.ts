import {
  ORGANIZATIONS_POLICY_TYPES,
  POLICY_KINDS,
  POLICY_TITLES,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import {
  PlanNote,
  PlanStep,
  PlanTarget,
  PolicyPlan,
  PolicyPlanEntry,
} from '@ami-governance/backstage-plugin-ami-governance-node';

// The plan in the words a reviewer reads in a job log or a merge request.

const target = (t: PlanTarget) =>
  t.name ? `${t.name} (${t.targetId})` : t.targetId;

const ACTION_WORDS = {
  create: 'create',
  update: 'update content',
  none: 'content unchanged',
};

function policyLines(kind: keyof PolicyPlan['policies'], e: PolicyPlanEntry) {
  const id = e.policyId ? ` (${e.policyId})` : '';
  const lines = [
    `${POLICY_TITLES[kind]} "${e.name}"${id}: ${ACTION_WORDS[e.action]}`,
  ];
  const { added, removed, settings, other } = e.changes;
  if (added.length || removed.length) {
    lines.push('  allowlist:');
    for (const p of added) lines.push(`    + ${p.provider} (${p.note})`);
    for (const p of removed) lines.push(`    - ${p.provider} (${p.note})`);
  }
  for (const s of settings) lines.push(`  ${s.setting}: ${s.from} -> ${s.to}`);
  for (const o of other) lines.push(`  ${o}`);
  const { wanted, attach, detach } = e.targets;
  if (attach.length)
    lines.push(`  attach to: ${attach.map(target).join(', ')}`);
  if (detach.length)
    lines.push(`  detach from: ${detach.map(target).join(', ')}`);
  if (!attach.length && !detach.length)
    lines.push(`  attached to: ${wanted.map(target).join(', ') || 'nothing'}`);
  return lines;
}

/** One step as apply runs it, e.g. `AttachPolicy scp-ami-guardrail -> Root (r-ab12)`. */
export function describeStep(plan: PolicyPlan, step: PlanStep): string {
  const e = plan.policies[step.kind];
  switch (step.action) {
    case 'create':
      return `CreatePolicy ${step.name} (${
        ORGANIZATIONS_POLICY_TYPES[step.kind]
      })`;
    case 'update':
      return `UpdatePolicy ${e.name} (${step.policyId})`;
    case 'attach':
      return `AttachPolicy ${e.name} -> ${target(step.target)}`;
    default:
      return `DetachPolicy ${e.name} from ${target(step.target)}`;
  }
}

export const noteLine = (label: string, n: PlanNote) =>
  `  ${label}: ${n.code}: ${n.message}${
    n.override && label === 'refused' ? ` (override: ${n.override})` : ''
  }`;

const count = (plan: PolicyPlan, action: PlanStep['action']) =>
  plan.steps.filter(s => s.action === action).length;

/** The whole summary: each policy's changes, the steps in order, warnings, refusals, one closing line. */
export function planSummary(plan: PolicyPlan): string[] {
  const lines = [
    `Plan as of ${plan.today} for organization ${plan.organization.id} (management account ${plan.organization.managementAccountId}).`,
    `Allowlist (${plan.config.allowlist.length}): ${plan.config.allowlist.join(
      ', ',
    )}${
      plan.config.validThrough
        ? `; valid through ${plan.config.validThrough}`
        : ''
    }.`,
    '',
  ];
  for (const kind of POLICY_KINDS)
    lines.push(...policyLines(kind, plan.policies[kind]));
  if (plan.steps.length) {
    lines.push('', 'Steps, in this order:');
    plan.steps.forEach((s, i) =>
      lines.push(`  ${i + 1}. ${describeStep(plan, s)}`),
    );
  }
  if (plan.warnings.length) {
    lines.push('', 'Warnings:');
    plan.warnings.forEach(w => lines.push(noteLine('warning', w)));
  }
  if (plan.refusals.length) {
    lines.push('', 'Refused: apply will not run this plan.');
    plan.refusals.forEach(r => lines.push(noteLine('refused', r)));
  }
  lines.push(
    '',
    plan.steps.length
      ? `Plan: ${count(plan, 'create')} to create, ${count(
          plan,
          'update',
        )} to update, ${count(plan, 'attach')} to attach, ${count(
          plan,
          'detach',
        )} to detach.`
      : 'No changes: AWS holds what the config generates.',
  );
  return lines;
}
