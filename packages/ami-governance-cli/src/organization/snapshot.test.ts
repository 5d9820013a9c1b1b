/**
 * `ami-governance snapshot`, with and without --workloads. AWS is the faked edge: a local HTTP server
 * (__testUtils__/awsHttpFake.ts) speaks the Organizations, STS and EC2 wire protocols, and the CLI,
 * run as a child process, reaches it through AWS_ENDPOINT_URL_ORGANIZATIONS / _STS / _EC2 with its
 * real SDK clients.
 */
import fs from 'node:fs';
import path from 'node:path';
import { organizationSnapshotSchema } from '@ami-governance/backstage-plugin-ami-governance-common';
import {
  MANAGEMENT,
  MEMBERS,
  PUBLISHER,
  startAwsHttpFake,
} from '../__testUtils__/awsHttpFake';
import {
  filesIn,
  readJson,
  runCli,
  useTempDirs,
} from '../__testUtils__/runCli';
import { runCliAsync } from '../__testUtils__/runCliAsync';

const tempDir = useTempDirs();

async function snapshot(args: string[], options = {}) {
  const fake = await startAwsHttpFake(options);
  const dir = tempDir();
  const out = path.join(dir, 'snapshot.json');
  try {
    const result = await runCliAsync(
      ['snapshot', '--out', out, ...args],
      fake.env,
    );
    return { ...result, out, dir, log: fake.log };
  } finally {
    await fake.close();
  }
}

describe('snapshot --workloads', () => {
  it('adds the workloads of every active account, through the endpoints the environment names', async () => {
    const { status, stdout, stderr, out, dir, log } = await snapshot([
      '--workloads',
      '--role-name',
      'AmiGovernanceReadOnly',
      '--regions',
      'us-east-1,eu-west-1',
    ]);
    expect(stderr).not.toMatch(/ami-governance:/);
    expect(status).toBe(0);
    const written = readJson(out);
    expect(organizationSnapshotSchema.parse(written).version).toBe(2);
    expect(filesIn(dir)).toEqual(['snapshot.json']);

    // The management account and the two active members; the suspended one is left out.
    const { workloads } = written;
    expect(workloads.roleName).toBe('AmiGovernanceReadOnly');
    expect(workloads.accounts.map((a: any) => a.accountId).sort()).toEqual(
      [MANAGEMENT, MEMBERS[0], MEMBERS[1]].sort(),
    );
    const member = workloads.accounts.find(
      (a: any) => a.accountId === MEMBERS[0],
    );
    expect(member.regions.map((r: any) => r.region)).toEqual([
      'us-east-1',
      'eu-west-1',
    ]);
    const [usEast] = member.regions;
    expect(usEast).toEqual({
      region: 'us-east-1',
      allowedImages: {
        state: 'audit-mode',
        managedBy: 'declarative-policy',
        imageCriteria: [{ ImageProviders: [PUBLISHER, 'amazon'] }],
      },
      imageBlockPublicAccess: {
        state: 'block-new-sharing',
        managedBy: 'declarative-policy',
      },
      instances: [
        {
          instanceId: 'i-0123456789abcdef0',
          state: 'running',
          launchTime: '2026-10-01T09:30:00.000Z',
          image: {
            imageId: 'ami-0aaa',
            ownerId: PUBLISHER,
            name: 'golden-a',
            productCodes: ['prodcode123'],
            creationDate: '2026-01-10T08:00:00.000Z',
            imageAllowed: true,
            isPublic: false,
          },
        },
      ],
      launchTemplates: [
        expect.objectContaining({
          launchTemplateId: 'lt-0abc',
          name: 'web',
          version: 1,
          pointers: ['default'],
          image: expect.objectContaining({
            imageId: 'ami-0aaa',
            ownerId: PUBLISHER,
          }),
        }),
        expect.objectContaining({
          version: 2,
          pointers: ['latest'],
          image: expect.objectContaining({
            imageId: 'ami-0bbb',
            ownerId: PUBLISHER,
          }),
        }),
      ],
      publicImages: [
        {
          imageId: 'ami-0pub',
          name: 'shared',
          creationDate: '2025-06-01T00:00:00.000Z',
        },
      ],
    });

    // Every member role assumed through STS, every EC2 call signed with the assumed keys in its region.
    expect(log).toContain(
      `sts AssumeRole arn:aws:iam::${MEMBERS[0]}:role/AmiGovernanceReadOnly us-east-1`,
    );
    expect(log).toContain(
      `ec2 DescribeInstanceImageMetadata ${MEMBERS[1]} eu-west-1`,
    );
    expect(
      log.some(l => l.includes(MEMBERS[2]) && !l.startsWith('organizations')),
    ).toBe(false);
    expect(stdout).toMatch(
      /Workloads of 3 accounts through role AmiGovernanceReadOnly: 6 instances, 12 launch template versions, 6 public AMIs owned by members\.\nComplete: every part was read\.\n$/,
    );
  });

  it('exits 1 and names an account whose role cannot be assumed and a region that refuses', async () => {
    const { status, stdout, out } = await snapshot(
      [
        '--workloads',
        '--role-name',
        'AmiGovernanceReadOnly',
        '--regions',
        'us-east-1,ap-east-1',
      ],
      { deny: [MEMBERS[1]], refuse: ['ap-east-1'] },
    );
    expect(status).toBe(1);
    const { workloads } = organizationSnapshotSchema.parse(readJson(out));
    const denied = workloads!.accounts.find(a => a.accountId === MEMBERS[1])!;
    expect(denied.regions).toEqual([]);
    expect(denied.error?.code).toBe('AccessDenied');
    expect(stdout).toContain(
      'Not visible: 1 account (role not assumable or regions not listed) and 2 account-regions that refused:',
    );
    expect(stdout).toContain(
      `  account ${MEMBERS[1]}: AccessDenied: AssumeRole arn:aws:iam::${MEMBERS[1]}:role/AmiGovernanceReadOnly: User: arn:aws:iam::${MANAGEMENT}:user/ci is not authorized`,
    );
    expect(stdout).toMatch(
      new RegExp(
        `  account ${MEMBERS[0]} ap-east-1: OptInRequired: GetAllowedImagesSettings: You are not subscribed`,
      ),
    );
    expect(stdout).toMatch(
      /Partial: the workloads above were not all visible\.\n$/,
    );
  });

  it('reads every enabled region when --regions is left out', async () => {
    const { status, out, log } = await snapshot([
      '--workloads',
      '--role-name',
      'Reader',
      '--region',
      'eu-west-1',
    ]);
    expect(status).toBe(0);
    const { workloads } = organizationSnapshotSchema.parse(readJson(out));
    for (const account of workloads!.accounts)
      expect(account.regions.map(r => r.region)).toEqual([
        'eu-west-1',
        'us-east-1',
      ]);
    // Asked in --region, where the member roles are assumed too.
    expect(log).toContain(`ec2 DescribeRegions ${MEMBERS[0]} eu-west-1`);
    expect(log).toContain(
      `sts AssumeRole arn:aws:iam::${MEMBERS[0]}:role/Reader eu-west-1`,
    );
  });

  it('writes format 2 without a workloads section when --workloads is not given', async () => {
    const { status, out, log } = await snapshot([]);
    expect(status).toBe(0);
    const written = readJson(out);
    expect(written.version).toBe(2);
    expect(written).not.toHaveProperty('workloads');
    expect(log.every(l => l.startsWith('organizations'))).toBe(true);
  });
});

