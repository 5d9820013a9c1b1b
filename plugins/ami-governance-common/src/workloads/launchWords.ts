import type { ApiComponents } from '../api/contract';
import type { LaunchSideVerdict } from './launchLayerVerdicts';

// The explainer's words: every sentence the page shows about a launch is made here, from the two
// sides (AWS today, Git's next apply) and the action, so the page hard-codes no verdict.

type Explanation = ApiComponents['schemas']['LaunchExplanation'];

/** What to do about a launch. @public */
export type LaunchAction = Explanation['action'];

/** Whether an account belongs to the organization of the newest snapshot. @public */
export type LaunchMembership = Explanation['membership'];

/** What the words of one answer are made from. */
export type LaunchStory = {
  accountId: string;
  owner: string;
  aws: LaunchSideVerdict;
  git: LaunchSideVerdict;
  action: LaunchAction;
  /** The exception that bounds the answer: Git's, in force on the date asked, or lapsed before it. */
  exception?: {
    account_id: string;
    expires_on: string;
    state: 'active' | 'lapsed';
  };
  /** AWS allows it because a deployed policy lists the owner (not merely because nothing checks). */
  awsLists: boolean;
};

const endsWords = (s: LaunchStory) =>
  s.exception?.state === 'active'
    ? `until ${s.exception.expires_on}, when the exception for ${s.exception.account_id} expires`
    : 'with no end date';

const lapsedWords = (s: LaunchStory) =>
  s.exception?.state === 'lapsed'
    ? `its exception lapsed on ${s.exception.expires_on}`
    : undefined;

/** What a launch does on one side, in words. */
function sideWords(verdict: LaunchSideVerdict, s: LaunchStory): string {
  switch (verdict) {
    case 'allowed':
      return `a launch of AMIs from ${s.owner} in ${s.accountId} goes ahead`;
    case 'audit-only':
      return `a launch of AMIs from ${s.owner} in ${s.accountId} goes ahead and is only reported (audit mode)`;
    case 'denied':
      return `a launch of AMIs from ${s.owner} in ${s.accountId} is denied`;
    default:
      return 'nothing can be said';
  }
}

/** `AWS enforces today (…collected …): a launch … is denied.` */
export function awsSentence(
  s: LaunchStory,
  collected: { organization?: string; region?: string; regionName?: string },
): string {
  const when = [
    collected.organization
      ? `deployed policies collected ${collected.organization}`
      : 'no organization snapshot collected',
    collected.region &&
      `the ${collected.regionName} setting collected ${collected.region}`,
  ]
    .filter(Boolean)
    .join(', ');
  return `AWS enforces today (${when}): ${sideWords(s.aws, s)}.`;
}

/** `Git (what the next apply deploys): … until D.` */
export function gitSentence(s: LaunchStory): string {
  const lead = 'Git (what the next apply deploys)';
  if (s.git === 'allowed')
    return `${lead}: ${sideWords('allowed', s)}, ${endsWords(s)}.`;
  const lapsed = lapsedWords(s);
  return `${lead}: ${sideWords(s.git, s)}${lapsed ? `; ${lapsed}` : ''}.`;
}

const AFTER_APPLY: Record<LaunchSideVerdict, string> = {
  allowed: 'launches go ahead',
  'audit-only': 'launches are only reported while the mode is audit_mode',
  denied: 'launches are denied',
  unknown: 'nothing can be said',
};

/** The answer in one sentence, both sides in it when they disagree. */
export function launchSentence(s: LaunchStory): string {
  const { accountId, owner } = s;
  switch (s.action) {
    case 'none':
      return `Yes: account ${accountId} may launch AMIs from ${owner}, with no end date: AWS allows it today and the next apply keeps it so.`;
    case 'move-before-expiry':
      return `Yes until ${
        s.exception!.expires_on
      }: account ${accountId} may launch AMIs from ${owner}; AWS and Git agree, and it holds until ${
        s.exception!.expires_on
      }, when the exception expires.`;
    case 'wait-for-apply':
      return `Git allows it ${endsWords(
        s,
      )}; it takes effect at the next apply; no request is needed. Until then AWS ${
        s.aws === 'audit-only'
          ? 'lets the launch go ahead and reports it (audit mode)'
          : 'denies the launch'
      }.`;
    case 'move-off-now': {
      const why = lapsedWords(s) ?? 'Git no longer allows it';
      return `Allowed today because AWS still ${
        s.awsLists ? `lists ${owner}` : 'does not enforce the allowlist here'
      }; ${why}; the next apply removes it (then ${
        AFTER_APPLY[s.git]
      }); move off it now.`;
    }
    case 'check-account':
      return `Account ${accountId} is not an account of this organization: nothing can be said about launches in it.`;
    default: {
      const lapsed = lapsedWords(s);
      const base =
        s.aws === 'audit-only'
          ? `Yes for now: ${owner} is not allowed, but Allowed AMIs is in audit mode, so the launch in ${accountId} is only reported; it will be blocked when the mode becomes enabled.`
          : `No: account ${accountId} may not launch AMIs from ${owner}.`;
      const after =
        s.git !== s.aws ? ` After the next apply ${AFTER_APPLY[s.git]}.` : '';
      return `${base}${
        lapsed ? ` ${lapsed[0].toUpperCase()}${lapsed.slice(1)}.` : ''
      }${after}`;
    }
  }
}

/** The verdict in a few words: the alert's title. */
export function launchHeadline(s: LaunchStory): string {
  switch (s.action) {
    case 'none':
      return 'Allowed';
    case 'move-before-expiry':
      return `Allowed until ${s.exception!.expires_on}`;
    case 'wait-for-apply':
      return `${
        s.aws === 'audit-only' ? 'Audit only' : 'Denied'
      } today; Git allows it from the next apply`;
    case 'move-off-now':
      return 'Allowed today; not after the next apply';
    case 'check-account':
      return 'Not an account of this organization';
    default:
      return s.aws === 'audit-only' ? 'Allowed for now: audit only' : 'Denied';
  }
}

/** The recommended action in words. */
export function whatToDo(s: LaunchStory): string {
  switch (s.action) {
    case 'none':
      return 'Nothing: AWS and Git both allow it, with no end date.';
    case 'move-before-expiry':
      return `Move to a golden AMI before ${
        s.exception!.expires_on
      }, or extend the exception.`;
    case 'wait-for-apply':
      return 'Nothing to request: the change is merged in Git and takes effect when the platform team next applies the policies.';
    case 'move-off-now':
      return 'Move off it now: use a golden AMI, or request a new exception if the need remains.';
    case 'check-account':
      return "Check the account ID: only the organization's accounts are governed by these policies.";
    default:
      return `Use a golden AMI, or request an exception for ${s.owner}.`;
  }
}
