import type { ApiComponents } from '../api/contract';
import { exceptionDurationCap } from '../config/exceptionDurationCap';
import type { EnforcementMode } from '../config/schema';
import { daysBetween, IsoDate } from '../lib/dates';
import { POLICY_TITLES } from '../policies/generatePolicies';
import {
  AcceptedExceptionRequestPlan,
  ExceptionChange,
} from './exceptionRequestChange';
import {
  exceptionBranchName,
  mergeRequestTitle,
} from './exceptionRequestNames';
import { EXCEPTION_TYPES } from '../config/exceptionTypes';

// The merge request an exception request will open, as the form's preview shows it before submit:
// the entry, the allowlist before and after, the policy sizes against their limits, the approvers
// the type requires, what the exception makes allowed, and the lapsed exceptions it removes. Built
// from {@link ExceptionChange}, the plan the action commits.

/** One generated policy's size before and after the change, as the contract has it. @public */
export type PolicySizeChange = ApiComponents['schemas']['PolicySizeChange'];

/** The preview: the refusal with its findings, or the merge request the request opens. @public */
export type ExceptionRequestPreview =
  ApiComponents['schemas']['ExceptionRequestPreview'];

function describeEffect(
  plan: AcceptedExceptionRequestPlan,
  today: IsoDate,
  enforcementMode: EnforcementMode,
): string[] {
  const names = plan.entry.image_names;
  const id = names
    ? `${plan.entry.account_id} named ${names.join(' or ')}`
    : plan.entry.account_id;
  const previous = plan.previous?.expires_on;
  let change: string;
  if (!previous) {
    change = `AMIs owned by ${id} become allowed: EC2 may launch them in every account the two policies govern, from the merge and deployment until ${plan.expiresOn} (${plan.durationDays} days from today).`;
  } else if (daysBetween(today, previous) >= 0) {
    change = `AMIs owned by ${id} stay allowed until ${
      plan.expiresOn
    } instead of ${previous} (${daysBetween(
      previous,
      plan.expiresOn,
    )} more days).`;
  } else {
    change = `AMIs owned by ${id} become allowed again until ${plan.expiresOn}: the exception that ended on ${previous} is renewed.`;
  }
  const mode =
    enforcementMode === 'enabled'
      ? 'Enforcement is enabled: launches of AMIs outside the allowlist are blocked, so this is what lets them launch.'
      : 'The policies are in audit_mode: launches outside the allowlist are logged, not blocked, so today this changes what is reported; once enforcement is enabled it decides what may launch.';
  const narrowed = names
    ? [
        `Only Allowed AMIs (the declarative policy) checks the names; the SCP's ec2:Owner condition cannot see them and lists the whole account ${plan.entry.account_id}.`,
      ]
    : [];
  return [
    change,
    ...narrowed,
    `After ${plan.expiresOn} they drop out of the generated policies: no exception is permanent.`,
    mode,
  ];
}

/** The preview of a planned change as of `today`. @public */
export function previewExceptionChange(
  change: ExceptionChange,
  today: IsoDate,
): ExceptionRequestPreview {
  if (!change.ok) {
    return { ok: false, stage: change.stage, findings: change.findings };
  }
  const { plan } = change;
  const accountId = plan.entry.account_id;
  const ticket = plan.entry.ticket ?? '';
  const enforcementMode = change.before.policy_config.enforcement_mode;
  const before = new Set(change.allowlistBefore);
  const after = new Set(change.allowlistAfter);
  return {
    ok: true,
    kind: plan.kind,
    accountId,
    exceptionType: plan.exceptionType,
    typeTitle: EXCEPTION_TYPES[plan.exceptionType].title,
    expiresOn: plan.expiresOn,
    durationDays: plan.durationDays,
    maxDays: plan.maxDays,
    capRule: exceptionDurationCap(
      plan.exceptionType,
      change.before.policy_config.max_exception_duration_days,
    ).rule,
    previousExpiresOn: plan.previous?.expires_on,
    approvers: [...plan.approvers],
    branchName: exceptionBranchName(ticket, accountId),
    title: mergeRequestTitle(accountId, plan.expiresOn, ticket),
    entry: plan.entry,
    allowlist: {
      before: before.size,
      after: after.size,
      added: change.allowlistAfter.filter(p => !before.has(p)),
      removed: change.allowlistBefore.filter(p => !after.has(p)),
    },
    policies: change.policiesAfter.map(policy => ({
      kind: policy.kind,
      title: POLICY_TITLES[policy.kind],
      fileName: policy.fileName,
      sizeBefore: change.policiesBefore?.find(p => p.kind === policy.kind)
        ?.size,
      sizeAfter: policy.size,
      maxSize: policy.maxSize,
    })),
    enforcementMode,
    effect: describeEffect(plan, today, enforcementMode),
    remaining: change.remaining,
    lapsedRemoved: change.lapsedRemoved,
  };
}
