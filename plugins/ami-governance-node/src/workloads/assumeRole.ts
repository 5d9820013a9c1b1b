import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { Retrier } from '../aws/retry';
import type { WorkloadsCredentialProvider } from './options';

const WORKLOADS_SESSION_NAME = 'ami-governance-workloads';

/** Renewed this long before they expire, so no call is sent with credentials about to lapse. */
const RENEW_BEFORE_MS = 5 * 60_000;

type Identity = Awaited<ReturnType<WorkloadsCredentialProvider>>;

export const memberRoleArn = (
  partition: string,
  accountId: string,
  roleName: string,
) => `arn:${partition}:iam::${accountId}:role/${roleName}`;

async function assume(
  sts: STSClient,
  retrier: Retrier,
  roleArn: string,
): Promise<Identity> {
  const { Credentials: c } = await retrier.run('AssumeRole', () =>
    sts.send(
      new AssumeRoleCommand({
        RoleArn: roleArn,
        RoleSessionName: WORKLOADS_SESSION_NAME,
      }),
    ),
  );
  if (!c?.AccessKeyId || !c.SecretAccessKey)
    throw new Error(`AssumeRole returned no credentials for ${roleArn}`);
  return {
    accessKeyId: c.AccessKeyId,
    secretAccessKey: c.SecretAccessKey,
    sessionToken: c.SessionToken,
    expiration: c.Expiration,
  };
}

/**
 * Assumes the member role once, now, so an account whose role cannot be assumed is known before any
 * EC2 call (it throws the AWS error). The provider returned renews the session when it nears its end
 * (one hour by default), for an account whose inventory takes that long.
 */
export async function assumeMemberRole(
  sts: STSClient,
  retrier: Retrier,
  roleArn: string,
  clock: () => number = Date.now,
): Promise<WorkloadsCredentialProvider> {
  let current = await assume(sts, retrier, roleArn);
  let renewing: Promise<Identity> | undefined;
  return async () => {
    const expires = current.expiration?.getTime() ?? Infinity;
    if (expires - clock() > RENEW_BEFORE_MS) return current;
    renewing ??= assume(sts, retrier, roleArn).finally(() => {
      renewing = undefined;
    });
    current = await renewing;
    return current;
  };
}
