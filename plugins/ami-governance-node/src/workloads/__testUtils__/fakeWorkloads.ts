/**
 * Member accounts behind `aws-sdk-client-mock`: STS AssumeRole and the EC2 calls the workloads
 * collector makes, answered with the shapes the real APIs return (opaque NextTokens, AWS's page
 * caps, error names and messages as EC2 and STS send them). Shared by the tests and bench/collector.
 * No emulator of Allowed AMIs or DescribeInstanceImageMetadata can run here, so the SDK edge is
 * mocked and everything above `send` (the SDK paginators included) is the real code.
 *
 * Which account and region a call is for is read from the calling client, as AWS would: its region,
 * and the access key AssumeRole handed out (`ASIAFAKE<account id>`).
 */
import {
  DescribeImagesCommand,
  DescribeInstanceImageMetadataCommand,
  DescribeLaunchTemplatesCommand,
  DescribeLaunchTemplateVersionsCommand,
  DescribeRegionsCommand,
  EC2Client,
  EC2ServiceException,
  GetAllowedImagesSettingsCommand,
  GetAllowedImagesSettingsResult,
  GetImageAncestryCommand,
  GetImageBlockPublicAccessStateCommand,
  GetImageBlockPublicAccessStateResult,
  Image,
  InstanceImageMetadata,
} from '@aws-sdk/client-ec2';
import {
  AssumeRoleCommand,
  STSClient,
  STSServiceException,
} from '@aws-sdk/client-sts';
import { AwsStub } from 'aws-sdk-client-mock';

export interface FakeLaunchTemplate {
  id: string;
  name: string;
  defaultVersion: number;
  /** Every version; the highest is `$Latest`. */
  versions: { version: number; imageId?: string }[];
}

export interface FakeRegion {
  /** Every call in the region throws this (a region the account has not enabled, …). */
  refusal?: () => Error;
  /** These calls throw (a permission the role lacks, a throttle that never ends…). */
  failing?: Partial<Record<FakeCall, () => Error>>;
  allowedImages?: GetAllowedImagesSettingsResult;
  blockPublicAccess?: GetImageBlockPublicAccessStateResult;
  instances?: InstanceImageMetadata[];
  launchTemplates?: FakeLaunchTemplate[];
  /** What DescribeImages can describe in this region, the account's public AMIs included. */
  images?: Image[];
}

export interface FakeAccount {
  /** AssumeRole throws this. */
  assumeRole?: () => Error;
  /** By region name; a region not listed answers OptInRequired. */
  regions: Record<string, FakeRegion>;
}

/** The accounts, looked up as calls arrive (bench/collector builds them lazily); undefined: no role. */
export type FakeAccounts = (accountId: string) => FakeAccount | undefined;

export type FakeCall =
  | 'AssumeRole'
  | 'DescribeRegions'
  | 'GetAllowedImagesSettings'
  | 'GetImageBlockPublicAccessState'
  | 'DescribeInstanceImageMetadata'
  | 'DescribeLaunchTemplates'
  | 'DescribeLaunchTemplateVersions'
  | 'DescribeImages'
  | 'GetImageAncestry';

/** Wraps every answer, e.g. to delay it or throttle it (bench/collector's rate limits). */
export type WorkloadsWrap = (
  call: FakeCall,
  accountId: string,
  region: string,
  answer: () => unknown,
  input: any,
) => unknown;

/** One call as the fake saw it (inputs copied: the paginators reuse and rewrite theirs). */
export interface FakeCallRecord {
  call: FakeCall;
  accountId: string;
  region: string;
  input: any;
}

const ec2Error = (name: string, message: string, status = 400) =>
  new EC2ServiceException({
    name,
    $fault: 'client',
    message,
    $metadata: { httpStatusCode: status },
  });

export const optInRequired = () =>
  ec2Error(
    'OptInRequired',
    'You are not subscribed to this service. Please go to http://aws.amazon.com to subscribe.',
    401,
  );

export const unauthorized = (action: string) =>
  ec2Error(
    'UnauthorizedOperation',
    `You are not authorized to perform this operation. User: arn:aws:sts::000000000000:assumed-role/AmiGovernanceReadOnly/ami-governance-workloads is not authorized to perform: ec2:${action} because no identity-based policy allows the ec2:${action} action`,
    403,
  );

