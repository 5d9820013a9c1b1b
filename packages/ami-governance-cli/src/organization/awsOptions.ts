import {
  isAwsRegion,
  isIamRoleName,
  OrganizationSnapshot,
  PolicyDocumentKind,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { createOrganizationsClient } from '@ami-governance/backstage-plugin-ami-governance-node';
import { Command, InvalidArgumentError, Option } from 'commander';

/** The options every command that talks to AWS Organizations takes. */
export interface AwsOpts {
  region: string;
  roleArn?: string;
  declarativePolicy: string;
  scp: string;
}

const DEFAULT_REGION = 'us-east-1';

/**
 * Adds `--region`, `--role-arn`, `--declarative-policy` and `--scp` (names or IDs, defaulting to
 * `names`). Endpoints come from the SDK's own resolution: AWS_ENDPOINT_URL_ORGANIZATIONS points
 * every command elsewhere.
 */
export function withAwsOptions(
  cmd: Command,
  names: Record<PolicyDocumentKind, string>,
): Command {
  return cmd
    .option('--region <region>', 'AWS region', DEFAULT_REGION)
    .option(
      '--role-arn <arn>',
      'assume this role (else the default credential chain)',
    )
    .option(
      '--declarative-policy <name-or-id>',
      'the EC2 declarative policy, by name or ID (p-…)',
      names.declarativePolicy,
    )
    .option(
      '--scp <name-or-id>',
      'the AMI guardrail SCP, by name or ID (p-…)',
      names.scp,
    );
}

export const policyNamesOf = (opts: AwsOpts) => ({
  declarativePolicy: opts.declarativePolicy,
  scp: opts.scp,
});

/** The Organizations client for the options; the SDK's retries are off, ours back off. */
export async function organizationsAccess(opts: AwsOpts) {
  return {
    client: await createOrganizationsClient({
      region: opts.region,
      roleArn: opts.roleArn,
    }),
  };
}

/** A `--flag <n>` taking a whole number above 0, such as how many AWS calls run at once. */
export const countOption = (
  flags: string,
  description: string,
  value: number,
) =>
  new Option(flags, description).default(value).argParser((text: string) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1)
      throw new InvalidArgumentError('expected a whole number above 0.');
    return n;
  });

/** The options of `snapshot --workloads`. */
export interface WorkloadOpts {
  workloads?: boolean;
  roleName?: string;
  regions?: string[];
  workloadConcurrency: number;
}

const DEFAULT_WORKLOAD_CONCURRENCY = 8;

function roleName(value: string): string {
  if (!isIamRoleName(value))
    throw new InvalidArgumentError(
      'expected an IAM role name such as AmiGovernanceReadOnly (optionally after its path), not a role ARN.',
    );
  return value;
}

function regionList(value: string): string[] {
  const regions = value
    .split(',')
    .map(r => r.trim())
    .filter(Boolean);
  const wrong = regions.find(r => !isAwsRegion(r));
  if (regions.length === 0 || wrong !== undefined)
    throw new InvalidArgumentError(
      `expected AWS region names separated by commas, e.g. us-east-1,eu-west-1${
        wrong === undefined ? '' : `; "${wrong}" is not one`
      }.`,
    );
  return [...new Set(regions)];
}

/**
 * Adds `--workloads`, `--role-name`, `--regions` and `--workload-concurrency`. The member roles are
 * assumed with the credentials that read Organizations, in `--region`'s partition; endpoints come
 * from the SDK's own resolution (AWS_ENDPOINT_URL_STS, AWS_ENDPOINT_URL_EC2).
 */
export function withWorkloadOptions(cmd: Command): Command {
  return cmd
    .option(
      '--workloads',
      "also read each member account's instances, launch templates, public AMIs and Allowed AMIs settings",
    )
    .addOption(
      new Option(
        '--role-name <name>',
        'with --workloads: the role assumed in each member account (docs/member-role.md)',
      ).argParser(roleName),
    )
    .addOption(
      new Option(
        '--regions <list>',
        'with --workloads: the regions to read, e.g. us-east-1,eu-west-1 (default: every region enabled in each account)',
      ).argParser(regionList),
    )
    .addOption(
      countOption(
        '--workload-concurrency <n>',
        'with --workloads: member accounts read at once at most',
        DEFAULT_WORKLOAD_CONCURRENCY,
      ),
    );
}

/**
 * The accounts whose workloads are read: the ACTIVE ones, the management account included (an
 * account whose state was not returned counts as active: reading it costs one refused AssumeRole).
 */
export const workloadsAccounts = (snapshot: OrganizationSnapshot) =>
  snapshot.accounts
    .filter(a => (a.status ?? 'ACTIVE') === 'ACTIVE')
    .map(a => ({ id: a.id }));
