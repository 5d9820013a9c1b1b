// Where an AMI comes from, judged on its chain to the root (issue 24). The four answers and their
// order of precedence: a chain that cannot be followed to a root is `unknown` whatever else it
// holds; then `golden` (every link published by the ops publisher), `golden-derived` (some link is),
// `foreign` (none is: the root belongs to someone else).

/** @public */
export type Provenance = 'golden' | 'golden-derived' | 'foreign' | 'unknown';

/** Worst first: the order lists of accounts and images are sorted in. @public */
export const PROVENANCE_ORDER: readonly Provenance[] = [
  'unknown',
  'foreign',
  'golden-derived',
  'golden',
];

/** How a chain ends: at a root, or cut where it could not be followed. @public */
export type ChainEnd = 'root' | 'not-visible' | 'cycle' | 'not-read';

/** One AMI of a chain, as far as the collections saw it. @public */
export type ChainLink = {
  imageId: string;
  region?: string;
  visible: boolean;
  ownerId?: string;
  ownerAlias?: string;
  name?: string;
  creationDate?: string;
};

/** An AMI's chain: itself first, then each source to where the chain ends. @public */
export type ImageChain = { links: ChainLink[]; end: ChainEnd };

/** @public */
export type ProvenanceVerdict = { provenance: Provenance; reason: string };

const ownerOf = (l: ChainLink) => l.ownerId ?? l.ownerAlias ?? 'unknown owner';

function cutReason(chain: ImageChain): string {
  const last = chain.links[chain.links.length - 1];
  switch (chain.end) {
    case 'not-visible':
      return `The chain leaves what the collector can see at ${last.imageId}: its root cannot be known.`;
    case 'cycle':
      return `The chain loops back to ${last.imageId}: it has no root.`;
    default:
      return `The ancestry of ${last.imageId} was not read: the chain cannot be followed to a root.`;
  }
}

/**
 * The provenance of `chain.links[0]` against the ops golden-AMI publisher's account. A link whose
 * owner is unknown (neither account ID nor alias) makes the chain `unknown` too: whose it is
 * decides the answer.
 * @public
 */
export function provenanceOf(
  chain: ImageChain,
  opsAccountId: string,
): ProvenanceVerdict {
  if (chain.links.length === 0 || chain.end !== 'root')
    return { provenance: 'unknown', reason: cutReason(chain) };
  const anonymous = chain.links.find(l => !l.ownerId && !l.ownerAlias);
  if (anonymous)
    return {
      provenance: 'unknown',
      reason: `The owner of ${anonymous.imageId} is not known: the chain cannot be judged.`,
    };
  const ops = chain.links.filter(l => l.ownerId === opsAccountId);
  const root = chain.links[chain.links.length - 1];
  if (ops.length === chain.links.length)
    return {
      provenance: 'golden',
      reason: `Published by the ops publisher ${opsAccountId}, as is every ancestor to the root ${root.imageId}.`,
    };
  if (ops.length > 0) {
    const other = chain.links.find(l => l.ownerId !== opsAccountId)!;
    return {
      provenance: 'golden-derived',
      reason: `The chain reaches ${
        ops[0].imageId
      } of the ops publisher ${opsAccountId}, but ${
        other.imageId
      } belongs to ${ownerOf(other)}.`,
    };
  }
  return {
    provenance: 'foreign',
    reason: `The chain's root ${root.imageId} belongs to ${ownerOf(
      root,
    )}, and no link was published by the ops publisher.`,
  };
}
