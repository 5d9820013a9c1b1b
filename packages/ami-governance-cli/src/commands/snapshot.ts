import { writeFileSync } from 'node:fs';
import {
  OrganizationSnapshot,
  RUNBOOK_POLICY_NAMES,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import {
  collectOrganizationSnapshot,
  createOrganizationsClient,
} from '@ami-governance/backstage-plugin-ami-governance-node';
import { InvalidArgumentError, Option } from 'commander';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../exitCodes';
import { requireFolderOf } from '../files';
import { runAsync } from '../runAsync';

/** The names the collector looks for by default: the runbook's, as plan/apply and the backend use. */
export const SNAPSHOT_POLICY_NAMES = RUNBOOK_POLICY_NAMES;

const DEFAULT_CONCURRENCY = 4;

export interface SnapshotOpts {
  out: string;
  region: string;
  roleArn?: string;
  declarativePolicy: string;
  scp: string;
  concurrency: number;
}

export const concurrencyOption = () =>
  new Option('--concurrency <n>', 'Organizations calls in flight at most')
    .default(DEFAULT_CONCURRENCY)
    .argParser((value: string) => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1)
        throw new InvalidArgumentError('expected a whole number above 0.');
      return n;
    });

/** The summary printed after a collection, and the exit code: 1 when any part could not be read. */
export function describeSnapshot(
  snapshot: OrganizationSnapshot,
  out: string,
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
  ];
  if (errors.length === 0) {
    lines.push('Complete: every part was read.');
    return { lines, exitCode: EXIT_OK };
  }
  lines.push(
    `Partial: ${errors.length} part${
      errors.length === 1 ? '' : 's'
    } could not be read:`,
  );
  for (const e of errors)
    lines.push(`  ${e.scope}: ${e.code ? `${e.code}: ` : ''}${e.message}`);
  return { lines, exitCode: EXIT_FINDINGS };
}

/** Collects the organization from AWS, writes the pretty JSON snapshot and resolves to the exit code. */
export async function takeSnapshot(opts: SnapshotOpts): Promise<number> {
  requireFolderOf(opts.out, '--out');
  const client = await createOrganizationsClient({
    region: opts.region,
    roleArn: opts.roleArn,
  });
  const log = (level: string) => (msg: string) =>
    process.stderr.write(`${level}: ${msg}\n`);
  const collected = await collectOrganizationSnapshot({
    client,
    policyNames: { declarative: opts.declarativePolicy, scp: opts.scp },
    concurrency: opts.concurrency,
    logger: { info: log('info'), warn: log('warn') },
  });
  try {
    writeFileSync(opts.out, `${JSON.stringify(collected, null, 2)}\n`);
  } catch (e) {
    throw new UsageError(`cannot write "${opts.out}": ${(e as Error).message}`);
  }
  const { lines, exitCode } = describeSnapshot(collected, opts.out);
  process.stdout.write(lines.map(l => `${l}\n`).join(''));
  return exitCode;
}

/** Collects in the background; the exit code is set once the collection ends (runAsync). */
export function runSnapshot(
  opts: SnapshotOpts,
  setExitCode: (code: number) => void,
): Promise<void> {
  return runAsync(() => takeSnapshot(opts), setExitCode);
}
