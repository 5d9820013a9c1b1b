/**
 * A synthetic organization's workloads for bench/collector/workloads.ts: N accounts × R regions
 * holding a fixed total of instances and launch templates, spread unevenly (a Pareto tail: a few
 * accounts run thousands of instances over several pages, most run a handful). Only the counts are
 * held for the whole organization (a few typed arrays); each account's inventory is built when the
 * mock is first asked about it and dropped soon after, so the benchmark's own data does not hide the
 * collector's memory.
 */
import type { Image, InstanceImageMetadata } from '@aws-sdk/client-ec2';
import {
  FakeAccount,
  FakeLaunchTemplate,
  FakeRegion,
} from '@ami-governance/backstage-plugin-ami-governance-node/testUtils';
import { STSServiceException } from '@aws-sdk/client-sts';

export const BENCH_REGIONS = [
  'us-east-1',
  'eu-west-1',
  'ap-southeast-2',
  'us-west-2',
  'eu-central-1',
  'sa-east-1',
];

/** A deterministic pseudo-random sequence (LCG), so every run reads the same organization. */
function seeded(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** `total` spread over `n` slots with Pareto(α) weights, summing exactly (largest remainder). */
function spread(
  total: number,
  n: number,
  alpha: number,
  seed: number,
  cap: number,
) {
  const random = seeded(seed);
  const weights = Array.from(
    { length: n },
    () => (1 - random()) ** (-1 / alpha),
  );
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = new Int32Array(n);
  const remainders: [number, number][] = [];
  let given = 0;
  for (let i = 0; i < n; i++) {
    const exact = Math.min(cap, (weights[i] / sum) * total);
    counts[i] = Math.floor(exact);
    given += counts[i];
    remainders.push([exact - counts[i], i]);
  }
  remainders.sort((a, b) => b[0] - a[0]);
  // Slots at the cap can take no more: the rest goes to the largest remainders below it, in turn.
  for (let k = 0; given < total; k = (k + 1) % n) {
    const i = remainders[k][1];
    if (counts[i] < cap) {
      counts[i]++;
      given++;
    }
  }
  return counts;
}

const PUBLISHERS = [
  '777788889999',
  '123456738923',
  '111122223333',
  '444455556666',
];
const MARKETPLACE = '679593333241';
const accountIdOf = (i: number) => String(100000000000 + i);

const imageIdOf = (n: number) => `ami-${n.toString(16).padStart(17, '0')}`;
/** The catalog AMI an AMI was made from (with lineage). */
export const parentOf = (n: number) => Math.floor((n - 1) / 3);

/**
 * The AMI catalog every account draws from: `size` AMIs, the last eleventh of them marketplace ones
 * (200 publisher AMIs and 20 marketplace ones by default). With `lineage`, each publisher AMI but the
 * first records its source (SourceImageId), its parent in a ternary tree: chains up to 10 deep at
 * 50,000 AMIs, every chain ending in AMI 0; marketplace AMIs are roots.
 */
function catalogImage(n: number, size: number, lineage: boolean): Image {
  const marketplace = n >= Math.round((size * 10) / 11);
  return {
    ImageId: imageIdOf(n),
    OwnerId: marketplace ? MARKETPLACE : PUBLISHERS[n % PUBLISHERS.length],
    ...(marketplace && { ImageOwnerAlias: 'aws-marketplace' }),
    Name: `golden-${n}`,
    CreationDate: new Date(Date.UTC(2026, 0, 1 + (n % 300))).toISOString(),
    Public: marketplace,
    ImageAllowed: !marketplace,
    State: 'available',
    ...(marketplace && {
      ProductCodes: [
        { ProductCodeId: `prod${n}`, ProductCodeType: 'marketplace' },
      ],
    }),
    ...(lineage &&
      !marketplace &&
      n > 0 && { SourceImageId: imageIdOf(parentOf(n)) }),
  };
}

/** A catalog AMI and, with lineage, every ancestor: what an account that uses it can see. */
function withAncestors(n: number, size: number, lineage: boolean): Image[] {
  const chain: Image[] = [];
  for (let at = n; ; at = parentOf(at)) {
    const image = catalogImage(at, size, lineage);
    chain.push(image);
    if (!image.SourceImageId) return chain;
  }
}

export interface WorkloadsShape {
  accounts: number;
  regions: string[];
  instances: number;
  launchTemplates: number;
  /** Distinct AMIs in the catalog (220 by default). */
  amis?: number;
  /** AMIs record their source (SourceImageId): chains GetImageAncestry follows. */
  lineage?: boolean;
}

/** What one account-region holds, as counts (for the bound) and the rules that build it. */
export class SyntheticWorkloads {
  readonly instanceCounts: Int32Array;
  readonly templateCounts: Int32Array;
  readonly accountIds: string[];

  readonly catalogSize: number;

  constructor(readonly shape: WorkloadsShape) {
    this.catalogSize = shape.amis ?? 220;
    const slots = shape.accounts * shape.regions.length;
    this.instanceCounts = spread(shape.instances, slots, 1.1, 7, 20_000);
    this.templateCounts = spread(shape.launchTemplates, slots, 1.3, 11, 2_000);
    this.accountIds = Array.from({ length: shape.accounts }, (_, i) =>
      accountIdOf(i),
    );
  }

  /** 1% of the accounts have no role the collector may assume. */
  notVisible(account: number): boolean {
    return account % 100 === 37;
  }

  /**
   * 0.5% of the account-regions are not enabled for the account (never the first, us-east-1): asked
   * anyway when regions are configured, they refuse with OptInRequired; DescribeRegions leaves them out.
   */
  refused(account: number, region: number): boolean {
    return region > 0 && (account * 7 + region) % 150 === 3;
  }

  /** 2% of the account-regions own 1–3 public AMIs. */
  publicImages(account: number, region: number): number {
    return (account * 13 + region) % 50 === 1 ? 1 + (account % 3) : 0;
  }

  /** The AMIs an account-region's workloads use: 2–6 from the catalog, and 1% deregistered ones. */
  private amisOf(account: number, region: number) {
    const random = seeded(account * 31 + region + 1);
    const count = 2 + Math.floor(random() * 5);
    return Array.from({ length: count }, () =>
      Math.floor(random() * this.catalogSize),
    );
  }

  /** Which launch template versions a template has, and which is the default. */
  templateVersions(account: number, region: number, t: number) {
    const versions = 1 + ((account + region + t) % 4);
    // A third of the templates with several versions do not default to the latest.
    const defaultVersion =
      versions > 1 && (account + t) % 3 === 0 ? versions - 1 : versions;
    return { versions, defaultVersion };
  }

  account(index: number): FakeAccount {
    const id = accountIdOf(index);
    if (this.notVisible(index))
      return {
        assumeRole: () =>
          new STSServiceException({
            name: 'AccessDenied',
            $fault: 'client',
            message: `User: arn:aws:sts::100000000000:assumed-role/collector/backstage is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::${id}:role/AmiGovernanceReadOnly`,
            $metadata: { httpStatusCode: 403 },
          }),
        regions: {},
      };
    const regions: Record<string, FakeRegion> = {};
    this.shape.regions.forEach((name, r) => {
      // A region left out answers OptInRequired (fakeWorkloads.ts).
      if (!this.refused(index, r)) regions[name] = this.region(index, r, id);
    });
    return { regions };
  }

  private region(account: number, r: number, accountId: string): FakeRegion {
    const slot = account * this.shape.regions.length + r;
    const amis = this.amisOf(account, r);
    const catalog = new Map(
      amis
        .map(n => catalogImage(n, this.catalogSize, !!this.shape.lineage))
        .map(i => [i.ImageId!, i]),
    );
    const ids = [...catalog.keys()];
    // Ancestors are visible to the account (shared with it): DescribeImages and GetImageAncestry see them.
    const visible = new Map(catalog);
    for (const n of amis)
      for (const i of withAncestors(n, this.catalogSize, !!this.shape.lineage))
        visible.set(i.ImageId!, i);
    const workloadImageOf = (k: number) =>
      // Every hundredth workload uses a deregistered AMI that DescribeImages no longer knows.
      k % 100 === 99
        ? `ami-dead${account.toString(16).padStart(13, '0')}`
        : ids[k % ids.length];
    const instances: InstanceImageMetadata[] = [];
    for (let k = 0; k < this.instanceCounts[slot]; k++) {
      const imageId = workloadImageOf(k);
      const known = catalog.get(imageId);
      instances.push({
        InstanceId: `i-${account.toString(16).padStart(6, '0')}${r}${k
          .toString(16)
          .padStart(10, '0')}`,
        InstanceType: 'm7i.large',
        LaunchTime: new Date(Date.UTC(2026, 5, 1 + (k % 150))),
        State: { Code: 16, Name: k % 10 === 9 ? 'stopped' : 'running' },
        OwnerId: accountId,
        ImageMetadata: known
          ? {
              ImageId: imageId,
              Name: known.Name,
              OwnerId: known.OwnerId,
              ImageOwnerAlias: known.ImageOwnerAlias ?? known.OwnerId,
              CreationDate: known.CreationDate,
              ImageAllowed: known.ImageAllowed,
              IsPublic: known.Public,
              State: 'available',
            }
          : { ImageId: imageId },
      });
    }
    const launchTemplates: FakeLaunchTemplate[] = [];
    for (let t = 0; t < this.templateCounts[slot]; t++) {
      const { versions, defaultVersion } = this.templateVersions(account, r, t);
      launchTemplates.push({
        id: `lt-${account.toString(16).padStart(6, '0')}${r}${t
          .toString(16)
          .padStart(10, '0')}`,
        name: `app-${t}`,
        defaultVersion,
        versions: Array.from({ length: versions }, (_, v) => ({
          version: v + 1,
          imageId: workloadImageOf(t * 4 + v),
        })),
      });
    }
    const publicImages = Array.from(
      { length: this.publicImages(account, r) },
      (_, p): Image => ({
        ImageId: `ami-pub${account.toString(16).padStart(8, '0')}${r}${p}`,
        OwnerId: accountId,
        Name: `shared-${p}`,
        CreationDate: '2025-06-01T00:00:00.000Z',
        Public: true,
        State: 'available',
      }),
    );
    return {
      allowedImages: {
        State: account % 10 === 0 ? 'disabled' : 'audit-mode',
        ManagedBy: account % 10 === 0 ? 'account' : 'declarative-policy',
        ImageCriteria: [{ ImageProviders: [...PUBLISHERS, 'amazon'] }],
      },
      blockPublicAccess: {
        ImageBlockPublicAccessState: 'block-new-sharing',
        ManagedBy: 'declarative-policy',
      },
      instances,
      launchTemplates,
      images: [...visible.values(), ...publicImages],
    };
  }
}
