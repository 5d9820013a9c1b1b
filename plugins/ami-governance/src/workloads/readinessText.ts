import type {
  CollectedReadiness,
  NotVisibleEntry,
  WorkloadCoverage,
  WorkloadCounts,
  WorkloadItem,
  WorkloadPublisherImpact,
} from '../api/workloadTypes';
import { plural } from '../lib/format';

/** The Git config's mode the readiness answer was computed for. */
type ReadinessMode = 'audit_mode' | 'enabled';

/** Publishers named in the headline; the full list is one click away. */
const TOP_PUBLISHERS = 3;

/** The card's title: what `enabled` would block, or what it blocks now. */
export function readinessTitle(mode: ReadinessMode): string {
  return mode === 'enabled' ? 'What enabled blocks' : 'Readiness for enabled';
}

/** "12 instances and 3 launch templates"; "nothing" when both are zero. */
export function describeCounts(counts: WorkloadCounts): string {
  const parts = [
    counts.instances && plural(counts.instances, 'instance'),
    counts.launchTemplates && plural(counts.launchTemplates, 'launch template'),
  ].filter(Boolean);
  return parts.length ? parts.join(' and ') : 'nothing';
}

/** A publisher by its owner alias when AWS gave one, else its account ID. */
export function publisherName(p: { publisher: string; ownerAlias?: string }) {
  return p.ownerAlias ?? p.publisher;
}

/** "amazon (12), 555566667777 (8) and 2 more", by workloads blocked. */
export function topPublishers(byPublisher: WorkloadPublisherImpact[]): string {
  const sorted = [...byPublisher].sort(
    (a, b) =>
      b.instances + b.launchTemplates - (a.instances + a.launchTemplates),
  );
  const named = sorted
    .slice(0, TOP_PUBLISHERS)
    .map(p => `${publisherName(p)} (${p.instances + p.launchTemplates})`)
    .join(', ');
  const rest = sorted.length - TOP_PUBLISHERS;
  return rest > 0 ? `${named} and ${rest} more` : named;
}

type CoverageCounts = Pick<
  WorkloadCoverage,
  | 'organizationAccounts'
  | 'collected'
  | 'notCollected'
  | 'notVisible'
  | 'partial'
>;

/**
 * Accounts of the organization whose workloads were not seen (not collected, or refused), or
 * undefined when every one was. Without an organization snapshot no account is known to be missing,
 * and none is known to be covered: that counts as unseen too.
 */
function unseenAccounts(coverage: CoverageCounts): string | undefined {
  const unseen = coverage.notCollected + coverage.notVisible;
  if (coverage.organizationAccounts === null)
    return 'no organization snapshot says which accounts exist';
  return unseen > 0
    ? `${plural(unseen, 'account')} of the organization ${
        unseen === 1 ? 'was' : 'were'
      } not collected or not visible`
    : undefined;
}

/**
 * "3 of 12 accounts collected; 8 not collected, 1 not visible": which accounts the counts cover,
 * measured against the organization's accounts.
 */
export function describeCoverage(coverage: CoverageCounts): string {
  const { organizationAccounts: all, collected } = coverage;
  const read =
    all === null
      ? `${plural(collected, 'account')} collected`
      : `${collected.toLocaleString('en-US')} of ${plural(
          all,
          'account',
        )} collected`;
  const partial = coverage.partial ? ' (a partial collection)' : '';
  const unknown =
    all === null
      ? '; no organization snapshot yet, so accounts not collected cannot be counted'
      : '';
  return `${read}${partial}; ${coverage.notCollected.toLocaleString(
    'en-US',
  )} not collected, ${coverage.notVisible.toLocaleString(
    'en-US',
  )} not visible${unknown}`;
}

/**
 * The card's first sentence: how much is blocked, where, and by which publishers. "Nothing blocked"
 * is said only when every account of the organization was seen; otherwise the counts are a lower
 * bound, and the sentence says so.
 */
export function readinessHeadline(answer: {
  enforcementMode: ReadinessMode;
  blocked: WorkloadCounts;
  accounts: number;
  byPublisher: WorkloadPublisherImpact[];
  coverage: CoverageCounts;
}): string {
  const { blocked, enforcementMode } = answer;
  const audit = enforcementMode === 'audit_mode';
  const unseen = unseenAccounts(answer.coverage);
  const lowerBound = unseen
    ? `; ${unseen}, so blocked counts are a lower bound`
    : '';
  if (blocked.instances + blocked.launchTemplates === 0) {
    if (unseen)
      return `No blocked workload in the ${plural(
        answer.coverage.collected,
        'account',
      )} collected, but ${unseen}: what enabled would block there is unknown, so blocked counts are a lower bound.`;
    return audit
      ? 'Switching to enabled today would block nothing: every instance and launch template uses an allowed AMI.'
      : 'Enabled blocks nothing: every instance and launch template uses an allowed AMI.';
  }
  const what = `${describeCounts(blocked)} in ${plural(
    answer.accounts,
    'account',
  )}`;
  const lead = audit
    ? `Switching to enabled today would block ${what}`
    : `Enabled blocks launching ${what}`;
  return `${lead}; top publishers: ${topPublishers(
    answer.byPublisher,
  )}${lowerBound}`;
}

/** Whether the readiness answer may be shown as fine: nothing blocked, and every account seen. */
export function readinessIsClear(answer: {
  blocked: WorkloadCounts;
  coverage: CoverageCounts;
}): boolean {
  return (
    answer.blocked.instances + answer.blocked.launchTemplates === 0 &&
    !unseenAccounts(answer.coverage)
  );
}

