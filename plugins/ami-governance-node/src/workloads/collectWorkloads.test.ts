/**
 * The workloads collector against mocked member accounts. AWS is the mocked edge: aws-sdk-client-mock
 * answers STS and EC2 at `send` (no emulator of Allowed AMIs or DescribeInstanceImageMetadata can run
 * here) with real-shaped answers (opaque NextTokens, page caps, EC2's error names and messages), and
 * everything above `send`, the SDK paginators included, is the real code.
 */
import { EC2Client, Image, InstanceImageMetadata } from '@aws-sdk/client-ec2';
import { STSClient } from '@aws-sdk/client-sts';
import {
  WorkloadAccountReport,
  workloadAccountSchema,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { mockClient } from 'aws-sdk-client-mock';
import {
  FakeAccount,
  FakeCall,
  installFakeWorkloads,
  optInRequired,
  requestLimitExceeded,
  stsThrottling,
  unauthorized,
  WorkloadsWrap,
} from './__testUtils__/fakeWorkloads';
import { collectWorkloads } from './collectWorkloads';
import { CollectWorkloadsOptions } from './options';

const sts = mockClient(STSClient);
const ec2 = mockClient(EC2Client);
beforeEach(() => {
  sts.reset();
  ec2.reset();
});

const NOW = new Date('2026-11-23T12:00:00.000Z');
const MEMBER = '111100001111';
const OTHER = '222200002222';
const PUBLISHER = '777788889999';

const image = (id: string, extra: Partial<Image> = {}): Image => ({
  ImageId: id,
  OwnerId: PUBLISHER,
  Name: `golden-${id}`,
  CreationDate: '2026-01-10T08:00:00.000Z',
  Public: false,
  ImageAllowed: true,
  State: 'available',
  ...extra,
});

const instance = (
  id: string,
  imageId: string,
  extra: Partial<InstanceImageMetadata['ImageMetadata']> = {},
  state = 'running',
): InstanceImageMetadata => ({
  InstanceId: id,
  InstanceType: 't3.micro',
  LaunchTime: new Date('2026-10-01T09:30:00Z'),
  State: { Code: 16, Name: state as any },
  OwnerId: MEMBER,
  ImageMetadata: {
    ImageId: imageId,
    Name: `golden-${imageId}`,
    OwnerId: PUBLISHER,
    ImageOwnerAlias: PUBLISHER,
    CreationDate: '2026-01-10T08:00:00.000Z',
    ImageAllowed: true,
    IsPublic: false,
    ...extra,
  },
});

/** A member account holding every case in us-east-1, and an empty eu-west-1. */
function memberAccount(): FakeAccount {
  return {
    regions: {
      'us-east-1': {
        allowedImages: {
          State: 'audit-mode',
          ManagedBy: 'declarative-policy',
          ImageCriteria: [{ ImageProviders: [PUBLISHER, 'amazon'] }],
        },
        blockPublicAccess: {
          ImageBlockPublicAccessState: 'block-new-sharing',
          ManagedBy: 'declarative-policy',
        },
        instances: [
          instance('i-001', 'ami-0a'),
          instance('i-002', 'ami-0a'),
          instance('i-003', 'ami-0m', {
            OwnerId: '679593333241',
            ImageOwnerAlias: 'aws-marketplace',
            ImageAllowed: false,
          }),
          // Deregistered: the metadata names the AMI and nothing else.
          instance('i-004', 'ami-0gone', {
            Name: undefined,
            OwnerId: undefined,
            ImageOwnerAlias: undefined,
            CreationDate: undefined,
            ImageAllowed: undefined,
            IsPublic: undefined,
          }),
          instance('i-005', 'ami-0a', {}, 'stopped'),
          instance('i-006', 'ami-0a', {}, 'terminated'),
        ],
        launchTemplates: [
          {
            id: 'lt-0aaa',
            name: 'web',
            defaultVersion: 2,
            versions: [
              { version: 1, imageId: 'ami-0old' },
              { version: 2, imageId: 'ami-0a' },
              { version: 3, imageId: 'ami-0new' },
            ],
          },
          {
            id: 'lt-0bbb',
            name: 'batch',
            defaultVersion: 1,
            versions: [{ version: 1, imageId: 'ami-0gone' }],
          },
          {
            id: 'lt-0ccc',
            name: 'ssm',
            defaultVersion: 1,
            versions: [
              {
                version: 1,
                imageId:
                  'resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64',
              },
            ],
          },
          {
            id: 'lt-0ddd',
            name: 'no-image',
            defaultVersion: 1,
            versions: [{ version: 1 }],
          },
        ],
        images: [
          image('ami-0a'),
          image('ami-0new', { CreationDate: '2026-11-01T08:00:00.000Z' }),
          image('ami-0m', {
            OwnerId: '679593333241',
            ImageOwnerAlias: 'aws-marketplace',
            ProductCodes: [
              {
                ProductCodeId: 'abcdefg1234567890',
                ProductCodeType: 'marketplace',
              },
            ],
          }),
          image('ami-0pub', {
            OwnerId: MEMBER,
            Public: true,
            Name: 'shared-by-mistake',
          }),
          image('ami-0priv', { OwnerId: MEMBER }),
        ],
      },
      'eu-west-1': {},
    },
  };
}

function collect(
  accounts: Record<string, FakeAccount>,
  options: Partial<CollectWorkloadsOptions> = {},
  fake: { wrap?: WorkloadsWrap; maxPage?: number } = {},
) {
  const calls = installFakeWorkloads(sts, ec2, id => accounts[id], {
    maxPage: 2,
    ...fake,
  });
  const reports = collectWorkloads({
    accounts: Object.keys(accounts).map(id => ({ id })),
    roleName: 'AmiGovernanceReadOnly',
    regions: ['us-east-1', 'eu-west-1'],
    concurrency: 4,
    now: () => NOW,
    retry: { baseDelayMs: 1, maxDelayMs: 2 },
    ...options,
  });
  return { calls, reports };
}

/** Every report, each checked against the snapshot schema, sorted by account. */
async function drain(reports: AsyncGenerator<WorkloadAccountReport>) {
  const all: WorkloadAccountReport[] = [];
  for await (const report of reports)
    all.push(workloadAccountSchema.parse(report));
  return all.sort((a, b) => a.accountId.localeCompare(b.accountId));
}

const count = (calls: { call: FakeCall }[], call: FakeCall) =>
  calls.filter(c => c.call === call).length;

/** Throws `error()` for the first `times` calls named `call` that `when` accepts, then answers. */
function failing(
  call: FakeCall,
  error: () => Error,
  times: number,
  when: (region: string, input: any) => boolean = () => true,
): WorkloadsWrap {
  let failed = 0;
  return (name, _account, region, answer, input) => {
    if (name === call && failed < times && when(region, input)) {
      failed++;
      throw error();
    }
    return answer();
  };
}

describe('collectWorkloads', () => {
  it('reads settings, instances, launch templates and public AMIs page by page', async () => {
    const { calls, reports } = collect({ [MEMBER]: memberAccount() });
    const [report] = await drain(reports);
    expect(report.accountId).toBe(MEMBER);
    expect(report.collectedAt).toBe('2026-11-23T12:00:00.000Z');
    expect(report.error).toBeUndefined();
    const [usEast, euWest] = report.regions;
    expect(euWest).toEqual({
      region: 'eu-west-1',
      allowedImages: {
        state: 'disabled',
        managedBy: 'account',
        imageCriteria: [],
      },
      imageBlockPublicAccess: { state: 'unblocked', managedBy: 'account' },
      instances: [],
      launchTemplates: [],
      publicImages: [],
    });
    expect(usEast.error).toBeUndefined();
    expect(usEast.allowedImages).toEqual({
      state: 'audit-mode',
      managedBy: 'declarative-policy',
      imageCriteria: [{ ImageProviders: [PUBLISHER, 'amazon'] }],
    });
    expect(usEast.imageBlockPublicAccess).toEqual({
      state: 'block-new-sharing',
      managedBy: 'declarative-policy',
    });

    // Terminated instances are left out; five over three pages of two.
    expect(usEast.instances.map(i => [i.instanceId, i.state])).toEqual([
      ['i-001', 'running'],
      ['i-002', 'running'],
      ['i-003', 'running'],
      ['i-004', 'running'],
      ['i-005', 'stopped'],
    ]);
    expect(count(calls, 'DescribeInstanceImageMetadata')).toBe(3 + 1); // + eu-west-1's one
    expect(usEast.instances[0]).toEqual({
      instanceId: 'i-001',
      state: 'running',
      launchTime: '2026-10-01T09:30:00.000Z',
      image: {
        imageId: 'ami-0a',
        ownerId: PUBLISHER, // the alias AWS echoes as the owner's ID is no alias
        name: 'golden-ami-0a',
        creationDate: '2026-01-10T08:00:00.000Z',
        imageAllowed: true,
        isPublic: false,
      },
    });
    // Marketplace product codes come from DescribeImages; the AWS verdict stays the instance's.
    expect(usEast.instances[2].image).toMatchObject({
      ownerId: '679593333241',
      ownerAlias: 'aws-marketplace',
      productCodes: ['abcdefg1234567890'],
      imageAllowed: false,
    });
    // Deregistered: its id only, unresolved.
    expect(usEast.instances[3].image).toEqual({ imageId: 'ami-0gone' });

    expect(usEast.launchTemplates).toEqual([
      {
        launchTemplateId: 'lt-0aaa',
        name: 'web',
        version: 2,
        pointers: ['default'],
        image: expect.objectContaining({
          imageId: 'ami-0a',
          ownerId: PUBLISHER,
        }),
      },
      {
        launchTemplateId: 'lt-0aaa',
        name: 'web',
        version: 3,
        pointers: ['latest'],
        image: expect.objectContaining({
          imageId: 'ami-0new',
          ownerId: PUBLISHER,
          creationDate: '2026-11-01T08:00:00.000Z',
        }),
      },
      {
        launchTemplateId: 'lt-0bbb',
        name: 'batch',
        version: 1,
        pointers: ['default', 'latest'],
        image: { imageId: 'ami-0gone' },
      },
      {
        launchTemplateId: 'lt-0ccc',
        name: 'ssm',
        version: 1,
        pointers: ['default', 'latest'],
        image: {
          imageId:
            'resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64',
        },
      },
      {
        launchTemplateId: 'lt-0ddd',
        name: 'no-image',
        version: 1,
        pointers: ['default', 'latest'],
      },
    ]);
    expect(usEast.publicImages).toEqual([
      {
        imageId: 'ami-0pub',
        name: 'shared-by-mistake',
        creationDate: '2026-01-10T08:00:00.000Z',
      },
    ]);

    // Two listings for every template, whatever their number; the AMIs in one batch.
    const versions = calls.filter(
      c => c.call === 'DescribeLaunchTemplateVersions',
    );
    expect(versions.every(c => !c.input.LaunchTemplateId)).toBe(true);
    expect(versions[0].input.Versions).toEqual(['$Default', '$Latest']);
    const lookups = calls.filter(
      c => c.call === 'DescribeImages' && c.input.ImageIds,
    );
    expect(lookups[0].input).toMatchObject({
      IncludeDeprecated: true,
      IncludeDisabled: true,
    });
    expect(lookups[0].input.ImageIds.sort()).toEqual(
      ['ami-0a', 'ami-0gone', 'ami-0m', 'ami-0new'].sort(),
    );
    // The batch failed on ami-0gone (InvalidAMIID.NotFound) and was asked again without it.
    expect(lookups).toHaveLength(2);
    expect(lookups[1].input.ImageIds).not.toContain('ami-0gone');

    const assume = calls.find(c => c.call === 'AssumeRole')!;
    expect(assume.input).toEqual({
      RoleArn: `arn:aws:iam::${MEMBER}:role/AmiGovernanceReadOnly`,
      RoleSessionName: 'ami-governance-workloads',
    });
    expect(assume.region).toBe('us-east-1');
  });

  it('reports an account whose role cannot be assumed as not visible and goes on', async () => {
    const { reports, calls } = collect({
      [MEMBER]: memberAccount(),
      [OTHER]: undefined as unknown as FakeAccount, // no such role: AccessDenied
    });
    const [member, other] = await drain(reports);
    expect(member.error).toBeUndefined();
    expect(other).toEqual({
      accountId: OTHER,
      collectedAt: '2026-11-23T12:00:00.000Z',
      error: {
        code: 'AccessDenied',
        message: `AssumeRole arn:aws:iam::${OTHER}:role/AmiGovernanceReadOnly: User: arn:aws:sts::000011112222:assumed-role/collector/backstage is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::${OTHER}:role/AmiGovernanceReadOnly`,
      },
      regions: [],
    });
    expect(
      calls.some(c => c.accountId === OTHER && c.call !== 'AssumeRole'),
    ).toBe(false);
  });

  it('records a region that refuses and reads the others', async () => {
    const account = memberAccount();
    account.regions['eu-west-1'] = { refusal: optInRequired };
    const [report] = await drain(collect({ [MEMBER]: account }).reports);
    const [usEast, euWest] = report.regions;
    expect(usEast.error).toBeUndefined();
    expect(usEast.instances).toHaveLength(5);
    expect(euWest).toEqual({
      region: 'eu-west-1',
      instances: [],
      launchTemplates: [],
      publicImages: [],
      error: {
        code: 'OptInRequired',
        message:
          'GetAllowedImagesSettings: You are not subscribed to this service. Please go to http://aws.amazon.com to subscribe. (also failed: GetImageBlockPublicAccessState, DescribeInstanceImageMetadata, DescribeLaunchTemplates, DescribeLaunchTemplateVersions, DescribeImages(Owners=self))',
      },
    });
  });

  it('keeps what a region could read when one permission is missing', async () => {
    const account = memberAccount();
    account.regions['us-east-1'].failing = {
      DescribeInstanceImageMetadata: () =>
        unauthorized('DescribeInstanceImageMetadata'),
    };
    const [report] = await drain(collect({ [MEMBER]: account }).reports);
    const usEast = report.regions[0];
    expect(usEast.error).toEqual({
      code: 'UnauthorizedOperation',
      message: expect.stringMatching(
        /^DescribeInstanceImageMetadata: You are not authorized .* ec2:DescribeInstanceImageMetadata action$/,
      ),
    });
    expect(usEast.instances).toEqual([]);
    expect(usEast.allowedImages?.state).toBe('audit-mode');
    expect(usEast.launchTemplates).toHaveLength(5);
  });

  it('backs off and retries throttled calls until they succeed', async () => {
    const throttleSts = failing('AssumeRole', stsThrottling, 2);
    // The second page of us-east-1's instances: the paginator is reopened at that page.
    const throttleEc2 = failing(
      'DescribeInstanceImageMetadata',
      requestLimitExceeded,
      2,
      (region, input) => region === 'us-east-1' && !!input.NextToken,
    );
    const info: string[] = [];
    const { reports, calls } = collect(
      { [MEMBER]: memberAccount() },
      { logger: { info: m => info.push(m), warn: m => info.push(m) } },
      {
        wrap: (call, account, region, answer, input) =>
          throttleSts(
            call,
            account,
            region,
            () => throttleEc2(call, account, region, answer, input),
            input,
          ),
      },
    );
    const [report] = await drain(reports);
    expect(report.error).toBeUndefined();
    expect(report.regions.every(r => !r.error)).toBe(true);
    expect(report.regions[0].instances).toHaveLength(5);
    expect(count(calls, 'AssumeRole')).toBe(3);
    const pages = calls.filter(
      c =>
        c.call === 'DescribeInstanceImageMetadata' && c.region === 'us-east-1',
    );
    expect(pages.map(c => c.input.NextToken ?? null)).toEqual([
      null,
      pages[1].input.NextToken,
      pages[1].input.NextToken,
      pages[1].input.NextToken,
      pages[4].input.NextToken,
    ]);
    expect(info.join('\n')).toMatch(/4 throttled and 0 failed calls retried/);
  });

  it('records a throttle that outlasts the retries as a refusal of that region', async () => {
    const { reports } = collect(
      { [MEMBER]: memberAccount() },
      { retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 2 } },
      {
        wrap: failing(
          'GetAllowedImagesSettings',
          requestLimitExceeded,
          Infinity,
          region => region === 'us-east-1',
        ),
      },
    );
    const [report] = await drain(reports);
    const [usEast, euWest] = report.regions;
    expect(euWest.error).toBeUndefined();
    expect(usEast.error).toEqual({
      code: 'RequestLimitExceeded',
      message: 'GetAllowedImagesSettings: Request limit exceeded.',
    });
    expect(usEast.allowedImages).toBeUndefined();
    expect(usEast.instances).toHaveLength(5);
  });

  it('asks DescribeRegions for the enabled regions when none are configured', async () => {
    const account = memberAccount();
    account.regions['ap-southeast-2'] = {};
    account.regions['eu-central-1'] = {};
    const { reports, calls } = collect(
      { [MEMBER]: account },
      { regions: undefined, stsRegion: 'eu-central-1' },
    );
    const [report] = await drain(reports);
    expect(report.regions.map(r => r.region)).toEqual([
      'ap-southeast-2',
      'eu-central-1',
      'eu-west-1',
      'us-east-1',
    ]);
    const describe = calls.filter(c => c.call === 'DescribeRegions');
    expect(describe).toHaveLength(1);
    expect(describe[0].region).toBe('eu-central-1');
  });

  it('reports an account whose regions cannot be listed as not visible', async () => {
    const account = memberAccount();
    account.regions['us-east-1'].failing = {
      DescribeRegions: () => unauthorized('DescribeRegions'),
    };
    const [report] = await drain(
      collect({ [MEMBER]: account }, { regions: undefined }).reports,
    );
    expect(report.regions).toEqual([]);
    expect(report.error?.code).toBe('UnauthorizedOperation');
    expect(report.error?.message).toMatch(/^DescribeRegions: /);
  });

  it('leaves AMIs that Allowed AMIs hides (enabled) without an owner', async () => {
    const account = memberAccount();
    const usEast = account.regions['us-east-1'];
    usEast.allowedImages = { ...usEast.allowedImages, State: 'enabled' };
    usEast.images = usEast.images!.map(i =>
      i.ImageId === 'ami-0new' ? { ...i, ImageAllowed: false } : i,
    );
    const [report] = await drain(collect({ [MEMBER]: account }).reports);
    const latest = report.regions[0].launchTemplates.find(
      t => t.version === 3,
    )!;
    expect(latest.image).toEqual({ imageId: 'ami-0new' });
  });

  it('records what every Allowed AMIs criterion judges: name, product codes, creation and deprecation times', async () => {
    const account = memberAccount();
    const usEast = account.regions['us-east-1'];
    // A deprecated marketplace AMI: DescribeInstanceImageMetadata gives name, dates and deprecation
    // (as strings), DescribeImages adds the product codes the metadata lacks.
    usEast.instances = [
      instance('i-010', 'ami-0dep', {
        Name: 'acme-al2023-base',
        OwnerId: '679593333241',
        ImageOwnerAlias: 'aws-marketplace',
        CreationDate: '2026-03-01T00:00:00.000Z',
        DeprecationTime: '2026-09-01T00:00:00.000Z',
      }),
    ];
    usEast.launchTemplates = [
      {
        id: 'lt-0dep',
        name: 'deprecated',
        defaultVersion: 1,
        versions: [{ version: 1, imageId: 'ami-0dep' }],
      },
    ];
    usEast.images = [
      image('ami-0dep', {
        Name: 'acme-al2023-base',
        OwnerId: '679593333241',
        ImageOwnerAlias: 'aws-marketplace',
        CreationDate: '2026-03-01T00:00:00.000Z',
        DeprecationTime: '2026-09-01T00:00:00.000Z',
        ProductCodes: [
          { ProductCodeId: 'prod0dep1234', ProductCodeType: 'marketplace' },
        ],
      }),
    ];
    const [report] = await drain(collect({ [MEMBER]: account }).reports);
    const facts = {
      imageId: 'ami-0dep',
      ownerId: '679593333241',
      ownerAlias: 'aws-marketplace',
      name: 'acme-al2023-base',
      productCodes: ['prod0dep1234'],
      creationDate: '2026-03-01T00:00:00.000Z',
      deprecationTime: '2026-09-01T00:00:00.000Z',
    };
    const [region] = report.regions;
    expect(region.instances[0].image).toMatchObject(facts);
    expect(region.launchTemplates[0].image).toMatchObject(facts);
  });

  it('names the partition of the STS region in the role ARN', async () => {
    const { reports, calls } = collect(
      { [MEMBER]: { regions: { 'cn-north-1': {} } } },
      { stsRegion: 'cn-north-1', regions: ['cn-north-1'] },
    );
    await drain(reports);
    expect(calls.find(c => c.call === 'AssumeRole')!.input.RoleArn).toBe(
      `arn:aws-cn:iam::${MEMBER}:role/AmiGovernanceReadOnly`,
    );
  });

  it('keeps at most `concurrency` accounts in flight', async () => {
    const accounts = Object.fromEntries(
      Array.from({ length: 7 }, (_, i) => [
        String(300000000000 + i),
        { regions: { 'us-east-1': {}, 'eu-west-1': {} } } as FakeAccount,
      ]),
    );
    const active = new Map<string, number>();
    let most = 0;
    const wrap: WorkloadsWrap = async (_call, account, _region, answer) => {
      active.set(account, (active.get(account) ?? 0) + 1);
      most = Math.max(most, active.size);
      await new Promise(resolve => setTimeout(resolve, 2));
      const n = active.get(account)! - 1;
      if (n === 0) active.delete(account);
      else active.set(account, n);
      return answer();
    };
    const reports = await drain(
      collect(accounts, { concurrency: 3 }, { wrap }).reports,
    );
    expect(reports).toHaveLength(7);
    expect(most).toBe(3);
  });

  it('yields each account as soon as it is read, before the next ones start', async () => {
    const accounts = {
      [MEMBER]: memberAccount(),
      [OTHER]: memberAccount(),
      '333300003333': memberAccount(),
    };
    const { reports, calls } = collect(accounts, { concurrency: 1 });
    const first = await reports.next();
    expect(first.done).toBe(false);
    expect(
      calls.filter(c => c.call === 'AssumeRole').map(c => c.accountId),
    ).toEqual([MEMBER]);
    const rest = await drain(reports);
    expect(rest.map(r => r.accountId)).toEqual([
      '222200002222',
      '333300003333',
    ]);
  });

  it('refuses a concurrency below 1, a missing or malformed role name and bad regions before any AWS call', async () => {
    await expect(
      collect({}, { concurrency: 0 }).reports.next(),
    ).rejects.toThrow(/concurrency must be a whole number of 1 or more, got 0/);
    await expect(collect({}, { roleName: '' }).reports.next()).rejects.toThrow(
      /roleName/,
    );
    await expect(
      collect(
        {},
        { roleName: 'arn:aws:iam::123456789012:role/AmiGovernanceReadOnly' },
      ).reports.next(),
    ).rejects.toThrow(/roleName must be an IAM role name/);
    await expect(
      collect({}, { regions: ['eu-west-1', 'Ireland'] }).reports.next(),
    ).rejects.toThrow(/regions must be AWS region names/);
  });
});
