/**
 * The collector against a mocked AWS Organizations. aws-sdk-client-mock answers at the SDK edge
 * because no emulator of Organizations declarative policies can run here (moto rejects
 * DECLARATIVE_POLICY_EC2, LocalStack needs a paid token): the answers are real-shaped (ARNs, opaque
 * NextTokens, at most 20 items a page, the SDK's modelled exceptions) and everything above `send`,
 * the SDK paginators included, is the real code.
 */
import {
  DescribeOrganizationCommand,
  OrganizationsClient,
} from '@aws-sdk/client-organizations';
import { organizationSnapshotSchema } from '@ami-governance/backstage-plugin-ami-governance-common';
import { mockClient } from 'aws-sdk-client-mock';
import {
  BIG_OU,
  DECLARATIVE_CONTENT,
  DENIED_ACCOUNT,
  exampleOrganization,
  MANAGEMENT,
  NO_POLICY_ACCOUNT,
  SCP_CONTENT,
} from '../__testUtils__/exampleOrganization';
import {
  accessDenied,
  FakeOrganization,
  installFakeOrganization,
  tooManyRequests,
  Wrap,
} from '../__testUtils__/fakeOrganization';
import { collectOrganizationSnapshot } from './collect';
import { NO_EFFECTIVE_POLICY } from './effectivePolicies';

const mock = mockClient(OrganizationsClient);
const client = new OrganizationsClient({ region: 'us-east-1' });
const NOW = new Date('2026-11-23T08:00:00.000Z');
const POLICY_NAMES = {
  declarative: 'ami-publisher-allowlist',
  scp: 'ami-guardrail',
};

beforeEach(() => mock.reset());

function collect(
  org: FakeOrganization = exampleOrganization(),
  wrap?: Wrap,
  overrides: Partial<Parameters<typeof collectOrganizationSnapshot>[0]> = {},
) {
  const log = installFakeOrganization(mock, org, wrap);
  const run = collectOrganizationSnapshot({
    client,
    policyNames: POLICY_NAMES,
    concurrency: 4,
    now: () => NOW,
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
    ...overrides,
  });
  return run.then(snapshot => ({ snapshot, ...log }));
}

/** Makes `name` fail with `error()` for inputs matching `when`, `times` times (forever by default). */
function failing(
  name: string,
  error: () => Error,
  when: (input: any) => boolean = () => true,
  times = Infinity,
): Wrap {
  let failed = 0;
  return (command, handler) => input => {
    if (command === name && when(input) && failed < times) {
      failed++;
      throw error();
    }
    return handler(input);
  };
}

const errorsOf = (snapshot: { errors: { scope: string }[] }) =>
  snapshot.errors.map(e => e.scope);

