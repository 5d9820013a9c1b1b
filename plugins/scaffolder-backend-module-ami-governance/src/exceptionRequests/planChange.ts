import {
  AcceptedExceptionRequestPlan,
  ExceptionChangeRefusal,
  exceptionBranchName,
  ExceptionEntry,
  ExceptionRequest,
  Finding,
  IsoDate,
  mergeRequestTitle,
  planExceptionChange as planConfigChange,
  POLICY_FILE_NAMES,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { posix } from 'node:path';
import { commitMessage, mergeRequestDescription } from './mergeRequestText';
import type { FileChange } from './repository/GovernanceRepository';
import type { Requester } from './requester';
import { distDirFor } from './settings';

/** The request to plan, with who asks (the commit message and description name them). */
export interface RequestToPlan extends ExceptionRequest {
  requester: Requester;
}

/** Everything the handler writes for an accepted request: no I/O went into it. */
interface PlannedExceptionChange {
  ok: true;
  plan: AcceptedExceptionRequestPlan;
  branchName: string;
  /** Merge request title. */
  title: string;
  /** Commit message. */
  message: string;
  /** Merge request description, in Markdown. */
  description: string;
  /** The config first, then the regenerated policies. */
  files: FileChange[];
  allowlistSizeBefore: number;
  allowlistSizeAfter: number;
  /** Findings of the result the request did not cause: warnings, and errors already there. */
  remaining: Finding[];
  /** Housekeeping: other accounts' lapsed exceptions the change removes (listed in the description). */
  lapsedRemoved: ExceptionEntry[];
}

/**
 * Plans `request` against the governance config text as of `today`, with the core's rules (the
 * backend's preview runs the same), into the files, branch, title and texts of the change. Pure: the
 * handler reads the config before and writes the result after.
 */
export function planExceptionChange(
  configText: string,
  request: RequestToPlan,
  today: IsoDate,
  paths: { configPath: string },
): PlannedExceptionChange | ExceptionChangeRefusal {
  const { requester, ...exceptionRequest } = request;
  const change = planConfigChange(configText, exceptionRequest, today);
  if (!change.ok) return change;
  const { plan, remaining } = change;
  const { configPath } = paths;
  const distDir = distDirFor(configPath);
  const policies = change.policiesAfter.map(policy => ({
    path: posix.join(distDir, POLICY_FILE_NAMES[policy.kind]),
    policy,
  }));
  return {
    ok: true,
    plan,
    branchName: exceptionBranchName(request.ticket, request.accountId),
    title: mergeRequestTitle(request.accountId, plan.expiresOn, request.ticket),
    message: commitMessage(
      plan,
      exceptionRequest,
      requester,
      { policies: policies.map(p => p.path) },
      change.lapsedRemoved,
    ),
    description: mergeRequestDescription({
      plan,
      today,
      configPath,
      allowlistBefore: change.allowlistBefore,
      allowlistAfter: change.allowlistAfter,
      policiesBefore: change.policiesBefore,
      policiesAfter: policies,
      remaining,
      lapsedRemoved: change.lapsedRemoved,
      requester,
    }),
    files: [
      { path: configPath, content: change.configText },
      ...policies.map(p => ({ path: p.path, content: p.policy.pretty })),
    ],
    allowlistSizeBefore: change.allowlistBefore.length,
    allowlistSizeAfter: change.allowlistAfter.length,
    remaining,
    lapsedRemoved: change.lapsedRemoved,
  };
}