export const requestLimitExceeded = () =>
  ec2Error('RequestLimitExceeded', 'Request limit exceeded.', 503);

export const stsThrottling = () =>
  new STSServiceException({
    name: 'Throttling',
    $fault: 'client',
    message: 'Rate exceeded',
    $metadata: { httpStatusCode: 400 },
  });

export const assumeRoleDenied = (roleArn: string) =>
  new STSServiceException({
    name: 'AccessDenied',
    $fault: 'client',
    message: `User: arn:aws:sts::000011112222:assumed-role/collector/backstage is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`,
    $metadata: { httpStatusCode: 403 },
  });

const imageNotFound = (ids: string[]) =>
  ec2Error(
    'InvalidAMIID.NotFound',
    `The image id '[${ids.join(', ')}]' does not exist`,
  );

/** AWS's largest page per call. */
const PAGE_CAPS: Partial<Record<FakeCall, number>> = {
  DescribeInstanceImageMetadata: 1000,
  DescribeLaunchTemplates: 200,
  DescribeLaunchTemplateVersions: 200,
  DescribeImages: 1000,
};

/** One page of `items` under `key` from the opaque NextToken (it encodes an offset, which AWS does not promise). */
function page<T>(
  call: FakeCall,
  key: string,
  items: T[],
  input: { NextToken?: string; MaxResults?: number },
  maxPage: number,
) {
  const start = input.NextToken
    ? Number(Buffer.from(input.NextToken, 'base64url').toString().split(':')[1])
    : 0;
  const cap = Math.min(PAGE_CAPS[call] ?? Infinity, maxPage);
  const end = start + Math.min(input.MaxResults ?? cap, cap);
  return {
    [key]: items.slice(start, end),
    ...(end < items.length && {
      NextToken: Buffer.from(`page:${end}`).toString('base64url'),
    }),
  };
}

const ACCESS_KEY_PREFIX = 'ASIAFAKE';

