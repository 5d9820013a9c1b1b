import { PolicyDocumentKind } from '@ami-governance/backstage-plugin-ami-governance-common';
import { createOrganizationsClient } from '@ami-governance/backstage-plugin-ami-governance-node';
import { Command } from 'commander';

/** The options every command that talks to AWS Organizations takes. */
export interface AwsOpts {
  region: string;
  roleArn?: string;
  declarativePolicy: string;
  scp: string;
}

export const DEFAULT_REGION = 'us-east-1';

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
