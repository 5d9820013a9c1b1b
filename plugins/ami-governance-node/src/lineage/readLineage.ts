import {
  GetImageAncestryCommand,
  Image,
  paginateDescribeImages,
} from '@aws-sdk/client-ec2';
import type {
  ImageLineage,
  LineageLink,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { describeImages } from '../workloads/images';
import { refusalOf, Refusals } from '../workloads/refusals';
import { call, pages, RegionContext } from '../workloads/regionContext';
import type { AncestryCache, AncestryRead } from './AncestryCache';
import { ancestorsFromEntries } from './ancestryChain';
import { imageFactsOf } from './imageLineage';

/** What the lineage reads of one account-region need beyond the region's own context. */
export interface RegionLineageContext {
  cache: AncestryCache;
  /** The account is the ops golden-AMI publisher's: its whole catalog is read too. */
  goldenPublisher: boolean;
  /** The context of another region of the same account (an ancestor may live there). */
  regionContext: (region: string) => RegionContext;
}

/** The largest page DescribeImages returns. */
const PAGE_SIZE = 1000;

/**
 * Every AMI the account owns in the region, deprecated and disabled ones included: the ops
 * publisher's catalog. A failure is recorded as a refusal of the region, like its other reads.
 */
export async function readGoldenCatalog(ctx: RegionContext): Promise<Image[]> {
  const found: Image[] = [];
  try {
    for await (const page of pages(ctx, 'DescribeImages', startingToken =>
      paginateDescribeImages(
        { client: ctx.ec2, pageSize: PAGE_SIZE, startingToken },
        { Owners: ['self'], IncludeDeprecated: true, IncludeDisabled: true },
      ),
    ))
      found.push(...(page.Images ?? []));
  } catch (e) {
    ctx.refusals.add('DescribeImages(golden catalog)', e);
  }
  return found;
}

/** GetImageAncestry of one AMI as links; a refusal is kept with the AMI, not the region. */
async function readAncestry(
  ctx: RegionContext,
  image: ImageLineage,
): Promise<AncestryRead> {
  // No source recorded: the AMI is a root (or older than lineage): no call can tell more.
  if (!image.sourceImageId) return { ancestry: [] };
  try {
    const answer = await call(ctx, 'GetImageAncestry', () =>
      ctx.ec2.send(new GetImageAncestryCommand({ ImageId: image.imageId })),
    );
    return {
      ancestry: ancestorsFromEntries(
        image.imageId,
        ctx.region,
        answer.ImageAncestryEntries ?? [],
        image,
      ),
    };
  } catch (e) {
    return { error: refusalOf('GetImageAncestry', e) };
  }
}

/**
 * Owner ID and name of the visible ancestors (GetImageAncestry gives an alias at most), read with
 * DescribeImages in each ancestor's region; one that cannot be described keeps what the chain said.
 */
async function describeAncestors(
  lineage: RegionLineageContext,
  ancestry: LineageLink[],
): Promise<LineageLink[]> {
  const byRegion = new Map<string, string[]>();
  for (const link of ancestry)
    if (link.visible && !link.ownerId && link.region)
      byRegion.set(link.region, [
        ...(byRegion.get(link.region) ?? []),
        link.imageId,
      ]);
  const described = new Map<string, Image>();
  for (const [region, ids] of byRegion) {
    // Not the region's own refusals: an ancestor out of reach never makes the region partial.
    const ctx = {
      ...lineage.regionContext(region),
      refusals: new Refusals([]),
    };
    await describeImages(ctx, ids, image =>
      described.set(image.ImageId!, image),
    );
  }
  return ancestry.map(link => {
    const image = described.get(link.imageId);
    if (!image) return link;
    const facts = imageFactsOf({ ...image, ImageId: link.imageId });
    return {
      ...link,
      ...(facts.ownerId && { ownerId: facts.ownerId }),
      ...(facts.ownerAlias && { ownerAlias: facts.ownerAlias }),
      ...(facts.name && { name: facts.name }),
      ...(facts.creationDate && { creationDate: facts.creationDate }),
    };
  });
}

/**
 * The lineage of the AMIs one account-region uses (as DescribeImages described them) and, in the
 * ops publisher's account, of its catalog: each AMI's facts and its chain to the root, each chain
 * read once per collection through the shared cache. The calls stay sequential within the region,
 * paced like every other call of the account-region.
 */
export async function readRegionLineage(
  ctx: RegionContext,
  lineage: RegionLineageContext,
  used: Image[],
): Promise<ImageLineage[]> {
  const catalog = lineage.goldenPublisher ? await readGoldenCatalog(ctx) : [];
  const inCatalog = new Set(catalog.map(i => i.ImageId));
  const images = new Map<string, Image>();
  for (const image of [...used, ...catalog])
    if (image.ImageId) images.set(image.ImageId, image);

  const out: ImageLineage[] = [];
  for (const image of images.values()) {
    const facts = imageFactsOf({ ...image, ImageId: image.ImageId! });
    const read = await lineage.cache.chainOf(facts.imageId, async () => {
      const found = await readAncestry(ctx, facts);
      if (!('ancestry' in found)) return found;
      const ancestry = await describeAncestors(lineage, found.ancestry);
      lineage.cache.rememberSuffixes(ancestry);
      return { ancestry };
    });
    out.push({
      ...facts,
      ...('ancestry' in read
        ? { ancestry: read.ancestry }
        : { ancestryError: read.error }),
      ...(inCatalog.has(facts.imageId) && { goldenCatalog: true }),
    });
  }
  return out;
}
