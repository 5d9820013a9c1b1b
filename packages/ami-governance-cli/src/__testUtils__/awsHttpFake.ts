/**
 * A small organization behind one local HTTP server that speaks the three AWS wire protocols
 * `snapshot --workloads` uses: Organizations (JSON 1.1), STS (query, XML) and EC2 (EC2 query, XML).
 * The CLI finds it through AWS_ENDPOINT_URL_ORGANIZATIONS, _STS and _EC2, exactly as a pipeline would
 * find another endpoint, so the real SDK clients sign, send and decode everything. The XML element
 * names are those the SDK's own schemas give. Test-only.
 *
 * The organization: a management account and three members in one root, no policies. EC2 answers the
 * same inventory for every account and region: one instance, one launch template whose default (v1)
 * and latest (v2) versions use two AMIs, one public AMI owned by the account.
 */
import http from 'node:http';
import { AddressInfo } from 'node:net';

export const MANAGEMENT = '000011112222';
export const MEMBERS = ['111100001111', '222200002222', '333300003333'];
export const PUBLISHER = '777788889999';

export interface FakeAwsOptions {
  /** Accounts whose role AssumeRole refuses. */
  deny?: string[];
  /** Regions where every EC2 call answers OptInRequired. */
  refuse?: string[];
}

const EC2_NS = 'http://ec2.amazonaws.com/doc/2016-11-15/';

const accounts = [MANAGEMENT, ...MEMBERS].map((id, i) => ({
  Id: id,
  Arn: `arn:aws:organizations::${MANAGEMENT}:account/o-fake123456/${id}`,
  Name: i === 0 ? 'management' : `member-${i}`,
  Email: `aws+${id}@example.com`,
  // The last member is suspended: its workloads are not read.
  State: i === MEMBERS.length ? 'SUSPENDED' : 'ACTIVE',
}));

/** Organizations answers, by operation (X-Amz-Target). */
const ORGANIZATIONS: Record<string, () => [number, unknown]> = {
  DescribeOrganization: () => [
    200,
    {
      Organization: {
        Id: 'o-fake123456',
        Arn: `arn:aws:organizations::${MANAGEMENT}:organization/o-fake123456`,
        MasterAccountId: MANAGEMENT,
      },
    },
  ],
  ListRoots: () => [
    200,
    {
      Roots: [
        {
          Id: 'r-fa01',
          Name: 'Root',
          Arn: `arn:aws:organizations::${MANAGEMENT}:root/o-fake123456/r-fa01`,
          PolicyTypes: [],
        },
      ],
    },
  ],
  ListOrganizationalUnitsForParent: () => [200, { OrganizationalUnits: [] }],
  ListAccountsForParent: () => [200, { Accounts: accounts }],
  ListPolicies: () => [200, { Policies: [] }],
  // Account tags (the catalog module's owner): one owner tag per account.
  ListTagsForResource: () => [
    200,
    { Tags: [{ Key: 'owner', Value: 'group:default/platform' }] },
  ],
  DescribeEffectivePolicy: () => [
    400,
    {
      __type: 'EffectivePolicyNotFoundException',
      message: 'No effective policy of this type applies to the target.',
    },
  ],
};

const ec2Answer = (action: string, body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<${action}Response xmlns="${EC2_NS}"><requestId>fake-request</requestId>${body}</${action}Response>`;

const image = (id: string, name: string) =>
  `<item><imageId>${id}</imageId><imageOwnerId>${PUBLISHER}</imageOwnerId><name>${name}</name><creationDate>2026-01-10T08:00:00.000Z</creationDate><isPublic>false</isPublic><imageAllowed>true</imageAllowed><productCodes><item><productCode>prodcode123</productCode><type>marketplace</type></item></productCodes></item>`;

/** EC2 answers, by Action; `account` is the caller (from its access key). */
const EC2: Record<string, (body: string, account: string) => string> = {
  DescribeRegions: () =>
    `<regionInfo>${['eu-west-1', 'us-east-1']
      .map(
        name =>
          `<item><regionName>${name}</regionName><regionEndpoint>ec2.${name}.amazonaws.com</regionEndpoint><optInStatus>opt-in-not-required</optInStatus></item>`,
      )
      .join('')}</regionInfo>`,
  GetAllowedImagesSettings: () =>
    `<state>audit-mode</state><imageCriterionSet><item><imageProviderSet><item>${PUBLISHER}</item><item>amazon</item></imageProviderSet></item></imageCriterionSet><managedBy>declarative-policy</managedBy>`,
  GetImageBlockPublicAccessState: () =>
    '<imageBlockPublicAccessState>block-new-sharing</imageBlockPublicAccessState><managedBy>declarative-policy</managedBy>',
  DescribeInstanceImageMetadata: (_body, account) =>
    `<instanceImageMetadataSet><item><instanceId>i-0123456789abcdef0</instanceId><instanceType>t3.micro</instanceType><launchTime>2026-10-01T09:30:00Z</launchTime><instanceState><code>16</code><name>running</name></instanceState><instanceOwnerId>${account}</instanceOwnerId><imageMetadata><imageId>ami-0aaa</imageId><name>golden-a</name><imageOwnerId>${PUBLISHER}</imageOwnerId><imageOwnerAlias>${PUBLISHER}</imageOwnerAlias><creationDate>2026-01-10T08:00:00.000Z</creationDate><imageAllowed>true</imageAllowed><isPublic>false</isPublic></imageMetadata></item></instanceImageMetadataSet>`,
  DescribeLaunchTemplates: () =>
    '<launchTemplates><item><launchTemplateId>lt-0abc</launchTemplateId><launchTemplateName>web</launchTemplateName><defaultVersionNumber>1</defaultVersionNumber><latestVersionNumber>2</latestVersionNumber></item></launchTemplates>',
  DescribeLaunchTemplateVersions: () =>
    `<launchTemplateVersionSet>${[
      [1, true, 'ami-0aaa'],
      [2, false, 'ami-0bbb'],
    ]
      .map(
        ([version, isDefault, ami]) =>
          `<item><launchTemplateId>lt-0abc</launchTemplateId><launchTemplateName>web</launchTemplateName><versionNumber>${version}</versionNumber><defaultVersion>${isDefault}</defaultVersion><launchTemplateData><imageId>${ami}</imageId></launchTemplateData></item>`,
      )
      .join('')}</launchTemplateVersionSet>`,
  DescribeImages: (body, account) =>
    body.includes('Owner.1=self')
      ? `<imagesSet><item><imageId>ami-0pub</imageId><imageOwnerId>${account}</imageOwnerId><name>shared</name><creationDate>2025-06-01T00:00:00.000Z</creationDate><isPublic>true</isPublic></item></imagesSet>`
      : `<imagesSet>${image('ami-0aaa', 'golden-a')}${image(
          'ami-0bbb',
          'golden-b',
        )}</imagesSet>`,
};

function ec2Error(code: string, message: string) {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>${code}</Code><Message>${message}</Message></Error></Errors><RequestID>fake-request</RequestID></Response>`;
}

