import type { Image } from '@aws-sdk/client-ec2';
import {
  isAccountId,
  type ImageLineage,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { instant } from '../workloads/imageFacts';

/**
 * Whether every EBS snapshot the AMI maps is encrypted; undefined when it maps none (an instance
 * store AMI) or DescribeImages left the mappings out.
 */
function snapshotsEncrypted(image: Image): boolean | undefined {
  const ebs = (image.BlockDeviceMappings ?? []).flatMap(m =>
    m.Ebs ? [m.Ebs] : [],
  );
  if (ebs.length === 0) return undefined;
  return ebs.every(e => e.Encrypted === true);
}

/** An AMI's own facts as DescribeImages gave them, its ancestry still to read. */
export function imageFactsOf(image: Image & { ImageId: string }): ImageLineage {
  const tags = image.Tags
    ? Object.fromEntries(
        image.Tags.filter(t => t.Key).map(t => [t.Key!, t.Value ?? '']),
      )
    : undefined;
  const facts: ImageLineage = {
    imageId: image.ImageId,
    ownerId:
      image.OwnerId && isAccountId(image.OwnerId) ? image.OwnerId : undefined,
    ownerAlias: image.ImageOwnerAlias,
    name: image.Name,
    state: image.State,
    creationDate: instant(image.CreationDate),
    deprecationTime: instant(image.DeprecationTime),
    isPublic: image.Public,
    tags,
    snapshotsEncrypted: snapshotsEncrypted(image),
    sourceImageId: image.SourceImageId,
    sourceImageRegion: image.SourceImageRegion,
  };
  return Object.fromEntries(
    Object.entries(facts).filter(([, v]) => v !== undefined),
  ) as ImageLineage;
}
