import type { OrganizationTree } from './ancestry';

/** AWS Organizations allows at most five levels of OUs under a root. @public */
export const MAX_OU_DEPTH = 5;

/** One thing wrong with a snapshot's tree, naming the node. @public */
export type TreeProblem = { path: string; message: string };

/**
 * What makes a snapshot's tree impossible in AWS Organizations: duplicate IDs, a parent the snapshot
 * does not describe, a cycle, or OUs nested deeper than five levels. Linear in the size of the tree,
 * so a hostile snapshot cannot stall the backend. Stops after `max` problems.
 * @public
 */
export function findTreeProblems(
  tree: OrganizationTree,
  max = 10,
): TreeProblem[] {
  const problems: TreeProblem[] = [];
  const report = (path: string, message: string) => {
    if (problems.length < max) problems.push({ path, message });
  };
  const roots = new Set(tree.roots.map(r => r.id));
  const parentOf = new Map<string, string>();
  tree.organizationalUnits.forEach((ou, i) => {
    if (parentOf.has(ou.id) || roots.has(ou.id))
      report(`organizationalUnits[${i}].id`, `${ou.id} is listed twice`);
    parentOf.set(ou.id, ou.parentId);
  });
  // Depth of each OU below its root, memoized; `visiting` marks the current walk to find cycles.
  const depth = new Map<string, number>();
  const depthOf = (start: string, path: string): number | undefined => {
    const walk: string[] = [];
    const visiting = new Set<string>();
    let node = start;
    let base: number | undefined;
    for (;;) {
      if (roots.has(node)) {
        base = 0;
        break;
      }
      const known = depth.get(node);
      if (known !== undefined) {
        base = known;
        break;
      }
      if (visiting.has(node)) {
        report(path, `the OU chain from ${start} loops back to ${node}`);
        return undefined;
      }
      const parent = parentOf.get(node);
      if (parent === undefined) {
        report(
          path,
          `parent ${node} is neither a root nor an OU of the snapshot`,
        );
        return undefined;
      }
      visiting.add(node);
      walk.push(node);
      node = parent;
    }
    for (let i = walk.length - 1; i >= 0; i--) depth.set(walk[i], ++base);
    return base;
  };
  tree.organizationalUnits.forEach((ou, i) => {
    if (depth.has(ou.id)) return;
    const d = depthOf(ou.id, `organizationalUnits[${i}].parentId`);
    if (d !== undefined && d > MAX_OU_DEPTH)
      report(
        `organizationalUnits[${i}]`,
        `${ou.id} is ${d} OU levels below its root; AWS Organizations allows at most ${MAX_OU_DEPTH}`,
      );
  });
  const accounts = new Set<string>();
  tree.accounts.forEach((account, i) => {
    if (accounts.has(account.id))
      report(`accounts[${i}].id`, `account ${account.id} is listed twice`);
    accounts.add(account.id);
    if (!roots.has(account.parentId) && !parentOf.has(account.parentId))
      report(
        `accounts[${i}].parentId`,
        `parent ${account.parentId} of account ${account.id} is neither a root nor an OU of the snapshot`,
      );
  });
  return problems;
}
