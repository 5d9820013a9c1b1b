import type { WorkloadsSnapshot } from '../workloads/workloadSchema';
import { LineageGraph } from './lineageGraph';

/** An instance or launch template version on an AMI in the scope. @public */
export type AffectedWorkload = {
  kind: 'instance' | 'launch-template';
  /** Instance ID, or launch template ID and version (`lt-…:3`). */
  id: string;
  accountId: string;
  region: string;
  imageId: string;
  /** The AMI's owner, where known. */
  ownerId?: string;
};

/** What a compromised AMI reaches. @public */
export type ScopeOfImpact = {
  imageId: string;
  /** Every collected AMI whose chain passes through it (itself left out). */
  descendants: string[];
  workloads: AffectedWorkload[];
  totals: {
    images: number;
    instances: number;
    launchTemplates: number;
    accounts: number;
    regions: number;
  };
};

/** The lineage graph every account-region of a workloads section reported. @public */
export function lineageGraphOf(workloads: WorkloadsSnapshot): LineageGraph {
  const graph = new LineageGraph();
  for (const account of workloads.accounts)
    for (const region of account.regions)
      for (const image of region.lineage ?? []) graph.add(image, region.region);
  return graph;
}

/**
 * The AMI, every AMI derived from it, and every instance and launch template version of the
 * workloads section that uses one of them.
 * @public
 */
export function scopeOfImpact(
  workloads: WorkloadsSnapshot,
  imageId: string,
  graph: LineageGraph = lineageGraphOf(workloads),
): ScopeOfImpact {
  const descendants = graph.descendantsOf(imageId);
  const inScopeIds = new Set([imageId, ...descendants]);
  // EC2 makes AMI IDs per region: a workload counts only where its region is the AMI's (or the
  // AMI's region is not known).
  const inScope = (id: string, where: string) => {
    if (!inScopeIds.has(id)) return false;
    const home = graph.nodes.get(id)?.region;
    return home === undefined || home === where;
  };
  const found: AffectedWorkload[] = [];
  for (const account of workloads.accounts)
    for (const region of account.regions) {
      const where = { accountId: account.accountId, region: region.region };
      for (const i of region.instances)
        if (inScope(i.image.imageId, region.region))
          found.push({
            kind: 'instance',
            id: i.instanceId,
            ...where,
            imageId: i.image.imageId,
            ...(i.image.ownerId && { ownerId: i.image.ownerId }),
          });
      for (const t of region.launchTemplates)
        if (t.image && inScope(t.image.imageId, region.region))
          found.push({
            kind: 'launch-template',
            id: `${t.launchTemplateId}:${t.version}`,
            ...where,
            imageId: t.image.imageId,
            ...(t.image.ownerId && { ownerId: t.image.ownerId }),
          });
    }
  return {
    imageId,
    descendants,
    workloads: found,
    totals: {
      images: inScopeIds.size,
      instances: found.filter(w => w.kind === 'instance').length,
      launchTemplates: found.filter(w => w.kind === 'launch-template').length,
      accounts: new Set(found.map(w => w.accountId)).size,
      regions: new Set(found.map(w => w.region)).size,
    },
  };
}
