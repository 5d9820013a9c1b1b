import { paginateDescribeImages } from '@aws-sdk/client-ec2';
import type {
  PublicImage,
  WorkloadImage,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { errorCode, errorMessage } from '../aws/retry';
import { imageOfDescribed, instant } from './imageFacts';
import { pages, readPages, RegionContext } from './regionContext';

/** AMI ids per DescribeImages call: well under the query's parameter limits, one call for most regions. */
export const IMAGE_ID_BATCH = 100;

/** The largest page DescribeImages returns. */
const PAGE_SIZE = 1000;

/** What DescribeImages answers when an id in the list does not (or no longer) exist. */
const UNKNOWN_IMAGE = new Set([
  'InvalidAMIID.NotFound',
  'InvalidAMIID.Unavailable',
  'InvalidAMIID.Malformed',
]);

/** Launch templates may name an SSM parameter that EC2 resolves at launch, not an AMI. */
export const isSsmParameter = (imageId: string) =>
  imageId.startsWith('resolve:ssm:');

async function describe(ctx: RegionContext, ids: string[]) {
  const found: WorkloadImage[] = [];
  for await (const page of pages(ctx, 'DescribeImages', startingToken =>
    paginateDescribeImages(
      { client: ctx.ec2, startingToken },
      { ImageIds: ids, IncludeDeprecated: true, IncludeDisabled: true },
    ),
  ))
    for (const image of page.Images ?? [])
      if (image.ImageId)
        found.push(imageOfDescribed({ ...image, ImageId: image.ImageId }));
  return found;
}

/**
 * One batch, described. One unknown id fails the whole call, so the ids AWS names are dropped and the
 * rest asked again (or, when it names none, each half on its own). Those ids stay unresolved.
 */
async function describeBatch(
  ctx: RegionContext,
  ids: string[],
): Promise<WorkloadImage[]> {
  try {
    return await describe(ctx, ids);
  } catch (e) {
    if (!UNKNOWN_IMAGE.has(errorCode(e) ?? '')) throw e;
    const message = errorMessage(e);
    const named = ids.filter(id => message.includes(id));
    if (named.length > 0) {
      const rest = ids.filter(id => !named.includes(id));
      return rest.length > 0 ? describeBatch(ctx, rest) : [];
    }
    if (ids.length === 1) return [];
    const half = Math.ceil(ids.length / 2);
    return [
      ...(await describeBatch(ctx, ids.slice(0, half))),
      ...(await describeBatch(ctx, ids.slice(half))),
    ];
  }
}

/**
 * The AMIs among `ids` that DescribeImages can see from this account-region, by id. Missing: those
 * deregistered, not shared with the account, or hidden because Allowed AMIs is `enabled` and
 * disallows them. A refusal is recorded and the images read before it kept.
 */
export async function describeImages(
  ctx: RegionContext,
  ids: string[],
): Promise<Map<string, WorkloadImage>> {
  const found = new Map<string, WorkloadImage>();
  try {
    for (let i = 0; i < ids.length; i += IMAGE_ID_BATCH)
      for (const image of await describeBatch(
        ctx,
        ids.slice(i, i + IMAGE_ID_BATCH),
      ))
        found.set(image.imageId, image);
  } catch (e) {
    ctx.refusals.add('DescribeImages', e);
  }
  return found;
}

/**
 * AMIs the account owns that are public in this region: `block_new_sharing` stops new public sharing
 * and leaves these public (the runbook's remediation list).
 */
export function readPublicImages(ctx: RegionContext): Promise<PublicImage[]> {
  return readPages(
    ctx,
    'DescribeImages',
    'DescribeImages(Owners=self)',
    startingToken =>
      paginateDescribeImages(
        { client: ctx.ec2, pageSize: PAGE_SIZE, startingToken },
        {
          Owners: ['self'],
          Filters: [{ Name: 'is-public', Values: ['true'] }],
          IncludeDeprecated: true,
        },
      ),
    page =>
      (page.Images ?? []).flatMap(image => {
        if (!image.ImageId) return [];
        const creationDate = instant(image.CreationDate);
        return [
          {
            imageId: image.ImageId,
            ...(image.Name && { name: image.Name }),
            ...(creationDate && { creationDate }),
          },
        ];
      }),
  );
}
