import {
  DescribeAccountCommand,
  DescribeOrganizationalUnitCommand,
  ListAccountsCommand,
  ListAccountsForParentCommand,
  ListOrganizationalUnitsForParentCommand,
} from '@aws-sdk/client-organizations';
import { targetTypeOf } from '@ami-governance/backstage-plugin-ami-governance-common';
import { collectionError, CollectContext } from '../organization/context';
import { errorCode } from '../aws/retry';
import { TargetReading } from './organizationReading';

const NOT_FOUND = new Set([
  'OrganizationalUnitNotFoundException',
  'AccountNotFoundException',
]);

type Send = <T>(api: string, call: () => Promise<T>) => Promise<T>;

const sender =
  (ctx: CollectContext): Send =>
  (api, call) =>
    ctx.limit(api, () => ctx.retrier.run(api, call));

/** Whether any account other than the management account sits under a root or OU (one small page each). */
async function hasMemberAccount(
  ctx: CollectContext,
  send: Send,
  parentId: string,
  isRoot: boolean,
  managementAccountId: string,
): Promise<boolean> {
  const { client } = ctx;
  const listed = isRoot
    ? await send('ListAccounts', () =>
        client.send(new ListAccountsCommand({ MaxResults: 2 })),
      )
    : await send('ListAccountsForParent', () =>
        client.send(
          new ListAccountsForParentCommand({
            ParentId: parentId,
            MaxResults: 2,
          }),
        ),
      );
  const members = (listed.Accounts ?? []).filter(
    a => a.Id !== managementAccountId,
  );
  if (members.length || listed.NextToken) return true;
  if (isRoot) return false;
  const children = await send('ListOrganizationalUnitsForParent', () =>
    client.send(
      new ListOrganizationalUnitsForParentCommand({
        ParentId: parentId,
        MaxResults: 1,
      }),
    ),
  );
  return (children.OrganizationalUnits ?? []).length > 0;
}

/**
 * One target a plan wants the policies attached to: whether it exists, its name, and whether any
 * member account sits under it. A target that does not exist is `found: false`; other failures are
 * recorded under `targets:<id>`.
 */
export async function readTarget(
  ctx: CollectContext,
  targetId: string,
  roots: { id: string; name: string }[],
  managementAccountId: string,
): Promise<TargetReading> {
  const type = targetTypeOf(targetId) ?? 'ACCOUNT';
  const absent: TargetReading = {
    targetId,
    name: '',
    type,
    found: false,
    governsNoMemberAccount: false,
  };
  const send = sender(ctx);
  const { client } = ctx;
  try {
    if (type === 'ACCOUNT') {
      const { Account } = await send('DescribeAccount', () =>
        client.send(new DescribeAccountCommand({ AccountId: targetId })),
      );
      return {
        ...absent,
        name: Account?.Name ?? '',
        found: true,
        governsNoMemberAccount: targetId === managementAccountId,
      };
    }
    let name: string | undefined;
    if (type === 'ROOT') name = roots.find(r => r.id === targetId)?.name;
    else {
      const { OrganizationalUnit } = await send(
        'DescribeOrganizationalUnit',
        () =>
          client.send(
            new DescribeOrganizationalUnitCommand({
              OrganizationalUnitId: targetId,
            }),
          ),
      );
      name = OrganizationalUnit?.Name ?? '';
    }
    if (name === undefined) return absent;
    const members = await hasMemberAccount(
      ctx,
      send,
      targetId,
      type === 'ROOT',
      managementAccountId,
    );
    return { ...absent, name, found: true, governsNoMemberAccount: !members };
  } catch (e) {
    if (NOT_FOUND.has(errorCode(e) ?? '')) return absent;
    ctx.errors.push(collectionError(`targets:${targetId}`, e));
    return absent;
  }
}
