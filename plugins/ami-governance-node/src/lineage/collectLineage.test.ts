/**
 * Lineage in the workloads collector. AWS is mocked (aws-sdk-client-mock through the shared fake of
 * member accounts): GetImageAncestry is answered from the fake's images, following SourceImageId
 * across regions and stopping at an ancestor the account cannot see, as AWS does.
 */
import { EC2Client, Image } from '@aws-sdk/client-ec2';
import { STSClient } from '@aws-sdk/client-sts';
import {
  WorkloadAccountReport,
  workloadAccountSchema,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { mockClient } from 'aws-sdk-client-mock';
import {
  FakeAccount,
  installFakeWorkloads,
  requestLimitExceeded,
  WorkloadsWrap,
} from '../workloads/__testUtils__/fakeWorkloads';
import { collectWorkloads } from '../workloads/collectWorkloads';
import { AncestryCache } from './AncestryCache';

const sts = mockClient(STSClient);
const ec2 = mockClient(EC2Client);
beforeEach(() => {
  sts.reset();
  ec2.reset();
});

const NOW = new Date('2026-11-23T12:00:00.000Z');
const OPS = '777788889999';
const MEMBER = '111100001111';
const VENDOR = '555566667777';

const image = (
  id: string,
  owner: string,
  extra: Partial<Image> = {},
): Image => ({
  ImageId: id,
  OwnerId: owner,
  Name: `name-${id}`,
  CreationDate: '2026-01-10T08:00:00.000Z',
  Public: false,
  State: 'available',
  BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { Encrypted: true } }],
  ...extra,
});

// The golden chain: a root registered in eu-west-1, copied to us-east-1; a team image on the copy.
const goldenRoot = image('ami-0g1', OPS, {
  Tags: [{ Key: 'Owner', Value: 'platform' }],
});
const goldenCopy = image('ami-0g2', OPS, {
  SourceImageId: 'ami-0g1',
  SourceImageRegion: 'eu-west-1',
});
const goldenOld = image('ami-0g0', OPS, {
  State: 'disabled',
  DeprecationTime: '2026-06-01T00:00:00.000Z',
});
const team = image('ami-0team', MEMBER, {
  SourceImageId: 'ami-0g2',
  SourceImageRegion: 'us-east-1',
  BlockDeviceMappings: [
    { Ebs: { Encrypted: true } },
    { Ebs: { Encrypted: false } },
  ],
});
// A vendor image made from a community AMI the member cannot see.
const vendor = image('ami-0vendor', VENDOR, {
  SourceImageId: 'ami-0community',
  SourceImageRegion: 'us-east-1',
});

const instance = (id: string, imageId: string, owner: string) => ({
  InstanceId: id,
  State: { Code: 16, Name: 'running' as const },
  ImageMetadata: { ImageId: imageId, OwnerId: owner, ImageAllowed: true },
});

const accounts: Record<string, FakeAccount> = {
  [OPS]: {
    regions: {
      'us-east-1': { images: [goldenCopy] },
      'eu-west-1': { images: [goldenRoot, goldenOld] },
    },
  },
  [MEMBER]: {
    regions: {
      'us-east-1': {
        images: [team, goldenCopy, vendor],
        instances: [
          instance('i-team', 'ami-0team', MEMBER),
          instance('i-vendor', 'ami-0vendor', VENDOR),
        ],
        launchTemplates: [
          {
            id: 'lt-1',
            name: 'web',
            defaultVersion: 1,
            versions: [{ version: 1, imageId: 'ami-0g2' }],
          },
        ],
      },
      'eu-west-1': { images: [goldenRoot] },
    },
  },
};

async function collect(
  options: { wrap?: WorkloadsWrap; cache?: AncestryCache } = {},
) {
  const calls = installFakeWorkloads(sts, ec2, id => accounts[id], {
    maxPage: 1,
    wrap: options.wrap,
  });
  const reports: WorkloadAccountReport[] = [];
  for await (const r of collectWorkloads({
    accounts: [{ id: OPS }, { id: MEMBER }],
    roleName: 'AmiGovernanceReadOnly',
    regions: ['us-east-1', 'eu-west-1'],
    concurrency: 1,
    now: () => NOW,
    retry: { baseDelayMs: 1, maxDelayMs: 2 },
    lineage: { goldenPublisherAccountId: OPS, cache: options.cache },
  }))
    reports.push(r);
  const byAccount = Object.fromEntries(reports.map(r => [r.accountId, r]));
  const lineageOf = (account: string, region: string) =>
    byAccount[account].regions.find(r => r.region === region)!.lineage!;
  return { calls, reports, lineageOf };
}

