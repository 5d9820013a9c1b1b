/**
 * Lineage for the bench/api workloads (issue 24's scale): every AMI in use gets its chain. The ops
 * publisher's AMIs descend from a golden base per region and one golden root; the one numbered 0 in
 * us-east-1 through a chain 10 deep. The vendor's and the exceptions' AMIs descend from one community
 * AMI: 10% of the workloads, about 20,000 instances and 2,000 launch template versions, the scope of
 * impact /images/{COMMUNITY_ROOT_ID}/descendants answers. Compact: links carry ID, region and owner.
 */
import type {
  ImageLineage,
  LineageLink,
  WorkloadRegion,
} from '@ami-governance/backstage-plugin-ami-governance-common';

const OPS = '123456738923';
const VENDOR = '111122223333';
const COMMUNITY = '999999999999';

const link = (
  imageId: string,
  region: string,
  ownerId: string,
): LineageLink => ({
  imageId,
  region,
  visible: true,
  ownerId,
});

const GOLDEN_ROOT = link('ami-golden-root', 'us-east-1', OPS);
/** The community root: 20,000 instances and 2,000 launch template versions in its scope (a valid AMI ID: the route checks). */
export const COMMUNITY_ROOT_ID = 'ami-0c0ffee0000000001';
const COMMUNITY_ROOT = link(COMMUNITY_ROOT_ID, 'us-east-1', COMMUNITY);
// Eight builds between the deep AMI and its base: with the base and the root, a chain 10 deep.
const DEEP = Array.from({ length: 7 }, (_, i) =>
  link(`ami-golden-build-${7 - i}`, 'us-east-1', OPS),
);

function ancestryOf(
  imageId: string,
  ownerId: string | undefined,
  region: string,
  exceptions: Set<string>,
) {
  if (ownerId === OPS) {
    const base = link(`ami-golden-base-${region}`, region, OPS);
    return imageId === `ami-${OPS}-us-east-1-0`
      ? [...DEEP, base, GOLDEN_ROOT]
      : [base, GOLDEN_ROOT];
  }
  if (ownerId === VENDOR || (ownerId && exceptions.has(ownerId)))
    return [COMMUNITY_ROOT];
  return [];
}

/** The lineage of the AMIs one account-region uses. */
export function regionLineage(
  region: WorkloadRegion,
  exceptions: Set<string>,
): ImageLineage[] {
  const images = new Map<string, string | undefined>();
  for (const i of region.instances)
    images.set(i.image.imageId, i.image.ownerId);
  for (const t of region.launchTemplates)
    if (t.image) images.set(t.image.imageId, t.image.ownerId);
  return [...images].map(([imageId, ownerId]) => ({
    imageId,
    ...(ownerId && { ownerId }),
    ancestry: ancestryOf(imageId, ownerId, region.region, exceptions),
  }));
}
