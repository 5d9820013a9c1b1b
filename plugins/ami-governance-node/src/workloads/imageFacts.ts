import type { Image, ImageMetadata } from '@aws-sdk/client-ec2';
import {
  isAccountId,
  WorkloadImage,
} from '@ami-governance/backstage-plugin-ami-governance-common';

/** An ISO 8601 instant, or undefined when AWS gave none (or something the snapshot could not parse). */
export function instant(value: Date | string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The fields that are set, so a snapshot of 200,000 instances carries no `"name": undefined` noise. */
function defined<T extends object>(record: T): T {
  return Object.fromEntries(
    Object.entries(record).filter(([, v]) => v !== undefined),
  ) as T;
}

function owner(ownerId: string | undefined, alias: string | undefined) {
  const id = ownerId && isAccountId(ownerId) ? ownerId : undefined;
  // DescribeInstanceImageMetadata echoes the owner's ID as its alias when it has none.
  return {
    ownerId: id,
    ownerAlias: alias && alias !== ownerId ? alias : undefined,
  };
}

/** An instance's AMI as DescribeInstanceImageMetadata describes it (deregistered or private ones too). */
export function imageOfMetadata(
  meta: ImageMetadata & { ImageId: string },
): WorkloadImage {
  return defined({
    imageId: meta.ImageId,
    ...owner(meta.OwnerId, meta.ImageOwnerAlias),
    name: meta.Name,
    creationDate: instant(meta.CreationDate),
    deprecationTime: instant(meta.DeprecationTime),
    imageAllowed: meta.ImageAllowed,
    isPublic: meta.IsPublic,
  });
}

/** An AMI as DescribeImages describes it. */
export function imageOfDescribed(
  image: Image & { ImageId: string },
): WorkloadImage {
  const productCodes = (image.ProductCodes ?? [])
    .map(c => c.ProductCodeId)
    .filter((c): c is string => !!c);
  return defined({
    imageId: image.ImageId,
    ...owner(image.OwnerId, image.ImageOwnerAlias),
    name: image.Name,
    productCodes: productCodes.length > 0 ? productCodes : undefined,
    creationDate: instant(image.CreationDate),
    deprecationTime: instant(image.DeprecationTime),
    imageAllowed: image.ImageAllowed,
    isPublic: image.Public,
  });
}

/** What DescribeInstanceImageMetadata said, completed by DescribeImages (product codes, an owner it lacked). */
export function completeImage(
  image: WorkloadImage,
  described: WorkloadImage | undefined,
): WorkloadImage {
  return described ? { ...described, ...image } : image;
}