describe('collectWorkloads with lineage', () => {
  it('reads the golden catalog page by page, deprecated and disabled AMIs included', async () => {
    const { calls, lineageOf, reports } = await collect();
    for (const r of reports)
      expect(workloadAccountSchema.parse(r)).toBeTruthy();
    expect(
      lineageOf(OPS, 'eu-west-1').map(i => [
        i.imageId,
        i.state,
        i.goldenCatalog,
      ]),
    ).toEqual([
      ['ami-0g1', 'available', true],
      ['ami-0g0', 'disabled', true],
    ]);
    const catalogPages = calls.filter(
      c =>
        c.call === 'DescribeImages' &&
        c.accountId === OPS &&
        c.region === 'eu-west-1' &&
        c.input.Owners &&
        c.input.IncludeDisabled,
    );
    expect(catalogPages).toHaveLength(2);
    expect(catalogPages[0].input).toMatchObject({
      IncludeDeprecated: true,
      IncludeDisabled: true,
    });
    // Only the publisher's regions say the whole catalog was read (what a missing AMI is judged by).
    const catalogRead = (account: string) =>
      reports
        .find(r => r.accountId === account)!
        .regions.map(r => r.goldenCatalogRead ?? false);
    expect(catalogRead(OPS)).toEqual([true, true]);
    expect(catalogRead(MEMBER)).toEqual([false, false]);
  });

  it('follows a chain across regions to its root, with each ancestor owner and the compliance facts', async () => {
    const { lineageOf } = await collect();
    const teamImage = lineageOf(MEMBER, 'us-east-1').find(
      i => i.imageId === 'ami-0team',
    )!;
    expect(teamImage).toMatchObject({
      ownerId: MEMBER,
      snapshotsEncrypted: false,
      sourceImageId: 'ami-0g2',
      ancestry: [
        {
          imageId: 'ami-0g2',
          region: 'us-east-1',
          visible: true,
          ownerId: OPS,
          name: 'name-ami-0g2',
        },
        {
          imageId: 'ami-0g1',
          region: 'eu-west-1',
          visible: true,
          ownerId: OPS,
        },
      ],
    });
    const root = lineageOf(OPS, 'eu-west-1').find(
      i => i.imageId === 'ami-0g1',
    )!;
    expect(root).toMatchObject({
      ancestry: [],
      tags: { Owner: 'platform' },
      snapshotsEncrypted: true,
    });
  });

  it('ends a chain at a hidden ancestor with an explicit link that is not visible', async () => {
    const { lineageOf } = await collect();
    const v = lineageOf(MEMBER, 'us-east-1').find(
      i => i.imageId === 'ami-0vendor',
    )!;
    expect(v.ancestry).toEqual([
      expect.objectContaining({
        imageId: 'ami-0community',
        region: 'us-east-1',
        visible: false,
      }),
    ]);
  });

  it('asks GetImageAncestry once per AMI, across accounts and for ancestors already met', async () => {
    const { calls } = await collect();
    const asked = calls
      .filter(c => c.call === 'GetImageAncestry')
      .map(c => c.input.ImageId);
    // ami-0g2 is asked by the publisher; the team image's chain reuses it; roots are never asked.
    expect(asked.sort()).toEqual(['ami-0g2', 'ami-0team', 'ami-0vendor']);
  });

  it('a chain kept from an earlier collection is not asked again', async () => {
    const cache = new AncestryCache();
    await collect({ cache });
    sts.reset();
    ec2.reset();
    const { calls } = await collect({ cache });
    const asked = calls
      .filter(c => c.call === 'GetImageAncestry')
      .map(c => c.input.ImageId);
    // Only the cut chain is asked again (another look may see further); complete ones never.
    expect(asked).toEqual(['ami-0vendor']);
  });

  it('rides out throttling of GetImageAncestry within the retry bounds', async () => {
    let throttles = 2;
    const { calls, lineageOf } = await collect({
      wrap: (call, _a, _r, answer) => {
        if (call === 'GetImageAncestry' && throttles > 0) {
          throttles--;
          throw requestLimitExceeded();
        }
        return answer();
      },
    });
    expect(calls.filter(c => c.call === 'GetImageAncestry')).toHaveLength(5);
    const teamImage = lineageOf(MEMBER, 'us-east-1').find(
      i => i.imageId === 'ami-0team',
    )!;
    expect(teamImage.ancestry?.map(l => l.imageId)).toEqual([
      'ami-0g2',
      'ami-0g1',
    ]);
    expect(teamImage.ancestryError).toBeUndefined();
  });

  it("keeps a refusal of GetImageAncestry with the AMI, never as the region's error", async () => {
    const { lineageOf, reports } = await collect({
      wrap: (call, _a, _r, answer) => {
        if (call === 'GetImageAncestry') {
          const e = new Error(
            'not authorized to perform: ec2:GetImageAncestry',
          );
          e.name = 'UnauthorizedOperation';
          throw e;
        }
        return answer();
      },
    });
    const teamImage = lineageOf(MEMBER, 'us-east-1').find(
      i => i.imageId === 'ami-0team',
    )!;
    expect(teamImage.ancestryError?.code).toBe('UnauthorizedOperation');
    expect(teamImage.ancestry).toBeUndefined();
    expect(reports.flatMap(r => r.regions).filter(r => r.error)).toEqual([]);
  });
});
