import { DescribeOrganizationCommand } from '@aws-sdk/client-organizations';
import { collectionError, CollectContext } from './context';

interface OrganizationIdentity {
  id: string;
  managementAccountId: string;
}

/** Organizations ARNs name the management account and the organization: `arn:aws:organizations::<mgmt>:root/o-…/r-…`. */
const ORGANIZATIONS_ARN =
  /^arn:[^:]+:organizations::(\d{12}):[a-z]+\/(o-[a-z0-9]+)(?:\/|$)/;

/** The schema needs a 12-digit ID; this one stands in only when nothing could be read, with an error saying so. */
const UNKNOWN_ACCOUNT_ID = '000000000000';

function identityFromArn(
  arn: string | undefined,
): OrganizationIdentity | undefined {
  const match = arn ? ORGANIZATIONS_ARN.exec(arn) : null;
  return match ? { managementAccountId: match[1], id: match[2] } : undefined;
}

export async function describeOrganization(
  ctx: CollectContext,
): Promise<OrganizationIdentity | undefined> {
  try {
    const { Organization: org } = await ctx.limit('DescribeOrganization', () =>
      ctx.retrier.run('DescribeOrganization', () =>
        ctx.client.send(new DescribeOrganizationCommand({})),
      ),
    );
    if (org?.Id && org.MasterAccountId)
      return { id: org.Id, managementAccountId: org.MasterAccountId };
    throw new Error('DescribeOrganization returned no organization ID');
  } catch (e) {
    ctx.errors.push(collectionError('organization', e));
    return undefined;
  }
}

/**
 * DescribeOrganization's answer, else the identity read from any ARN collected (root, OU, account or
 * policy), else a placeholder; the two fallbacks sit beside the 'organization' error already recorded.
 */
export function resolveIdentity(
  described: OrganizationIdentity | undefined,
  arns: (string | undefined)[],
  ctx: CollectContext,
): OrganizationIdentity {
  if (described) return described;
  for (const arn of arns) {
    const fromArn = identityFromArn(arn);
    if (fromArn) return fromArn;
  }
  ctx.errors.push({
    scope: 'organization',
    message: `the organization could not be identified; managementAccountId ${UNKNOWN_ACCOUNT_ID} is a placeholder`,
  });
  return { id: '', managementAccountId: UNKNOWN_ACCOUNT_ID };
}
