import { EC2Client, Image } from '@aws-sdk/client-ec2';
import type {
  WorkloadImage,
  WorkloadRegion,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { Retrier } from '../aws/retry';
import {
  readRegionLineage,
  RegionLineageContext,
} from '../lineage/readLineage';
import { completeImage } from './imageFacts';
import { describeImages, isSsmParameter, readPublicImages } from './images';
import { readInstances } from './instances';
import { readLaunchTemplates, TemplateVersion } from './launchTemplates';
import { Refusals } from './refusals';
import { RegionContext } from './regionContext';
import { readAllowedImages, readBlockPublicAccess } from './settings';

/** The calls of one region, in the order a refusal is reported. */
const REGION_CALLS = [
  'GetAllowedImagesSettings',
  'GetImageBlockPublicAccessState',
  'DescribeInstanceImageMetadata',
  'DescribeLaunchTemplates',
  'DescribeLaunchTemplateVersions',
  'DescribeImages',
  'DescribeImages(Owners=self)',
  'DescribeImages(golden catalog)',
] as const;

function templateOf(
  { imageId, ...template }: TemplateVersion,
  described: Map<string, WorkloadImage>,
): WorkloadRegion['launchTemplates'][number] {
  if (!imageId) return template;
  // An SSM parameter or an AMI DescribeImages could not see: its id, no owner (unresolved).
  return { ...template, image: described.get(imageId) ?? { imageId } };
}

/**
 * One account-region: its settings, instances, launch templates and public AMIs. Independent calls
 * run side by side (EC2 throttles each API on its own); the AMIs that instances and launch templates
 * use are then described together, in batches. A call that fails is recorded in `error` and the rest
 * goes on: what the region lists is all that could be read.
 */
export async function readRegion(
  region: string,
  ec2: EC2Client,
  retrier: Retrier,
  /** Given: the lineage of the AMIs used (and of the golden catalog) is read too. */
  lineage?: Omit<RegionLineageContext, 'regionContext'> & {
    client: (region: string) => EC2Client;
  },
): Promise<WorkloadRegion> {
  const refusals = new Refusals(REGION_CALLS);
  const ctx: RegionContext = { region, ec2, retrier, refusals };
  const [
    allowedImages,
    imageBlockPublicAccess,
    instances,
    templates,
    publicImages,
  ] = await Promise.all([
    refusals.attempt(
      'GetAllowedImagesSettings',
      () => readAllowedImages(ctx),
      undefined,
    ),
    refusals.attempt(
      'GetImageBlockPublicAccessState',
      () => readBlockPublicAccess(ctx),
      undefined,
    ),
    readInstances(ctx),
    readLaunchTemplates(ctx),
    readPublicImages(ctx),
  ]);

  // Launch templates need their AMIs' owners; instances gain the product codes (marketplace
  // criteria) that DescribeInstanceImageMetadata does not return.
  const ids = new Set<string>();
  for (const i of instances) ids.add(i.image.imageId);
  for (const t of templates)
    if (t.imageId && !isSsmParameter(t.imageId)) ids.add(t.imageId);
  const raw: Image[] = [];
  const described = await describeImages(ctx, [...ids], image =>
    raw.push(image),
  );
  const images =
    lineage &&
    (await readRegionLineage(
      ctx,
      {
        ...lineage,
        regionContext: r => ({ ...ctx, region: r, ec2: lineage.client(r) }),
      },
      raw,
    ));

  const error = refusals.first();
  return {
    region,
    ...(allowedImages && { allowedImages }),
    ...(imageBlockPublicAccess && { imageBlockPublicAccess }),
    instances: instances.map(i => ({
      ...i,
      image: completeImage(i.image, described.get(i.image.imageId)),
    })),
    launchTemplates: templates.map(t => templateOf(t, described)),
    publicImages,
    ...(images && { lineage: images }),
    ...(images && lineage.goldenPublisher && { goldenCatalogRead: true }),
    ...(error && { error }),
  };
}