function assumeRole(params: URLSearchParams, deny: string[]): [number, string] {
  const roleArn = params.get('RoleArn') ?? '';
  const account = /:iam::(\d{12}):role\//.exec(roleArn)?.[1] ?? '';
  if (deny.includes(account))
    return [
      403,
      `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User: arn:aws:iam::${MANAGEMENT}:user/ci is not authorized to perform: sts:AssumeRole on resource: ${roleArn}</Message></Error><RequestId>fake-request</RequestId></ErrorResponse>`,
    ];
  return [
    200,
    `<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult><Credentials><AccessKeyId>ASIAFAKE${account}</AccessKeyId><SecretAccessKey>fake-secret</SecretAccessKey><SessionToken>fake-token</SessionToken><Expiration>2099-01-01T00:00:00Z</Expiration></Credentials><AssumedRoleUser><AssumedRoleId>AROAFAKE:${params.get(
      'RoleSessionName',
    )}</AssumedRoleId><Arn>${roleArn}</Arn></AssumedRoleUser></AssumeRoleResult><ResponseMetadata><RequestId>fake-request</RequestId></ResponseMetadata></AssumeRoleResponse>`,
  ];
}

/** Starts the server; every request is logged as `service Action account region`. */
export async function startAwsHttpFake(options: FakeAwsOptions = {}) {
  const { deny = [], refuse = [] } = options;
  const log: string[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', chunk => (body += chunk));
    req.on('end', () => {
      const reply = (status: number, type: string, payload: string) => {
        res.writeHead(status, { 'content-type': type });
        res.end(payload);
      };
      const target = req.headers['x-amz-target'];
      if (typeof target === 'string') {
        const op = target.replace('AWSOrganizationsV20161128.', '');
        log.push(`organizations ${op}`);
        const [status, payload] = ORGANIZATIONS[op]?.() ?? [
          400,
          { __type: 'UnknownOperationException', message: op },
        ];
        return reply(
          status,
          'application/x-amz-json-1.1',
          JSON.stringify(payload),
        );
      }
      const params = new URLSearchParams(body);
      const action = params.get('Action') ?? '';
      // The signature's scope names the caller's access key and the region: Credential=KEY/date/REGION/service/…
      const scope = /Credential=([^/]+)\/\d+\/([^/]+)\/([^/]+)\//.exec(
        String(req.headers.authorization),
      );
      const [, key = '', region = '', service = ''] = scope ?? [];
      const account = key.replace('ASIAFAKE', '');
      log.push(
        `${service} ${action} ${
          service === 'sts' ? params.get('RoleArn') : account
        } ${region}`,
      );
      if (service === 'sts') {
        const [status, xml] = assumeRole(params, deny);
        return reply(status, 'text/xml', xml);
      }
      if (refuse.includes(region))
        return reply(
          401,
          'text/xml',
          ec2Error(
            'OptInRequired',
            'You are not subscribed to this service. Please go to http://aws.amazon.com to subscribe.',
          ),
        );
      const answer = EC2[action];
      if (!answer)
        return reply(
          400,
          'text/xml',
          ec2Error(
            'InvalidAction',
            `The action ${action} is not valid for this web service.`,
          ),
        );
      return reply(200, 'text/xml', ec2Answer(action, answer(body, account)));
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    log,
    /** The environment that points every AWS client of the CLI at this server, with fake keys. */
    env: {
      AWS_ENDPOINT_URL_ORGANIZATIONS: url,
      AWS_ENDPOINT_URL_STS: url,
      AWS_ENDPOINT_URL_EC2: url,
      AWS_ACCESS_KEY_ID: 'AKIAFAKEFORTESTS',
      AWS_SECRET_ACCESS_KEY: 'fake-secret',
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_CONFIG_FILE: '/nonexistent/aws-config',
      AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/aws-credentials',
    },
    close: () => new Promise<void>(resolve => server.close(() => resolve())),
  };
}
