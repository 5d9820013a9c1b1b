import type { IsoDate } from '@ami-governance/backstage-plugin-ami-governance-common';
import type { ImpactBaseline, WorkloadSnapshot } from './impactInput';
import type {
  ImpactReport,
  PublisherImpact,
  WorkloadCount,
} from './impactReport';

// The impact in the words a reviewer reads in a merge request's job log.

/** Workload IDs listed per account; --json lists every one. */
const IDS_PER_ACCOUNT = 5;

const plural = (n: number, word: string) =>
  `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** "2 instances and 1 launch template"; a zero part is left out unless both are zero. */
function describeCount({ instances, launchTemplates }: WorkloadCount) {
  const parts = [
    instances > 0 && plural(instances, 'instance'),
    launchTemplates > 0 && plural(launchTemplates, 'launch template'),
  ].filter(Boolean);
  return parts.length ? parts.join(' and ') : 'no instance or launch template';
}

/** "use its AMIs", or "uses" after a single workload. */
const useIts = ({ instances, launchTemplates }: WorkloadCount) =>
  instances + launchTemplates === 1 ? 'uses its AMIs' : 'use its AMIs';

function baselineLine(baseline: ImpactBaseline, snapshot: WorkloadSnapshot) {
  if (baseline.kind === 'none')
    return `No declarative policy with Allowed AMIs settings is deployed in this snapshot: compared with no allowlist, so every workload whose AMI this config does not allow is counted.`;
  const mode = baseline.mode ? `, ${baseline.mode}` : '';
  return `Compared with what is deployed today: declarative policy ${baseline.policy.name} (${baseline.policy.id}${mode}), as collected ${snapshot.collectedAt}.`;
}

function accountLines(
  group: PublisherImpact,
  accountName: (id: string) => string,
) {
  // One pass over the group's workloads: a publisher may be used in thousands of accounts.
  const byAccount = new Map<string, PublisherImpact['workloads']>();
  for (const w of group.workloads) {
    const list = byAccount.get(w.accountId);
    if (list) list.push(w);
    else byAccount.set(w.accountId, [w]);
  }
  return group.accounts.map(accountId => {
    const mine = byAccount.get(accountId) ?? [];
    const counted = describeCount({
      instances: mine.filter(w => w.kind === 'instance').length,
      launchTemplates: mine.filter(w => w.kind === 'launch-template').length,
    });
    const ids = mine
      .slice(0, IDS_PER_ACCOUNT)
      .map(w => `${w.id} (${w.region})`)
      .join(', ');
    const more =
      mine.length > IDS_PER_ACCOUNT
        ? `, and ${mine.length - IDS_PER_ACCOUNT} more`
        : '';
    return `  ${accountName(accountId)}: ${counted}: ${ids}${more}`;
  });
}

/** Which criterion refuses the AMIs and why, once per distinct reason. */
function refusalLines(group: PublisherImpact) {
  const reasons = [
    ...new Set(
      group.workloads.flatMap(w => (w.refusedBy ? [w.refusedBy] : [])),
    ),
  ];
  return reasons.map(reason => `  Why: ${reason}.`);
}

function publisherLine(
  group: PublisherImpact,
  baseline: ImpactBaseline,
  today: IsoDate,
) {
  // A publisher the config keeps, whose AMIs a criterion now refuses (names, product codes, ages).
  const narrowed = group.workloads.every(w => w.refusedBy);
  if (narrowed)
    return `This config narrows what it allows of ${
      group.publisher
    }: ${describeCount(group)} in ${plural(
      group.accounts.length,
      'account',
    )} ${useIts(group)} that it no longer allows.`;
  const verb = baseline.kind === 'none' ? 'does not allow' : 'removes';
  const expiresOn = group.exceptionExpiresOn;
  const lapse = expiresOn
    ? ` (its exception ${
        expiresOn < today ? 'expired' : 'expires'
      } on ${expiresOn})`
    : '';
  return `This config ${verb} ${group.publisher}${lapse}: ${describeCount(
    group,
  )} in ${plural(group.accounts.length, 'account')} ${useIts(group)}.`;
}

function notCountedLines(
  report: ImpactReport,
  accountName: (id: string) => string,
) {
  const lines: string[] = [];
  const { unresolved, selfOwnedNoLongerListed: self } = report;
  if (self.instances + self.launchTemplates > 0)
    lines.push(
      `  ${describeCount(
        self,
      )} on AMIs their own account owns, from owners this config no longer lists: Allowed AMIs always allows an account its own AMIs, but the SCP's ec2:Owner condition does not, so their launches are denied wherever the SCP governs the account.`,
    );
  if (unresolved.instances + unresolved.launchTemplates > 0)
    lines.push(
      `  ${describeCount(
        unresolved,
      )} whose AMI owner could not be resolved (a deregistered AMI, or one that enabled mode hides from the account): not judged.`,
    );
  for (const v of report.notVisible)
    lines.push(
      `  ${accountName(v.accountId)}${
        v.region ? ` ${v.region}` : ''
      }: not visible (${v.code}: ${v.message})`,
    );
  for (const id of report.notCollected)
    lines.push(`  ${accountName(id)}: no workloads report in the snapshot`);
  return lines.length ? ['Not counted:', ...lines] : [];
}

/** What the config's launches meet: the SCP always, Allowed AMIs only once enabled. */
const consequence = (mode: string) =>
  `Running instances keep running; their next launch (relaunch, scale-out, a launch template) is denied by the SCP${
    mode === 'enabled'
      ? ' and by Allowed AMIs (enabled)'
      : ', and by Allowed AMIs once enforcement_mode is enabled (audit_mode only records it)'
  }.`;

/** Every line `impact` prints without --json. */
export function impactLines(input: {
  configPath: string;
  /** The config's `policy_config.enforcement_mode`. */
  configMode: string;
  snapshotPath: string;
  today: IsoDate;
  on: IsoDate;
  snapshot: WorkloadSnapshot;
  baseline: ImpactBaseline;
  report: ImpactReport;
}): string[] {
  const { snapshot, baseline, report } = input;
  const names = new Map(snapshot.accounts.map(a => [a.id, a.name]));
  const accountName = (id: string) =>
    names.get(id) ? `${id} ${names.get(id)}` : id;
  const lines = [
    `What ${input.configPath} allows on ${
      input.on
    }, applied to the workloads of ${input.snapshotPath} (${plural(
      snapshot.workloads.accounts.length,
      'account',
    )} reported).`,
    baselineLine(baseline, snapshot),
    '',
  ];
  for (const group of report.newlyBlocked) {
    lines.push(publisherLine(group, baseline, input.today));
    lines.push(...refusalLines(group));
    lines.push(...accountLines(group, accountName));
  }
  const { blocked } = report;
  if (blocked.instances + blocked.launchTemplates === 0)
    lines.push(
      'Nothing newly blocked: every instance and launch template allowed today stays allowed.',
    );
  else
    lines.push(
      `In all: ${describeCount(blocked)} in ${plural(
        blocked.accounts,
        'account',
      )} would no longer be allowed. ${consequence(input.configMode)}`,
    );
  if (report.newlyAllowed.length) lines.push('');
  for (const group of report.newlyAllowed)
    lines.push(
      `This config allows ${group.publisher}: ${describeCount(
        group,
      )} in ${plural(group.accounts.length, 'account')} ${useIts(
        group,
      )}, not allowed today.`,
    );
  const notCounted = notCountedLines(report, accountName);
  if (notCounted.length) lines.push('', ...notCounted);
  return lines;
}