describe('collectOrganizationSnapshot', () => {
  it('reads the whole organization into a snapshot the schema accepts', async () => {
    const { snapshot } = await collect();

    expect(organizationSnapshotSchema.parse(snapshot)).toEqual(snapshot);
    expect(snapshot.version).toBe(2);
    expect(snapshot.collectedAt).toBe('2026-11-23T08:00:00.000Z');
    expect(snapshot.organization).toEqual({
      id: 'o-ab12cd34ef',
      managementAccountId: MANAGEMENT,
    });
    expect(snapshot.roots).toEqual([{ id: 'r-ab12', name: 'Root' }]);
    // Parents before children, siblings by name.
    expect(snapshot.organizationalUnits).toEqual([
      { id: 'ou-ab12-infra001', name: 'Infrastructure', parentId: 'r-ab12' },
      { id: 'ou-ab12-sandbox1', name: 'Sandbox', parentId: 'r-ab12' },
      { id: 'ou-ab12-work0001', name: 'Workloads', parentId: 'r-ab12' },
      { id: BIG_OU, name: 'Non-production', parentId: 'ou-ab12-work0001' },
      {
        id: 'ou-ab12-prod0001',
        name: 'Production',
        parentId: 'ou-ab12-work0001',
      },
    ]);
    expect(snapshot.accounts).toHaveLength(49);
    expect(snapshot.accounts.find(a => a.id === MANAGEMENT)).toEqual({
      id: MANAGEMENT,
      name: 'management',
      parentId: 'r-ab12',
      status: 'ACTIVE',
      effectiveDeclarativePolicy: DECLARATIVE_CONTENT,
    });
    expect(snapshot.policies.scp).toEqual({
      id: 'p-scp0ami1',
      name: 'ami-guardrail',
      arn: 'arn:aws:organizations::000011112222:policy/o-ab12cd34ef/service_control_policy/p-scp0ami1',
      content: SCP_CONTENT,
      targets: [
        {
          targetId: 'ou-ab12-work0001',
          name: 'Workloads',
          type: 'ORGANIZATIONAL_UNIT',
        },
        { targetId: '000033334444', name: 'prod-app', type: 'ACCOUNT' },
      ],
    });
    expect(snapshot.policies.declarativePolicy).toMatchObject({
      id: 'p-dec0ami1',
      content: DECLARATIVE_CONTENT,
      targets: [{ targetId: 'r-ab12', name: 'Root', type: 'ROOT' }],
    });
    // Only the account the fixture denies is a gap.
    expect(snapshot.errors).toEqual([
      {
        scope: `account:${DENIED_ACCOUNT}`,
        code: 'AccessDeniedException',
        message: "You don't have permissions to access this resource.",
      },
    ]);
  });

  it('follows NextToken across pages with one call per page, at most 20 items each', async () => {
    const { snapshot, inputs } = await collect();

    const bigOuCalls = inputs
      .filter(c => c.name === 'ListAccountsForParent')
      .map(c => c.input)
      .filter(input => input.ParentId === BIG_OU);
    expect(bigOuCalls).toHaveLength(3);
    expect(bigOuCalls.map(i => i.MaxResults)).toEqual([20, 20, 20]);
    expect(bigOuCalls[0].NextToken).toBeUndefined();
    expect(bigOuCalls[1].NextToken).toEqual(expect.any(String));
    expect(bigOuCalls[2].NextToken).not.toBe(bigOuCalls[1].NextToken);
    expect(snapshot.accounts.filter(a => a.parentId === BIG_OU)).toHaveLength(
      45,
    );

    // Our SCP sits on ListPolicies' second page.
    const scpPages = inputs.filter(
      c =>
        c.name === 'ListPolicies' &&
        c.input.Filter === 'SERVICE_CONTROL_POLICY',
    );
    expect(scpPages).toHaveLength(2);
    expect(snapshot.policies.scp?.id).toBe('p-scp0ami1');
  });

  it('walks the tree with ListAccountsForParent, never ListAccounts or ListParents', async () => {
    const { counts } = await collect();
    expect(counts).toEqual({
      DescribeOrganization: 1,
      ListRoots: 1,
      // One per parent (root and five OUs).
      ListOrganizationalUnitsForParent: 6,
      // One per parent, two more pages for the 45 accounts of BIG_OU.
      ListAccountsForParent: 8,
      ListPolicies: 3,
      DescribePolicy: 2,
      ListTargetsForPolicy: 2,
      DescribeEffectivePolicy: 49,
      // One per account: ListAccountsForParent does not carry tags.
      ListTagsForResource: 49,
    });
  });

  it('records each account’s tags, page by page, and labels tags it could not read', async () => {
    const org = exampleOrganization();
    const [tagged, many, denied] = org.accounts.slice(1, 4);
    tagged.tags = { owner: 'payments-team', environment: 'production' };
    // More than one page of tags (AWS allows 50 per account).
    many.tags = Object.fromEntries(
      Array.from({ length: 25 }, (_, i) => [`key-${i}`, `value-${i}`]),
    );
    denied.tags = accessDenied();
    const { snapshot } = await collect(org);
    const tagsOf = (id: string) =>
      snapshot.accounts.find(a => a.id === id)?.tags;

    expect(tagsOf(tagged.id)).toEqual({
      owner: 'payments-team',
      environment: 'production',
    });
    expect(Object.keys(tagsOf(many.id) ?? {})).toHaveLength(25);
    expect(tagsOf(denied.id)).toBeUndefined();
    expect(
      snapshot.errors.filter(e => e.scope === `account:${denied.id}`),
    ).toEqual([
      expect.objectContaining({
        code: 'AccessDeniedException',
        message: expect.stringMatching(/^its tags could not be read: /),
      }),
    ]);
    // No tags is no `tags` key, and the snapshot stays in the documented format.
    expect(snapshot.accounts[0]).not.toHaveProperty('tags');
    expect(() => organizationSnapshotSchema.parse(snapshot)).not.toThrow();
  });

  it('retries TooManyRequestsException with backoff, resuming a paginator at its page', async () => {
    const throttleSecondPage = failing(
      'ListAccountsForParent',
      tooManyRequests,
      input => input.ParentId === BIG_OU && input.NextToken !== undefined,
      2,
    );
    const throttleOrg = failing(
      'DescribeOrganization',
      tooManyRequests,
      undefined,
      1,
    );
    const { snapshot, inputs } = await collect(
      exampleOrganization(),
      (name, h) => throttleOrg(name, throttleSecondPage(name, h)),
    );

    expect(snapshot.errors.map(e => e.scope)).toEqual([
      `account:${DENIED_ACCOUNT}`,
    ]);
    expect(snapshot.organization.managementAccountId).toBe(MANAGEMENT);
    const tokens = inputs
      .filter(c => c.name === 'ListAccountsForParent')
      .map(c => c.input)
      .filter(i => i.ParentId === BIG_OU)
      .map(i => i.NextToken);
    // Page 2 tried three times, page 1 read once.
    expect(tokens.filter(t => t === undefined)).toHaveLength(1);
    expect(tokens).toHaveLength(5);
    expect(snapshot.accounts.filter(a => a.parentId === BIG_OU)).toHaveLength(
      45,
    );
    expect(mock.commandCalls(DescribeOrganizationCommand)).toHaveLength(2);
  });

  it('labels a throttle that outlasts maxAttempts instead of throwing', async () => {
    const target = '210000000003';
    const { snapshot } = await collect(
      exampleOrganization(),
      failing(
        'DescribeEffectivePolicy',
        tooManyRequests,
        i => i.TargetId === target,
      ),
      { retry: { maxAttempts: 3, baseDelayMs: 1 } },
    );
    expect(snapshot.errors).toContainEqual({
      scope: `account:${target}`,
      code: 'TooManyRequestsException',
      message: expect.stringContaining('request rate is too high'),
    });
    expect(snapshot.accounts.find(a => a.id === target)).toMatchObject({
      effectivePolicyError: expect.stringContaining('request rate is too high'),
    });
  });

  it('labels AccessDenied on one account and reads the others', async () => {
    const { snapshot } = await collect();
    const denied = snapshot.accounts.find(a => a.id === DENIED_ACCOUNT)!;
    expect(denied.effectiveDeclarativePolicy).toBeUndefined();
    expect(denied.effectivePolicyError).toBe(
      "You don't have permissions to access this resource.",
    );
    const read = snapshot.accounts.filter(
      a => a.effectiveDeclarativePolicy === DECLARATIVE_CONTENT,
    );
    expect(read).toHaveLength(47);
  });

  it('records an account without an effective policy as a state, not an error', async () => {
    const { snapshot } = await collect();
    expect(snapshot.accounts.find(a => a.id === NO_POLICY_ACCOUNT)).toEqual({
      id: NO_POLICY_ACCOUNT,
      name: 'sandbox-1',
      parentId: 'ou-ab12-sandbox1',
      status: 'SUSPENDED',
      effectivePolicyError: NO_EFFECTIVE_POLICY,
    });
    expect(errorsOf(snapshot)).not.toContain(`account:${NO_POLICY_ACCOUNT}`);
  });

  it('finds a policy by ID as well as by name', async () => {
    const { snapshot } = await collect(exampleOrganization(), undefined, {
      policyNames: { declarative: 'p-dec0ami1', scp: 'ami-guardrail' },
    });
    expect(snapshot.policies.declarativePolicy?.name).toBe(
      'ami-publisher-allowlist',
    );
    expect(snapshot.policies.scp?.id).toBe('p-scp0ami1');
  });

  it('gives null and no error for a policy the organization does not have', async () => {
    const { snapshot } = await collect(exampleOrganization(), undefined, {
      policyNames: { declarative: 'p-0000none', scp: 'no-such-scp' },
    });
    expect(snapshot.policies).toEqual({ declarativePolicy: null, scp: null });
    expect(errorsOf(snapshot)).toEqual([`account:${DENIED_ACCOUNT}`]);
  });

  it('labels a failed ListPolicies under its policy and keeps the other', async () => {
    const { snapshot } = await collect(
      exampleOrganization(),
      failing(
        'ListPolicies',
        () => accessDenied(),
        i => i.Filter === 'SERVICE_CONTROL_POLICY',
      ),
    );
    expect(snapshot.policies.scp).toBeNull();
    expect(snapshot.policies.declarativePolicy?.id).toBe('p-dec0ami1');
    expect(snapshot.errors[0]).toEqual({
      scope: 'policies.scp',
      code: 'AccessDeniedException',
      message: `policy "ami-guardrail": You don't have permissions to access this resource.`,
    });
    expect(organizationSnapshotSchema.safeParse(snapshot).success).toBe(true);
  });

  it('labels the accounts of a parent that could not be listed', async () => {
    const { snapshot } = await collect(
      exampleOrganization(),
      failing(
        'ListAccountsForParent',
        () => accessDenied(),
        i => i.ParentId === BIG_OU,
      ),
    );
    expect(snapshot.accounts).toHaveLength(4);
    expect(snapshot.errors[0]).toEqual({
      scope: 'accounts',
      code: 'AccessDeniedException',
      message: `the accounts under ${BIG_OU} could not be listed: You don't have permissions to access this resource.`,
    });
    expect(organizationSnapshotSchema.safeParse(snapshot).success).toBe(true);
  });

  it('reads the organization from the ARNs when DescribeOrganization is denied', async () => {
    const { snapshot } = await collect(
      exampleOrganization(),
      failing('DescribeOrganization', () => accessDenied()),
    );
    expect(snapshot.organization).toEqual({
      id: 'o-ab12cd34ef',
      managementAccountId: MANAGEMENT,
    });
    expect(snapshot.errors[0]).toMatchObject({
      scope: 'organization',
      code: 'AccessDeniedException',
    });
  });

  it('returns a labelled, schema-valid snapshot when every call is denied', async () => {
    const denyAll: Wrap = () => () => {
      throw accessDenied();
    };
    const { snapshot } = await collect(exampleOrganization(), denyAll);

    expect(organizationSnapshotSchema.safeParse(snapshot).success).toBe(true);
    expect(snapshot.accounts).toEqual([]);
    expect(snapshot.organizationalUnits).toEqual([]);
    expect(snapshot.policies).toEqual({ declarativePolicy: null, scp: null });
    expect(errorsOf(snapshot)).toEqual([
      'accounts',
      'organization',
      'organization',
      'organizationalUnits',
      'policies.declarativePolicy',
      'policies.scp',
      'roots',
    ]);
    expect(snapshot.errors.find(e => e.scope === 'accounts')).toEqual({
      scope: 'accounts',
      code: 'AccessDeniedException',
      message: 'not listed: the roots could not be read',
    });
  });

  it('keeps at most `concurrency` calls in flight per API', async () => {
    const inFlight = new Map<string, number>();
    const peak = new Map<string, number>();
    const slow: Wrap = (name, handler) => async input => {
      inFlight.set(name, (inFlight.get(name) ?? 0) + 1);
      peak.set(name, Math.max(peak.get(name) ?? 0, inFlight.get(name)!));
      await new Promise(resolve => setTimeout(resolve, 2));
      inFlight.set(name, inFlight.get(name)! - 1);
      return handler(input);
    };
    await collect(exampleOrganization(), slow, { concurrency: 3 });
    expect(peak.get('DescribeEffectivePolicy')).toBe(3);
    expect(peak.get('ListAccountsForParent')).toBe(3);
    expect(Math.max(...peak.values())).toBe(3);
  });

  it('refuses a concurrency that is not a whole number of 1 or more', async () => {
    await expect(
      collectOrganizationSnapshot({
        client,
        policyNames: POLICY_NAMES,
        concurrency: 0,
      }),
    ).rejects.toThrow('concurrency must be a whole number of 1 or more');
  });

  it('logs what it collected and the gaps', async () => {
    const logger = { info: jest.fn(), warn: jest.fn() };
    await collect(exampleOrganization(), undefined, { logger });
    expect(logger.info).toHaveBeenLastCalledWith(
      expect.stringMatching(
        /^Collected 49 accounts and 5 OUs in [\d.]+ s; 0 throttled and 0 failed calls retried$/,
      ),
    );
    expect(logger.warn).toHaveBeenCalledWith(
      `The snapshot is partial: 1 part(s) could not be read (account:${DENIED_ACCOUNT}: AccessDeniedException)`,
    );
  });
});