function answers(account: FakeAccount, accountId: string, maxPage: number) {
  const inRegion = (region: string, call: FakeCall) => {
    const r = account.regions[region];
    if (!r) throw optInRequired();
    if (r.refusal) throw r.refusal();
    const failing = r.failing?.[call];
    if (failing) throw failing();
    return r;
  };
  const versionsOf = (t: FakeLaunchTemplate, wanted: string[]) => {
    const latest = Math.max(...t.versions.map(v => v.version));
    const pointers: Record<string, number> = {
      $Latest: latest,
      $Default: t.defaultVersion,
    };
    const numbers = new Set(wanted.map(w => pointers[w] ?? Number(w)));
    return t.versions
      .filter(v => numbers.has(v.version))
      .map(v => ({
        LaunchTemplateId: t.id,
        LaunchTemplateName: t.name,
        VersionNumber: v.version,
        DefaultVersion: v.version === t.defaultVersion,
        LaunchTemplateData: {
          InstanceType: 't3.micro',
          UserData: 'IyEvYmluL2Jhc2gK',
          ...(v.imageId && { ImageId: v.imageId }),
        },
      }));
  };
  const hidden = (r: FakeRegion, image: Image) =>
    r.allowedImages?.State === 'enabled' && image.ImageAllowed === false;
  /** An AMI the account can see in a region (shared with it, or its own), for GetImageAncestry. */
  const visibleImage = (region: string, imageId: string) =>
    account.regions[region]?.images?.find(i => i.ImageId === imageId);

  return {
    DescribeRegions: (region: string) => {
      inRegion(region, 'DescribeRegions');
      return {
        Regions: Object.keys(account.regions).map(name => ({
          RegionName: name,
          Endpoint: `ec2.${name}.amazonaws.com`,
          OptInStatus: 'opt-in-not-required',
        })),
      };
    },
    GetAllowedImagesSettings: (region: string) => {
      const r = inRegion(region, 'GetAllowedImagesSettings');
      return r.allowedImages ?? { State: 'disabled', ManagedBy: 'account' };
    },
    GetImageBlockPublicAccessState: (region: string) => {
      const r = inRegion(region, 'GetImageBlockPublicAccessState');
      return (
        r.blockPublicAccess ?? {
          ImageBlockPublicAccessState: 'unblocked',
          ManagedBy: 'account',
        }
      );
    },
    DescribeInstanceImageMetadata: (region: string, input: any) => {
      const r = inRegion(region, 'DescribeInstanceImageMetadata');
      const states: string[] | undefined = input.Filters?.find(
        (f: any) => f.Name === 'instance-state-name',
      )?.Values;
      const live = (r.instances ?? []).filter(
        i => !states || states.includes(i.State?.Name ?? ''),
      );
      return page(
        'DescribeInstanceImageMetadata',
        'InstanceImageMetadata',
        live,
        input,
        maxPage,
      );
    },
    DescribeLaunchTemplates: (region: string, input: any) => {
      const r = inRegion(region, 'DescribeLaunchTemplates');
      const all = (r.launchTemplates ?? []).map(t => ({
        LaunchTemplateId: t.id,
        LaunchTemplateName: t.name,
        DefaultVersionNumber: t.defaultVersion,
        LatestVersionNumber: Math.max(...t.versions.map(v => v.version)),
      }));
      return page(
        'DescribeLaunchTemplates',
        'LaunchTemplates',
        all,
        input,
        maxPage,
      );
    },
    DescribeLaunchTemplateVersions: (region: string, input: any) => {
      const r = inRegion(region, 'DescribeLaunchTemplateVersions');
      const wanted: string[] = input.Versions ?? [];
      const templates = r.launchTemplates ?? [];
      let versions;
      if (input.LaunchTemplateId) {
        const t = templates.find(x => x.id === input.LaunchTemplateId);
        if (!t)
          throw ec2Error(
            'InvalidLaunchTemplateId.NotFound',
            `The specified launch template, with template ID ${input.LaunchTemplateId}, does not exist.`,
          );
        versions = versionsOf(t, wanted);
      } else {
        // Without a template, AWS accepts only $Latest and $Default: those of every template.
        if (
          wanted.length === 0 ||
          wanted.some(w => !['$Latest', '$Default'].includes(w))
        )
          throw ec2Error(
            'InvalidParameterCombination',
            'Versions must be $Latest and/or $Default when no launch template is specified.',
          );
        versions = templates.flatMap(t => versionsOf(t, wanted));
      }
      return page(
        'DescribeLaunchTemplateVersions',
        'LaunchTemplateVersions',
        versions,
        input,
        maxPage,
      );
    },
    // From the AMI to the root, following SourceImageId across regions; the chain ends early at an
    // ancestor the account cannot see (its last entry then still names the hidden source).
    GetImageAncestry: (region: string, input: any) => {
      inRegion(region, 'GetImageAncestry');
      const entries = [];
      let at = region;
      let image = visibleImage(region, input.ImageId);
      if (!image) throw imageNotFound([input.ImageId]);
      while (image && entries.length < 50) {
        entries.push({
          ImageId: image.ImageId,
          CreationDate: image.CreationDate
            ? new Date(image.CreationDate)
            : undefined,
          ...(image.ImageOwnerAlias && {
            ImageOwnerAlias: image.ImageOwnerAlias,
          }),
          ...(image.SourceImageId && {
            SourceImageId: image.SourceImageId,
            SourceImageRegion: image.SourceImageRegion ?? at,
          }),
        });
        if (!image.SourceImageId) break;
        at = image.SourceImageRegion ?? at;
        image = visibleImage(at, image.SourceImageId);
      }
      return { ImageAncestryEntries: entries };
    },
    DescribeImages: (region: string, input: any) => {
      const r = inRegion(region, 'DescribeImages');
      const images = r.images ?? [];
      if (input.ImageIds) {
        const ids: string[] = input.ImageIds;
        const unknown = ids.filter(id => !images.some(i => i.ImageId === id));
        if (unknown.length > 0) throw imageNotFound(unknown);
        return {
          Images: images.filter(i => ids.includes(i.ImageId!) && !hidden(r, i)),
        };
      }
      const owners: string[] = input.Owners ?? [];
      const publicOnly = input.Filters?.some(
        (f: any) => f.Name === 'is-public' && f.Values?.includes('true'),
      );
      const matching = images.filter(
        i =>
          (owners.length === 0 ||
            owners.some(o => (o === 'self' ? accountId : o) === i.OwnerId)) &&
          (!publicOnly || i.Public) &&
          !hidden(r, i),
      );
      return page('DescribeImages', 'Images', matching, input, maxPage);
    },
  };
}