/** An instance by its ID; a launch template by its name (or ID) and version. */
export function workloadName(w: WorkloadItem): string {
  if (w.kind === 'instance') return w.id;
  const name = w.launchTemplateName ?? w.launchTemplateId ?? w.id;
  return w.version === undefined ? name : `${name} version ${w.version}`;
}

/** Why an account or a region could not be read, with AWS's own error. */
export function describeNotVisible(entry: NotVisibleEntry): string {
  const why = entry.region
    ? 'could not be read: AWS refused the region'
    : 'could not be read: the member role could not be assumed';
  return `${why} (${entry.code}: ${entry.message})`;
}

type RegionsMeasured = CollectedReadiness['regionsNotEnforcing'];
type PolicyReach = NonNullable<CollectedReadiness['declarativePolicyReach']>;
type OutsideReach = PolicyReach['notReached']['items'][number];

const count = (n: number) => n.toLocaleString('en-US');

/**
 * "11 of 11 account-regions measured report what their account's effective declarative policy sets,
 * managed by it; 1 does not (…)": only regions with an effective policy to measure them against are
 * counted, never those of accounts no declarative policy reaches (`unmeasured`).
 */
export function describeRegionsMeasured(
  regions: RegionsMeasured,
  reasons?: string,
): string {
  const measured = regions.read - (regions.unmeasured ?? 0);
  const right = measured - regions.total;
  const wrong =
    regions.total > 0
      ? `; ${count(regions.total)} ${regions.total === 1 ? 'does' : 'do'} not${
          reasons ? ` (${reasons})` : ''
        }`
      : '';
  return `${count(right)} of ${plural(
    measured,
    'account-region',
  )} measured report what their account's effective declarative policy sets, managed by it${wrong}`;
}

/**
 * "2 account-regions could not be measured: no declarative policy reaches their account
 * (sandbox-experiments), or its effective policy could not be read"; undefined when all were.
 */
export function describeUnmeasured(
  regions: RegionsMeasured,
  reach?: PolicyReach,
): string | undefined {
  const unmeasured = regions.unmeasured ?? 0;
  if (unmeasured === 0) return undefined;
  const outside = reach?.notReached.items.map(a => a.name || a.accountId) ?? [];
  const named = outside.length ? ` (${outside.join(', ')})` : '';
  return `${plural(
    unmeasured,
    'account-region',
  )} could not be measured: no declarative policy reaches their account${named}, or its effective policy could not be read, so there is nothing to measure them against.`;
}

const SCP_TODAY: Record<OutsideReach['scpDeniesToday'], string> = {
  all: 'the SCP already denies launching those AMIs today',
  some: 'the SCP already denies launching some of those AMIs today',
  none: 'the SCP does not deny those launches today',
};

/** One account outside the declarative policy's reach: what enabled changes there, and what the SCP does today. */
export function describeOutsideReach(account: OutsideReach): string {
  const { blocked } = account;
  if (blocked.instances + blocked.launchTemplates === 0)
    return 'enabling changes nothing there; nothing there uses an AMI the allowlist does not allow';
  const scp = account.scpGoverns
    ? SCP_TODAY[account.scpDeniesToday]
    : 'the SCP does not govern it either';
  return `enabling changes nothing there for its ${describeCounts(
    blocked,
  )} on AMIs the allowlist does not allow; ${scp}`;
}

/** "1 account is outside the declarative policy's reach: …"; undefined when it reaches every account. */
export function outsideReachHeadline(reach: PolicyReach): string | undefined {
  const total = reach.notReached.total;
  if (!reach.known || total === 0) return undefined;
  const { blockedOutsideReach: apart } = reach;
  const counted =
    apart.instances + apart.launchTemplates > 0
      ? ` Of the blocked counts, ${describeCounts(apart)} in ${plural(
          apart.accounts,
          'account',
        )} there ${
          apart.instances + apart.launchTemplates === 1 ? 'is' : 'are'
        } not blocked by enabled.`
      : '';
  return `${plural(total, 'account')} ${
    total === 1 ? 'is' : 'are'
  } outside the declarative policy's reach: enabling changes nothing there.${counted}`;
}

/** How each refusal reason reads in the readiness summary, in the order it lists them. */
const REFUSAL_REASON_WORDS: [string, string][] = [
  ['maximumDaysSinceCreated', 'too old'],
  ['maximumDaysSinceDeprecated', 'deprecated too long'],
  ['imageNames', 'a name outside the pattern'],
  ['marketplaceProductCodes', 'not the marketplace product'],
  ['providers', 'a publisher not listed'],
  ['no-criteria', 'no criterion set'],
];

/**
 * "7 AMIs not allowed: 2 too old, 1 deprecated too long, 4 a publisher not listed", from the
 * readiness answer's `blockedImages`; undefined when the answer has none (criteria that look at the
 * publisher only) or nothing is blocked.
 */
export function describeBlockedImages(
  blocked: CollectedReadiness['blockedImages'],
): string | undefined {
  if (!blocked || blocked.total === 0) return undefined;
  const byReason = blocked.byReason as Record<string, number | undefined>;
  const parts = REFUSAL_REASON_WORDS.flatMap(([key, words]) =>
    byReason[key] ? [`${byReason[key]} ${words}`] : [],
  );
  return `${plural(blocked.total, 'AMI')} not allowed: ${parts.join(', ')}.`;
}
