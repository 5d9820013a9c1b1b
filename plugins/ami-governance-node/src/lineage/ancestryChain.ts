import type { ImageAncestryEntry } from '@aws-sdk/client-ec2';
import type { LineageLink } from '@ami-governance/backstage-plugin-ami-governance-common';
import { instant } from '../workloads/imageFacts';

/**
 * The ancestors GetImageAncestry lists for an AMI, from its source to the root, as links. AWS lists
 * the AMI itself first; the walk follows SourceImageId from entry to entry (whatever their order),
 * and where the next entry is missing (an ancestor not shared with the caller) or repeats one already
 * met, it ends with an explicit link that is not visible.
 */
export function ancestorsFromEntries(
  imageId: string,
  region: string,
  entries: ImageAncestryEntry[],
  /** DescribeImages' SourceImageId/Region: the start when AWS left the AMI itself out. */
  described: { sourceImageId?: string; sourceImageRegion?: string } = {},
): LineageLink[] {
  const byId = new Map(
    entries.filter(e => e.ImageId).map(e => [e.ImageId!, e]),
  );
  const self = byId.get(imageId);
  let sourceId = self ? self.SourceImageId : described.sourceImageId;
  let sourceRegion = self
    ? self.SourceImageRegion
    : described.sourceImageRegion;
  let previousRegion = region;
  const seen = new Set([imageId]);
  const links: LineageLink[] = [];
  while (sourceId) {
    const at = sourceRegion ?? previousRegion;
    if (seen.has(sourceId)) {
      links.push({
        imageId: sourceId,
        region: at,
        visible: false,
        reason: 'The ancestry loops back to this AMI: the chain is cut here.',
      });
      break;
    }
    seen.add(sourceId);
    const entry = byId.get(sourceId);
    if (!entry) {
      links.push({
        imageId: sourceId,
        region: at,
        visible: false,
        reason:
          'GetImageAncestry does not show this ancestor to the collector (not shared with the account that asked, or deregistered).',
      });
      break;
    }
    const creationDate = instant(entry.CreationDate);
    links.push({
      imageId: sourceId,
      region: at,
      visible: true,
      ...(entry.ImageOwnerAlias && { ownerAlias: entry.ImageOwnerAlias }),
      ...(creationDate && { creationDate }),
    });
    previousRegion = at;
    sourceId = entry.SourceImageId;
    sourceRegion = entry.SourceImageRegion;
  }
  return links;
}
