import { existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { OrganizationSnapshot } from '@ami-governance/backstage-plugin-ami-governance-common';
import {
  collectOrganizationSnapshot,
  createOrganizationsClient,
} from '@ami-governance/backstage-plugin-ami-governance-node';
import { InvalidArgumentError, Option } from 'commander';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError } from '../exitCodes';

export const SNAPSHOT_DEFAULTS = {
  region: 'us-east-1',
  declarativePolicy: 'ami-publisher-allowlist',
  scp: 'ami-guardrail',
  concurrency: 4,
};

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
    .default(SNAPSHOT_DEFAULTS.concurrency)
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

/** Fails before minutes of collection when the file could not be written anyway. */
function checkOutPath(out: string) {
  const dir = dirname(resolve(out));
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new UsageError(
      `cannot write "${out}": the folder ${dir} does not exist. Pass --out with a path in an existing folder.`,
    );
}

/** Collects the organization from AWS, writes the pretty JSON snapshot and resolves to the exit code. */
export async function takeSnapshot(opts: SnapshotOpts): Promise<number> {
  checkOutPath(opts.out);
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

/**
 * The CLI's `main` returns its code synchronously while a collection takes minutes: the code is
 * set on `process.exitCode` once the collection ends, after `main` has returned.
 */
export function runSnapshot(
  opts: SnapshotOpts,
  setExitCode: (code: number) => void,
): Promise<void> {
  const done = (code: number) => {
    setExitCode(code);
    process.exitCode = code;
  };
  return takeSnapshot(opts).then(done, e => {
    process.stderr.write(`ami-governance: ${(e as Error).message}\n`);
    done(e instanceof UsageError ? EXIT_USAGE : EXIT_FINDINGS);
  });
}
