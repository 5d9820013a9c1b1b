import {
  paginateListAccountsForParent,
  paginateListOrganizationalUnitsForParent,
  paginateListRoots,
} from '@aws-sdk/client-organizations';
import { OrganizationSnapshot } from '@ami-governance/backstage-plugin-ami-governance-common';
import { collectPages, CollectContext, PAGE_SIZE } from './context';

type Root = OrganizationSnapshot['roots'][number];
type OrganizationalUnit = OrganizationSnapshot['organizationalUnits'][number];

/** An account as the tree walk finds it; the ARN only serves to identify the organization. */
interface TreeAccount {
  id: string;
  name: string;
  parentId: string;
  status?: string;
  arn?: string;
}

/** The roots, with the policy types enabled in each (plan refuses to attach a type that is not). */
export async function listRoots(
  ctx: CollectContext,
): Promise<(Root & { arn?: string; enabledPolicyTypes: string[] })[]> {
  const { client } = ctx;
  const roots = await ctx.limit('ListRoots', () =>
    collectPages(
      ctx,
      'roots',
      'ListRoots',
      'ListRoots',
      startingToken =>
        paginateListRoots({ client, startingToken, pageSize: PAGE_SIZE }, {}),
      page => page.Roots,
    ),
  );
  return roots
    .filter(r => r.Id)
    .map(r => ({
      id: r.Id!,
      name: r.Name ?? '',
      arn: r.Arn,
      enabledPolicyTypes: (r.PolicyTypes ?? [])
        .filter(t => t.Status === 'ENABLED' && t.Type)
        .map(t => t.Type!),
    }));
}

function listOrganizationalUnits(ctx: CollectContext, parentId: string) {
  const { client } = ctx;
  return collectPages(
    ctx,
    'organizationalUnits',
    `the OUs under ${parentId} could not be listed`,
    'ListOrganizationalUnitsForParent',
    startingToken =>
      paginateListOrganizationalUnitsForParent(
        { client, startingToken, pageSize: PAGE_SIZE },
        { ParentId: parentId },
      ),
    page => page.OrganizationalUnits,
  );
}

function listAccounts(ctx: CollectContext, parentId: string) {
  const { client } = ctx;
  return collectPages(
    ctx,
    'accounts',
    `the accounts under ${parentId} could not be listed`,
    'ListAccountsForParent',
    startingToken =>
      paginateListAccountsForParent(
        { client, startingToken, pageSize: PAGE_SIZE },
        { ParentId: parentId },
      ),
    page => page.Accounts,
  );
}

/**
 * The OUs and accounts under the roots. Per parent (root or OU) one ListOrganizationalUnitsForParent
 * and one ListAccountsForParent, which name each account's parent directly: about 2 × (roots + OUs)
 * calls instead of ListAccounts plus one ListParents per account (5,000 accounts: 600 calls, not
 * 5,250 with 5,000 at 5 per second). `onAccounts` lets the caller start per-account work while the
 * walk goes on.
 */
export async function walkTree(
  ctx: CollectContext,
  rootIds: string[],
  onAccounts: (accounts: TreeAccount[]) => void = () => {},
): Promise<{
  organizationalUnits: OrganizationalUnit[];
  accounts: TreeAccount[];
}> {
  const childrenOf = new Map<string, OrganizationalUnit[]>();
  const accounts: TreeAccount[] = [];

  // Only the listings take a slot of `ctx.limit`; the recursion waits outside it, so it cannot deadlock.
  const visit = async (parentId: string): Promise<void> => {
    const [children] = await Promise.all([
      ctx.limit('ListOrganizationalUnitsForParent', () =>
        listOrganizationalUnits(ctx, parentId),
      ),
      ctx
        .limit('ListAccountsForParent', () => listAccounts(ctx, parentId))
        .then(found => {
          const here = found
            .filter(a => a.Id)
            .map(a => ({
              id: a.Id!,
              name: a.Name ?? '',
              parentId,
              // `State` replaces the deprecated `Status`; older answers carry only `Status`.
              ...(a.State ?? a.Status ? { status: a.State ?? a.Status } : {}),
              arn: a.Arn,
            }));
          accounts.push(...here);
          onAccounts(here);
        }),
    ]);
    const units = children
      .filter(ou => ou.Id)
      .map(ou => ({ id: ou.Id!, name: ou.Name ?? '', parentId }));
    childrenOf.set(parentId, units);
    await Promise.all(units.map(ou => visit(ou.id)));
  };
  await Promise.all(rootIds.map(visit));

  return {
    organizationalUnits: inTreeOrder(rootIds, childrenOf),
    accounts: accounts.sort((a, b) => a.id.localeCompare(b.id)),
  };
}

/** Parents before children, siblings by name: the same file for the same tree, however calls interleave. */
function inTreeOrder(
  rootIds: string[],
  childrenOf: Map<string, OrganizationalUnit[]>,
): OrganizationalUnit[] {
  const ordered: OrganizationalUnit[] = [];
  const queue = [...rootIds];
  for (let i = 0; i < queue.length; i++) {
    const children = [...(childrenOf.get(queue[i]) ?? [])].sort(
      (a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
    );
    ordered.push(...children);
    queue.push(...children.map(c => c.id));
  }
  return ordered;
}
