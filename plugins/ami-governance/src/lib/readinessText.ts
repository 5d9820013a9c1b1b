import type {
  NotVisibleEntry,
  WorkloadCoverage,
  WorkloadCounts,
  WorkloadItem,
  WorkloadPublisherImpact,
} from '../api/workloadTypes';
import { plural } from './format';

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
