import type {
  AccountRegionStanding,
  AccountStandingResponse,
  ImpactResponse,
} from '../api/workloadTypes';
import { modeLabel, plural, TARGET_TYPE_LABELS } from '../lib/format';
import { describeCounts } from './readinessText';
import { describeRegionProblems } from '../organization/regionProblems';

// Wording of one account's standing (GET /accounts/{id}) and of what lapses for it (GET /impact).
// Not lib/accountStanding.ts, which is the account's standing in Git.

type Governance = NonNullable<
  AccountStandingResponse['policies']
>['declarativePolicy'];
type Node = NonNullable<AccountStandingResponse['path']>[number];

/** Where the member role's IAM policy and trust are described. */
const MEMBER_ROLE_DOC = 'docs/member-role.md';

/** "the root Root", "OU Workloads", "the account itself". */
export function describeNode(node: Node): string {
  if (node.type === 'ACCOUNT') return 'the account itself';
  const label = TARGET_TYPE_LABELS[node.type] ?? node.type;
  return node.type === 'ROOT'
    ? `the ${label} ${node.name}`
    : `${label} ${node.name}`;
}

/** Whether a deployed policy governs the account, and through which attachments or why not. */
export function describeGovernance(policy: Governance): string {
  if (!policy) return 'None deployed.';
  if (policy.governs) {
    return `${policy.name} governs it, attached to ${policy.via
      .map(describeNode)
      .join(', ')}.`;
  }
  const why =
    policy.note ??
    'it is attached neither to the account, nor to its OUs, nor to its root';
  return `${policy.name} does not govern it: ${why}`.replace(/\.?$/, '.');
}

/** "Root / Workloads / Prod". */
export function describePath(path: Node[]): string {
  return path.map(n => n.name).join(' / ');
}

/** The table cells of one region: its Allowed AMIs setting, problems and block public access. */
export function regionCells(r: AccountRegionStanding) {
  const setting = r.allowedImages;
  let problems = '—';
  if (r.problems?.length) problems = describeRegionProblems(r.problems);
  else if (setting) problems = 'none: as the policy sets';
  return {
    state: setting ? modeLabel(setting.state) : 'not read',
    managedBy: setting?.managedBy ?? '—',
    problems,
    publicAccess: r.imageBlockPublicAccess?.state ?? 'not read',
  };
}

/** Why a region could not be read, with AWS's error. */
export function describeRefusal(error: { code: string; message: string }) {
  return `AWS refused the region (${error.code}: ${error.message})`;
}

/** The role could not be assumed: AWS's error and what to do about it. */
export function notVisibleText(error?: { code: string; message: string }) {
  const aws = error ? ` (${error.code}: ${error.message})` : '';
  return `The member role could not be assumed in this account${aws}: its regions, workloads and public AMIs could not be read.`;
}

export const NOT_VISIBLE_WHAT_TO_DO = `What to do: deploy the member role in this account (${MEMBER_ROLE_DOC} gives its IAM policy and trust), then wait for the next workload collection.`;

/** What `enabled` would block in the account today. */
export function blockedHeadline(counts: {
  instances: number;
  launchTemplates: number;
}): string {
  if (counts.instances + counts.launchTemplates === 0) {
    return 'Enabled would block nothing here: every instance and launch template uses an allowed AMI.';
  }
  return `Enabled would block ${describeCounts(counts)} here today.`;
}

type CollectedImpact = Extract<ImpactResponse, { available: true }>;

function joinAnd(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * "On 2026-12-02, when the exception for 222233334444 lapses: 1 instance and 1 launch template
 * stop being allowed"; undefined when no exception expires.
 */
export function lapseSentence(impact: CollectedImpact): string | undefined {
  if (!impact.nextExpiry || impact.lapsing.length === 0) return undefined;
  const providers = impact.lapsing.map(l => l.provider);
  const what =
    providers.length === 1
      ? `the exception for ${providers[0]} lapses`
      : `the exceptions for ${joinAnd(providers)} lapse`;
  const { blocked } = impact;
  const effect =
    blocked.instances + blocked.launchTemplates === 0
      ? 'nothing in this account stops being allowed'
      : `${describeCounts(blocked)} ${
          blocked.instances + blocked.launchTemplates === 1 ? 'stops' : 'stop'
        } being allowed`;
  return `On ${impact.on}, when ${what}: ${effect}`;
}

/** "2 public AMIs", or that it shares none. */
export function publicImagesHeadline(total: number): string {
  return total === 0
    ? 'It shares no AMI publicly.'
    : `It shares ${plural(total, 'AMI')} publicly: anyone can launch them.`;
}
