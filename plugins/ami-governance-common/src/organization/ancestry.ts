import type { OrganizationSnapshot } from './snapshotSchema';

/** The parts of a snapshot that describe the tree. @public */
export type OrganizationTree = Pick<
  OrganizationSnapshot,
  'roots' | 'organizationalUnits' | 'accounts'
>;

/** Each tree's ancestry, once: snapshots never change once parsed. */
const computed = new WeakMap<OrganizationTree, Map<string, string[]>>();

/**
 * For each account, the IDs from the account itself up to its root: `[account, OU, parent OU, …, root]`.
 * A parent the snapshot does not describe (a partial collection) is kept as the last link, since a
 * policy may still be attached to it; a cycle ends the chain before the repeated ID.
 * @public
 */
export function accountAncestry(tree: OrganizationTree): Map<string, string[]> {
  // One answer an account asks for several times (the layers today, the next apply's reach, the SCP):
  // computed once per tree object, which snapshots never change once parsed.
  let chains = computed.get(tree);
  if (!chains) {
    chains = ancestryOf(tree);
    computed.set(tree, chains);
  }
  return chains;
}

function ancestryOf(tree: OrganizationTree): Map<string, string[]> {
  const parentOf = new Map(
    tree.organizationalUnits.map(ou => [ou.id, ou.parentId]),
  );
  // Each OU's chain is walked once and shared by every account below it: linear in the tree.
  const ouChains = new Map<string, string[]>();
  const chainOf = (start: string): string[] => {
    const walk: string[] = [];
    const seen = new Set<string>();
    let next: string | undefined = start;
    // Roots have no entry in parentOf, so the walk stops there; `seen` stops a cycle.
    while (next !== undefined && !seen.has(next) && !ouChains.has(next)) {
      seen.add(next);
      walk.push(next);
      next = parentOf.get(next);
    }
    let tail = next !== undefined ? ouChains.get(next) ?? [] : [];
    for (let i = walk.length - 1; i >= 0; i--) {
      tail = [walk[i], ...tail];
      ouChains.set(walk[i], tail);
    }
    return tail;
  };
  const chains = new Map<string, string[]>();
  for (const account of tree.accounts) {
    chains.set(account.id, [account.id, ...chainOf(account.parentId)]);
  }
  return chains;
}