function assumeRole(
  account: FakeAccount | undefined,
  accountId: string,
  input: any,
) {
  // A role that does not exist is refused exactly like one that does not trust the caller.
  if (!account) throw assumeRoleDenied(input.RoleArn);
  if (account.assumeRole) throw account.assumeRole();
  return {
    Credentials: {
      AccessKeyId: `${ACCESS_KEY_PREFIX}${accountId}`,
      SecretAccessKey: 'fake-secret',
      SessionToken: 'fake-session-token',
      Expiration: new Date('2099-01-01T00:00:00Z'),
    },
    AssumedRoleUser: {
      AssumedRoleId: `AROAFAKE:${input.RoleSessionName}`,
      Arn: input.RoleArn.replace(':iam::', ':sts::').replace(
        ':role/',
        ':assumed-role/',
      ),
    },
  };
}

const EC2_COMMANDS = {
  DescribeRegions: DescribeRegionsCommand,
  GetAllowedImagesSettings: GetAllowedImagesSettingsCommand,
  GetImageBlockPublicAccessState: GetImageBlockPublicAccessStateCommand,
  DescribeInstanceImageMetadata: DescribeInstanceImageMetadataCommand,
  DescribeLaunchTemplates: DescribeLaunchTemplatesCommand,
  DescribeLaunchTemplateVersions: DescribeLaunchTemplateVersionsCommand,
  DescribeImages: DescribeImagesCommand,
  GetImageAncestry: GetImageAncestryCommand,
} as const;

/**
 * Answers STS and EC2 from `accounts`; returns the log of calls, filled in as they arrive.
 * `maxPage` caps every page below AWS's own cap, so a handful of items spans several pages.
 */
export function installFakeWorkloads(
  sts: AwsStub<any, any, any>,
  ec2: AwsStub<any, any, any>,
  accounts: FakeAccounts,
  options: { wrap?: WorkloadsWrap; maxPage?: number; log?: boolean } = {},
): FakeCallRecord[] {
  const { wrap = (_c, _a, _r, answer) => answer(), maxPage = Infinity } =
    options;
  const calls: FakeCallRecord[] = [];
  const record = (
    call: FakeCall,
    accountId: string,
    region: string,
    input: any,
  ) => {
    if (options.log !== false)
      calls.push({ call, accountId, region, input: structuredClone(input) });
  };

  sts.on(AssumeRoleCommand).callsFake(async (input, getClient) => {
    const region = await (getClient() as STSClient).config.region();
    const accountId =
      /^arn:[^:]+:iam::(\d{12}):role\//.exec(input.RoleArn)?.[1] ?? '';
    record('AssumeRole', accountId, region, input);
    return wrap(
      'AssumeRole',
      accountId,
      region,
      () => assumeRole(accounts(accountId), accountId, input),
      input,
    );
  });

  // One behaviour for every EC2 command, dispatched on its class: matching each `on(Command)` costs
  // more CPU per call than the collector itself, which would weigh on bench/collector.
  const commands = Object.entries(EC2_COMMANDS) as [
    keyof typeof EC2_COMMANDS,
    new (...args: any[]) => object,
  ][];
  ec2.send.callsFake(async function fake(this: EC2Client, command: object) {
    const call = commands.find(([, type]) => command instanceof type)?.[0];
    if (!call)
      throw new Error(`the fake does not answer ${command.constructor.name}`);
    const input = (command as { input: any }).input;
    const [identity, region] = await Promise.all([
      this.config.credentials(),
      this.config.region(),
    ]);
    const accountId = identity.accessKeyId.replace(ACCESS_KEY_PREFIX, '');
    record(call, accountId, region, input);
    const answer = () => {
      const account = accounts(accountId);
      if (!account)
        throw ec2Error(
          'AuthFailure',
          'AWS was not able to validate the provided access credentials',
          401,
        );
      return answers(account, accountId, maxPage)[call](region, input);
    };
    return wrap(call, accountId, region, answer, input);
  });
  return calls;
}