describe('snapshot usage errors (before any AWS call)', () => {
  const run = (args: string[]) => {
    const out = path.join(tempDir(), 'snapshot.json');
    return {
      ...runCli(['snapshot', '--out', out, ...args], {
        AWS_ENDPOINT_URL_ORGANIZATIONS: 'http://127.0.0.1:9',
      }),
      out,
    };
  };

  it('needs --role-name with --workloads', () => {
    const { status, stderr, out } = run(['--workloads']);
    expect(status).toBe(2);
    expect(stderr).toContain(
      'ami-governance: --workloads needs --role-name NAME: the role to assume in each member account (its IAM policy: docs/member-role.md).',
    );
    expect(fs.existsSync(out)).toBe(false);
  });

  it('refuses a role ARN where a role name belongs, before any AWS call', () => {
    const { status, stderr, out } = run([
      '--workloads',
      '--role-name',
      'arn:aws:iam::123456789012:role/AmiGovernanceReadOnly',
    ]);
    expect(status).toBe(2);
    expect(stderr).toContain(
      "option '--role-name <name>' argument 'arn:aws:iam::123456789012:role/AmiGovernanceReadOnly' is invalid. expected an IAM role name",
    );
    expect(fs.existsSync(out)).toBe(false);
  });

  it('refuses --role-name and --regions without --workloads', () => {
    const { status, stderr } = run([
      '--role-name',
      'R',
      '--regions',
      'us-east-1',
    ]);
    expect(status).toBe(2);
    expect(stderr).toContain(
      '--role-name and --regions only apply with --workloads',
    );
  });

  it('refuses a region list with a name that is no region, and a concurrency of 0', () => {
    const regions = run([
      '--workloads',
      '--role-name',
      'R',
      '--regions',
      'us-east-1,mars',
    ]);
    expect(regions.status).toBe(2);
    expect(regions.stderr).toContain(
      'expected AWS region names separated by commas, e.g. us-east-1,eu-west-1; "mars" is not one.',
    );
    const concurrency = run([
      '--workloads',
      '--role-name',
      'R',
      '--workload-concurrency',
      '0',
    ]);
    expect(concurrency.status).toBe(2);
    expect(concurrency.stderr).toContain('expected a whole number above 0.');
  });
});
