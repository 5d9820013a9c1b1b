import {
  LaunchTemplate,
  LaunchTemplateVersion,
  paginateDescribeLaunchTemplates,
  paginateDescribeLaunchTemplateVersions,
} from '@aws-sdk/client-ec2';
import { readPages, RegionContext } from './regionContext';

/** The largest page DescribeLaunchTemplates and DescribeLaunchTemplateVersions return. */
const PAGE_SIZE = 200;

type Pointer = 'default' | 'latest';

/** A launch template version the next launch uses, with the AMI id it names (resolved later). */
export interface TemplateVersion {
  launchTemplateId: string;
  name: string;
  version: number;
  pointers: Pointer[];
  /** An AMI id, a `resolve:ssm:` parameter, or absent when the version names no image. */
  imageId?: string;
}

type Numbers = { default?: number; latest?: number };

/** A version as listed, its launch data (user data can be 16 KB) dropped at once. */
type Listed = Omit<TemplateVersion, 'pointers'> & { isDefault: boolean };

function listed(v: LaunchTemplateVersion): Listed[] {
  const { LaunchTemplateId: id, VersionNumber: version } = v;
  if (!id || version === undefined) return [];
  const imageId = v.LaunchTemplateData?.ImageId;
  return [
    {
      launchTemplateId: id,
      name: v.LaunchTemplateName ?? '',
      version,
      isDefault: v.DefaultVersion ?? false,
      ...(imageId && { imageId }),
    },
  ];
}

function pointersOf(v: Listed, numbers: Numbers | undefined): Pointer[] {
  const pointers: Pointer[] = [];
  if (numbers ? numbers.default === v.version : v.isDefault)
    pointers.push('default');
  if (numbers ? numbers.latest === v.version : !v.isDefault)
    pointers.push('latest');
  // A template changed between the two listings: the version was returned for $Default or $Latest.
  if (pointers.length === 0) pointers.push(v.isDefault ? 'default' : 'latest');
  return pointers;
}

/**
 * The `$Default` and `$Latest` version of every launch template in the account-region: what the next
 * scale-out or relaunch uses. Two paginated listings, however many templates: DescribeLaunchTemplates
 * says which version number each pointer holds, and DescribeLaunchTemplateVersions without a template
 * ID returns the `$Default` and `$Latest` versions of all of them (one entry when they are the same).
 */
export async function readLaunchTemplates(
  ctx: RegionContext,
): Promise<TemplateVersion[]> {
  const [templates, versions] = await Promise.all([
    readPages(
      ctx,
      'DescribeLaunchTemplates',
      'DescribeLaunchTemplates',
      startingToken =>
        paginateDescribeLaunchTemplates(
          { client: ctx.ec2, pageSize: PAGE_SIZE, startingToken },
          {},
        ),
      page =>
        (page.LaunchTemplates ?? []).map((t: LaunchTemplate) => ({
          id: t.LaunchTemplateId,
          default: t.DefaultVersionNumber,
          latest: t.LatestVersionNumber,
        })),
    ),
    readPages(
      ctx,
      'DescribeLaunchTemplateVersions',
      'DescribeLaunchTemplateVersions',
      startingToken =>
        paginateDescribeLaunchTemplateVersions(
          { client: ctx.ec2, pageSize: PAGE_SIZE, startingToken },
          { Versions: ['$Default', '$Latest'] },
        ),
      page => (page.LaunchTemplateVersions ?? []).flatMap(listed),
    ),
  ]);
  const numbers = new Map<string | undefined, Numbers>(
    templates.map(t => [t.id, t]),
  );
  const seen = new Set<string>();
  const found: TemplateVersion[] = [];
  for (const { isDefault, ...v } of versions) {
    const key = `${v.launchTemplateId}:${v.version}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push({
      ...v,
      pointers: pointersOf(
        { ...v, isDefault },
        numbers.get(v.launchTemplateId),
      ),
    });
  }
  return found.sort(
    (a, b) =>
      a.launchTemplateId.localeCompare(b.launchTemplateId) ||
      a.version - b.version,
  );
}
