import type { ImageLineage } from './lineageSchema';
import type { ChainLink, ImageChain } from './provenance';

/**
 * What is known of an AMI's parent: an edge to its `source`; none because it is a `root`; the AMI is
 * `not-visible` to the collector; or its ancestry was `not-read`.
 * @public
 */
export type ParentState = 'source' | 'root' | 'not-visible' | 'not-read';

/** An AMI as a node of the lineage graph. @public */
export type LineageNode = ChainLink & {
  parent: ParentState;
  /** The full facts, for an AMI that was described (used, or in the golden catalog). */
  facts?: ImageLineage;
};

/** An edge AMI → the AMI it was made from. @public */
export type LineageEdge = {
  imageId: string;
  sourceImageId: string;
  sourceRegion?: string;
};

// What each parent state tells, least first: merging two sightings keeps the one that tells more.
const PARENT_RANK: Record<ParentState, number> = {
  'not-read': 0,
  'not-visible': 1,
  root: 2,
  source: 3,
};

/**
 * The nodes and edges one account-region's view of an AMI gives: the AMI itself, then each link of
 * its ancestry, each pointing to the next. The last visible link is a root; a link that is not
 * visible ends the chain with what its descendant said of it (ID, region).
 * @public
 */
export function lineageNodes(
  image: ImageLineage,
  region: string,
): { nodes: LineageNode[]; edges: LineageEdge[] } {
  const { ancestry } = image;
  const self: LineageNode = {
    imageId: image.imageId,
    region,
    visible: true,
    ownerId: image.ownerId,
    ownerAlias: image.ownerAlias,
    name: image.name,
    creationDate: image.creationDate,
    parent: selfParent(image),
    facts: image,
  };
  const nodes: LineageNode[] = [self];
  const edges: LineageEdge[] = [];
  const firstSource = ancestry?.[0]?.imageId ?? image.sourceImageId;
  if (firstSource)
    edges.push({
      imageId: image.imageId,
      sourceImageId: firstSource,
      sourceRegion: ancestry?.[0]?.region ?? image.sourceImageRegion,
    });
  if (!ancestry && image.sourceImageId)
    nodes.push({
      imageId: image.sourceImageId,
      region: image.sourceImageRegion,
      visible: true,
      parent: 'not-read',
    });
  (ancestry ?? []).forEach((link, i) => {
    const next = ancestry![i + 1];
    nodes.push({
      ...link,
      parent: linkParent(link.visible, next !== undefined),
    });
    if (link.visible && next)
      edges.push({
        imageId: link.imageId,
        sourceImageId: next.imageId,
        sourceRegion: next.region,
      });
  });
  return { nodes, edges };
}

const definedOnly = <T extends object>(record: T): Partial<T> =>
  Object.fromEntries(
    Object.entries(record).filter(([, v]) => v !== undefined),
  ) as Partial<T>;

/** Two sightings of one AMI as one node: what either saw, the more telling parent state. @public */
export function mergeNodes(a: LineageNode, b: LineageNode): LineageNode {
  const parent =
    PARENT_RANK[b.parent] > PARENT_RANK[a.parent] ? b.parent : a.parent;
  return {
    ...a,
    ...definedOnly(b),
    visible: a.visible || b.visible,
    parent,
    facts: a.facts || b.facts ? { ...a.facts!, ...b.facts! } : undefined,
  };
}

/** What one sighting tells of an AMI's parent. */
function selfParent(image: ImageLineage): ParentState {
  if (image.ancestry) return image.ancestry.length > 0 ? 'source' : 'root';
  return image.sourceImageId ? 'source' : 'not-read';
}

/** What a link of a chain tells of its parent: the next link, or none (the root). */
function linkParent(visible: boolean, hasNext: boolean): ParentState {
  if (!visible) return 'not-visible';
  return hasNext ? 'source' : 'root';
}

/** Deepest chain followed: far beyond AWS's real chains, a guard against corrupt data. @public */
export const MAX_CHAIN_DEPTH = 64;

/**
 * Lineage graph held in memory (the CLI reads it from a snapshot file; the backend keeps the same
 * graph in its database and walks it in SQL).
 * @public
 */
export class LineageGraph {
  readonly nodes = new Map<string, LineageNode>();
  /** imageId → its source. */
  readonly sources = new Map<string, LineageEdge>();
  /** source imageId → the AMIs made from it. */
  readonly children = new Map<string, string[]>();

  add(image: ImageLineage, region: string): void {
    const { nodes, edges } = lineageNodes(image, region);
    for (const node of nodes) {
      const known = this.nodes.get(node.imageId);
      this.nodes.set(node.imageId, known ? mergeNodes(known, node) : node);
    }
    for (const edge of edges) {
      if (this.sources.has(edge.imageId)) continue;
      this.sources.set(edge.imageId, edge);
      const list = this.children.get(edge.sourceImageId) ?? [];
      list.push(edge.imageId);
      this.children.set(edge.sourceImageId, list);
    }
  }

  /** The chain of an AMI to its root, cut cleanly at a hidden link, a loop or the depth guard. */
  chainOf(imageId: string): ImageChain {
    return chainFromWalk(imageId, id => {
      const node = this.nodes.get(id);
      return (
        node && { node, sourceImageId: this.sources.get(id)?.sourceImageId }
      );
    });
  }

  /** Every AMI whose chain passes through `imageId` (itself left out), nearest first. */
  descendantsOf(imageId: string): string[] {
    const found: string[] = [];
    const seen = new Set([imageId]);
    let level = [imageId];
    while (level.length > 0 && found.length < this.nodes.size) {
      const next: string[] = [];
      for (const id of level)
        for (const child of this.children.get(id) ?? [])
          if (!seen.has(child)) {
            seen.add(child);
            found.push(child);
            next.push(child);
          }
      level = next;
    }
    return found;
  }
}

/**
 * A chain from `imageId` following `step` (a node and its source, if any): the one walk both the
 * in-memory graph and the database's rows are judged by.
 * @public
 */
export function chainFromWalk(
  imageId: string,
  step: (
    imageId: string,
  ) => { node: LineageNode; sourceImageId?: string } | undefined,
): ImageChain {
  const links: ChainLink[] = [];
  const seen = new Set<string>();
  let id: string | undefined = imageId;
  while (id !== undefined) {
    if (seen.has(id)) return { links, end: 'cycle' };
    if (links.length >= MAX_CHAIN_DEPTH) return { links, end: 'not-read' };
    seen.add(id);
    const found = step(id);
    if (!found) {
      links.push({ imageId: id, visible: false });
      return { links, end: 'not-read' };
    }
    const { node, sourceImageId } = found;
    const { parent: _parent, facts: _facts, ...link } = node;
    links.push(link);
    if (node.parent === 'root') return { links, end: 'root' };
    if (node.parent === 'not-visible') return { links, end: 'not-visible' };
    if (node.parent === 'not-read' || !sourceImageId)
      return { links, end: 'not-read' };
    id = sourceImageId;
  }
  return { links, end: 'not-read' };
}
