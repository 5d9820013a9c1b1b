import {
  OrganizationSnapshot,
  RUNBOOK_POLICY_NAMES,
  WorkloadAccountReport,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import {
  collectOrganizationSnapshot,
  collectWorkloads,
  createOrganizationsClient,
} from '@ami-governance/backstage-plugin-ami-governance-node';
import { countOption, WorkloadOpts, workloadsAccounts } from './awsOptions';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../lib/exitCodes';
import { requireFolderOf } from '../lib/files';
import { runAsync } from '../lib/runAsync';
import { printable } from '../lib/terminalText';
import { writeSnapshotFile } from './snapshotFile';
import { WorkloadsTally } from '../workloads/workloadsSummary';

/** The names the collector looks for by default: the runbook's, as plan/apply and the backend use. */
export const SNAPSHOT_POLICY_NAMES = RUNBOOK_POLICY_NAMES;

const DEFAULT_CONCURRENCY = 4;

interface SnapshotOpts extends WorkloadOpts {
  out: string;
  region: string;
  roleArn?: string;
  declarativePolicy: string;
  scp: string;
  concurrency: number;
}

export const concurrencyOption = () =>
  countOption(
    '--concurrency <n>',
    'Organizations calls in flight at most',
    DEFAULT_CONCURRENCY,
  );

/**
 * The summary printed after a collection, and the exit code: 1 when any part could not be read,
 * an account or region of the workloads included.
 */
function describeSnapshot(
  snapshot: OrganizationSnapshot,
  out: string,
  workloads?: WorkloadsTally,
): { lines: string[]; exitCode: number } {
  const { accounts, organizationalUnits, roots, policies, errors } = snapshot;
  const policy = (label: string, p: OrganizationSnapshot['policies']['scp']) =>
    p
      ? `${label}: ${p.name} (${p.id}), ${p.targets.length} target${
          p.targets.length === 1 ? '' : 's'
        }`
      : `${label}: not found`;
  const lines = [
    `Wrote ${out}: organization ${snapshot.organization.id} (management account ${snapshot.organization.managementAccountId}), collected ${snapshot.collectedAt}.`,
    `${accounts.length} accounts, ${organizationalUnits.length} OUs, ${
      roots.length
    } root${roots.length === 1 ? '' : 's'}.`,
    policy('Declarative policy', policies.declarativePolicy),
    policy('SCP', policies.scp),
    ...(workloads?.lines() ?? []),
  ];
  if (errors.length === 0 && !workloads?.partial) {
    lines.push('Complete: every part was read.');
    return { lines, exitCode: EXIT_OK };
  }
  if (errors.length > 0) {
    lines.push(
      `Partial: ${errors.length} part${
        errors.length === 1 ? '' : 's'
      } could not be read:`,
    );
    for (const e of errors)
      lines.push(`  ${e.scope}: ${e.code ? `${e.code}: ` : ''}${e.message}`);
  } else lines.push('Partial: the workloads above were not all visible.');
  return { lines, exitCode: EXIT_FINDINGS };
}

/** Collects the organization from AWS, writes the pretty JSON snapshot and resolves to the exit code. */
async function takeSnapshot(opts: SnapshotOpts): Promise<number> {
  requireFolderOf(opts.out, '--out');
  const roleName = workloadsRoleName(opts);
  const client = await createOrganizationsClient({
    region: opts.region,
    roleArn: opts.roleArn,
  });
  const log = (level: string) => (msg: string) =>
    process.stderr.write(`${level}: ${printable(msg)}\n`);
  const collected = await collectOrganizationSnapshot({
    client,
    policyNames: { declarative: opts.declarativePolicy, scp: opts.scp },
    concurrency: opts.concurrency,
    logger: { info: log('info'), warn: log('warn') },
  });
  const tally = roleName ? new WorkloadsTally(roleName) : undefined;
  const workloads = tally && {
    roleName: tally.roleName,
    reports: counted(
      collectWorkloads({
        accounts: workloadsAccounts(collected),
        roleName: tally.roleName,
        regions: opts.regions,
        concurrency: opts.workloadConcurrency,
        // The principal that read Organizations assumes the member roles (docs/member-role.md).
        credentials: client.config.credentials,
        stsRegion: opts.region,
        logger: { info: log('info'), warn: log('warn') },
      }),
      tally,
    ),
  };
  await writeSnapshotFile(opts.out, collected, workloads);
  const { lines, exitCode } = describeSnapshot(collected, opts.out, tally);
  process.stdout.write(lines.map(l => `${printable(l)}\n`).join(''));
  return exitCode;
}

/** `--role-name` when `--workloads` is set; the combinations that make no sense are usage errors. */
function workloadsRoleName(opts: SnapshotOpts): string | undefined {
  if (!opts.workloads) {
    const stray = [
      opts.roleName !== undefined && '--role-name',
      opts.regions !== undefined && '--regions',
    ].filter(Boolean);
    if (stray.length > 0)
      throw new UsageError(
        `${stray.join(
          ' and ',
        )} only apply with --workloads: add --workloads to read the member accounts' workloads, or leave ${stray.join(
          ' and ',
        )} out.`,
      );
    return undefined;
  }
  if (!opts.roleName)
    throw new UsageError(
      '--workloads needs --role-name NAME: the role to assume in each member account (its IAM policy: docs/member-role.md).',
    );
  return opts.roleName;
}

/** The reports, each counted on its way to the file. */
async function* counted(
  reports: AsyncIterable<WorkloadAccountReport>,
  tally: WorkloadsTally,
): AsyncGenerator<WorkloadAccountReport> {
  for await (const report of reports) {
    tally.count(report);
    yield report;
  }
}

/** Collects in the background; the exit code is set once the collection ends (runAsync). */
export function runSnapshot(
  opts: SnapshotOpts,
  setExitCode: (code: number) => void,
): Promise<void> {
  return runAsync(() => takeSnapshot(opts), setExitCode);
}
