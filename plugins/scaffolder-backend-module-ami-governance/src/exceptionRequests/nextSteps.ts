import type { AcceptedExceptionRequestPlan } from '@ami-governance/backstage-plugin-ami-governance-common';
import type { OpenedChange } from './repository/GovernanceRepository';

/** The "What happens next" text of the template's output page, in Markdown. */
export function nextSteps(args: {
  plan: AcceptedExceptionRequestPlan;
  branchName: string;
  allowlistSize: number;
  /** Undefined on a dry run. */
  opened?: OpenedChange;
}): string {
  const { plan, branchName, opened } = args;
  const what = `${plan.kind === 'extension' ? 'Extension of the' : 'The'} ${
    plan.exceptionType
  } exception for account \`${plan.entry.account_id}\` until ${plan.expiresOn}`;
  const approvers = plan.approvers.join(' and ');
  const merged = `once merged and deployed, the allowlist holds ${args.allowlistSize} providers.`;
  if (!opened) {
    return `Dry run: ${what.charAt(0).toLowerCase()}${what.slice(
      1,
    )} was checked and nothing was written (branch \`${branchName}\` would be used).`;
  }
  if (opened.iid === undefined) {
    return `${what} is committed on branch \`${branchName}\` of the local governance repository \`${opened.projectId}\` (this portal has no GitLab). Review it and merge it there (\`git merge ${branchName}\`); ${merged} The AMI Governance page lists the request as open.`;
  }
  return `${what} is in merge request [!${opened.iid}](${opened.url}) on branch \`${branchName}\`. It needs the approval of the ${approvers}; ${merged} The AMI Governance page lists the request as open until the merge request is merged or closed.`;
}
