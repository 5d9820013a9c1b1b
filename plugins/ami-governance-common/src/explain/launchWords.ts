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
  /**
   * Where the launch happens when it is not one account: an account's standing as a publisher speaks
   * of launches of its AMIs in `the accounts the policies govern`.
   */
  where?: string;
};

/** "in 123456789012", or "in the accounts the policies govern". */
const inWhere = (s: LaunchStory) => s.where ?? s.accountId;

/** "account 123456789012", or "the accounts the policies govern". */
const whoLaunches = (s: LaunchStory) => s.where ?? `account ${s.accountId}`;

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
      return `a launch of AMIs from ${s.owner} in ${inWhere(s)} goes ahead`;
    case 'audit-only':
      return `a launch of AMIs from ${s.owner} in ${inWhere(
        s,
      )} goes ahead and is only reported (audit_mode)`;
    case 'denied':
      return `a launch of AMIs from ${s.owner} in ${inWhere(s)} is denied`;
    default:
      return 'nothing can be said';
  }
}

/** When AWS's facts were collected: the deployed policies, and one region's (or every region's) setting. */
export type CollectedTimes = {
  organization?: string;
  region?: string;
  /** The region whose setting `region` dates; absent: the account's regional settings. */
  regionName?: string;
};

/** "deployed policies collected T, the eu-west-1 setting collected T2". */
function collectedWords(collected: CollectedTimes): string {
  return [
    collected.organization
      ? `deployed policies collected ${collected.organization}`
      : 'no organization snapshot collected',
    collected.region &&
      `${
        collected.regionName
          ? `the ${collected.regionName} setting`
          : 'the regional settings'
      } collected ${collected.region}`,
  ]
    .filter(Boolean)
    .join(', ');
}

/** `AWS enforces today (…collected …): a launch … is denied.` */
export function awsSentence(s: LaunchStory, collected: CollectedTimes): string {
  return `AWS enforces today (${collectedWords(collected)}): ${sideWords(
    s.aws,
    s,
  )}.`;
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
      return `Yes: ${whoLaunches(
        s,
      )} may launch AMIs from ${owner}, with no end date: AWS allows it today and the next apply keeps it so.`;
    case 'move-before-expiry':
      return `Yes until ${s.exception!.expires_on}: ${whoLaunches(
        s,
      )} may launch AMIs from ${owner}; AWS and Git agree, and it holds until ${
        s.exception!.expires_on
      }, when the exception expires.`;
    case 'wait-for-apply':
      return `Git allows it ${endsWords(
        s,
      )}; it takes effect at the next apply; no request is needed. Until then AWS ${
        s.aws === 'audit-only'
          ? 'lets the launch go ahead and reports it (audit_mode)'
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
          ? `Yes for now: ${owner} is not allowed, but Allowed AMIs is in audit_mode, so the launch in ${inWhere(
              s,
            )} is only reported; it will be blocked when the mode becomes enabled.`
          : `No: ${whoLaunches(s)} may not launch AMIs from ${owner}.`;
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

/** What governs launches in one account on one side (AWS today, or after the next apply). @public */
export type AccountRules = {
  /** Policy spelling of the Allowed AMIs state the declarative policy sets there; null: none known. */
  mode: string | null;
  reach: { declarativePolicy: boolean; scp: boolean };
};

/** A change the next apply makes to launches in an account. @public */
export type AccountChange =
  | 'declarative-policy-reach'
  | 'mode'
  | 'scp-reach'
  | 'publisher';

function allowedImagesWords(r: AccountRules): string {
  if (!r.reach.declarativePolicy)
    return 'no declarative policy reaches it, so each region keeps an Allowed AMIs setting of its own';
  return r.mode
    ? `the declarative policy reaches it and sets Allowed AMIs to ${r.mode}`
    : 'the declarative policy reaches it but sets no Allowed AMIs state';
}

const scpWords = (r: AccountRules) =>
  r.reach.scp
    ? 'the AMI guardrail SCP governs it'
    : 'the AMI guardrail SCP does not restrict it';

/** How many of the account's regions enforce what its effective policy sets, and which do not. @public */
export type RegionsMeasured = {
  measured: number;
  notEnforcing: string[];
  unmeasured: number;
};

function regionsWords(r: RegionsMeasured | undefined): string | undefined {
  if (!r) return undefined;
  if (r.unmeasured > 0 && r.measured === 0)
    return `its ${r.unmeasured} regions read cannot be measured: no effective declarative policy to measure them against`;
  if (r.notEnforcing.length === 0)
    return r.measured > 0
      ? `its ${r.measured} regions read enforce what its effective policy sets`
      : undefined;
  const n = r.notEnforcing.length;
  return `${n} of its ${r.measured} regions read ${
    n === 1 ? 'does' : 'do'
  } not enforce what its effective policy sets yet (${r.notEnforcing.join(
    ', ',
  )})`;
}

/**
 * `AWS enforces today for account X (deployed policies collected T, the regional settings collected
 * T2): the declarative policy reaches it and sets Allowed AMIs to audit_mode; …`.
 */
export function awsAccountSentence(
  accountId: string,
  today: AccountRules | undefined,
  collected: CollectedTimes,
  regions?: RegionsMeasured,
): string {
  const lead = `AWS enforces today for account ${accountId} (${collectedWords(
    collected,
  )})`;
  if (!today) return `${lead}: nothing can be said.`;
  const parts = [allowedImagesWords(today), scpWords(today)];
  const measured = regionsWords(regions);
  if (measured) parts.push(measured);
  return `${lead}: ${parts.join('; ')}.`;
}

/** `Git (what the next apply deploys): … (today audit_mode); … these take effect at the next apply.` */
export function gitAccountSentence(
  next: AccountRules | undefined,
  today: AccountRules | undefined,
  changes: AccountChange[],
): string {
  const lead = 'Git (what the next apply deploys)';
  if (!next)
    return `${lead}: where it attaches the policies, and so whether they reach this account, is not known without an organization snapshot.`;
  const differs = (...kinds: AccountChange[]) =>
    today !== undefined && kinds.some(k => changes.includes(k));
  const parts = [
    `${allowedImagesWords(next)}${
      differs('declarative-policy-reach', 'mode')
        ? ` (today ${allowedImagesWords(today!)})`
        : ''
    }`,
    `${scpWords(next)}${
      differs('scp-reach') ? ` (today ${scpWords(today!)})` : ''
    }`,
  ];
  const launchChanges = changes.filter(c => c !== 'publisher');
  const effect = launchChanges.length
    ? 'these take effect at the next apply'
    : 'the next apply changes nothing for launches here';
  return `${lead}: ${parts.join('; ')}; ${effect}.`;
}

const CHANGE_WORDS: Record<AccountChange, string> = {
  'declarative-policy-reach': 'where the declarative policy reaches',
  mode: 'the Allowed AMIs mode',
  'scp-reach': 'where the SCP reaches',
  publisher: 'its AMIs in the allowlist',
};

/**
 * The account's standing in a few words: what the next apply changes about its AMIs as a publisher
 * (the explainer's headline), else about launches in it, else that AWS enforces what Git says.
 */
export function accountHeadline(
  changes: AccountChange[],
  publisherHeadline?: string,
): string {
  if (publisherHeadline) return `AMIs from this account: ${publisherHeadline}`;
  const launchChanges = changes.filter(c => c !== 'publisher');
  if (launchChanges.length)
    return `The next apply changes ${launchChanges
      .map(c => CHANGE_WORDS[c])
      .join(' and ')} here`;
  return 'AWS enforces what Git says here';
}
