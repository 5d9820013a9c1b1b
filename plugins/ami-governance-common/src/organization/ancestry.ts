import type { OrganizationSnapshot } from './snapshotSchema';

/** The parts of a snapshot that describe the tree. @public */
export type OrganizationTree = Pick<
  OrganizationSnapshot,
  'roots' | 'organizationalUnits' | 'accounts'
>;

/**
 * For each account, the IDs from the account itself up to its root: `[account, OU, parent OU, …, root]`.
 * A parent the snapshot does not describe (a partial collection) is kept as the last link, since a
 * policy may still be attached to it; a cycle ends the chain before the repeated ID.
 * @public
 */
export function accountAncestry(tree: OrganizationTree): Map<string, string[]> {
  const parentOf = new Map(
    tree.organizationalUnits.map(ou => [ou.id, ou.parentId]),
  );
  const chains = new Map<string, string[]>();
  for (const account of tree.accounts) {
    const chain = [account.id];
    let next: string | undefined = account.parentId;
    // Roots have no entry in parentOf, so the walk stops there; `includes` stops a cycle.
    while (next !== undefined && !chain.includes(next)) {
      chain.push(next);
      next = parentOf.get(next);
    }
    chains.set(account.id, chain);
  }
  return chains;
}
