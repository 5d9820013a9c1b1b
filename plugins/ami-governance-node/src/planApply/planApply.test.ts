/**
 * plan and apply against an in-memory AWS Organizations behind aws-sdk-client-mock
 * (__testUtils__/fakeOrganization.ts), which really stores the policies and attachments the write
 * calls make. No emulator of Organizations declarative policies can run here (moto rejects
 * DECLARATIVE_POLICY_EC2, LocalStack needs a paid token): everything above the SDK's `send` is the
 * real code, the SDK paginators included.
 */
import {
  generatePolicies,
  parseGovernanceConfig,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import {
  installFakeOrganization,
  Wrap,
} from '../__testUtils__/fakeOrganization';
import {
  CLOUD_4242,
  governanceConfig,
  INFRA,
  OPS,
  planInputFor,
  planOrganization,
  ROOT,
  TODAY,
  WORKLOADS,
} from '../__testUtils__/planFixtures';
import {
  applySaved,
  isWrite,
  mock,
  plan,
  writesIn,
} from '../__testUtils__/planHarness';

beforeEach(() => mock.reset());

const generated = (config: object) => {
  const parsed = parseGovernanceConfig(JSON.stringify(config));
  if (!parsed.ok) throw new Error('bad config');
  const result = generatePolicies(parsed.config, { today: TODAY });
  if (!result.ok) throw new Error('not generated');
  return result;
};

describe('plan and apply from nothing', () => {
  it('creates both policies, attaches them at the root, and a second run finds nothing to do', async () => {
    const org = planOrganization();
    const log = installFakeOrganization(mock, org);
    const config = governanceConfig();
    const first = await plan(planInputFor(config));

    expect(first.refusals).toEqual([]);
    expect(first.policies.declarativePolicy).toMatchObject({
      name: 'ami-governance-declarative-policy',
      policyId: null,
      action: 'create',
      targets: {
        attach: [{ targetId: ROOT, name: 'Root', type: 'ROOT' }],
        detach: [],
      },
    });
    expect(first.policies.declarativePolicy.changes.added).toEqual([
      { provider: '111122223333', note: 'vendor InfoBlox' },
      { provider: OPS, note: 'ops publisher' },
      { provider: 'amazon', note: 'owner alias' },
    ]);
    expect(first.policies.scp.name).toBe('scp-ami-guardrail');
    expect(first.steps.map(s => `${s.action} ${s.kind}`)).toEqual([
      'create declarativePolicy',
      'create scp',
      'attach declarativePolicy',
      'attach scp',
    ]);
    // Planning reads only.
    expect(writesIn(log)).toEqual([]);

    const outcome = await applySaved(first);
    expect(outcome).toMatchObject({ status: 'applied', mismatches: [] });
    expect(writesIn(log)).toEqual([
      'CreatePolicy ami-governance-declarative-policy',
      'CreatePolicy scp-ami-guardrail',
      'AttachPolicy p-new00001 r-ab12',
      'AttachPolicy p-new00002 r-ab12',
    ]);
    const docs = generated(config);
    const ours = org.policies.filter(p => p.id.startsWith('p-new'));
    expect(ours.map(p => [p.type, p.name, p.content, p.targets])).toEqual([
      [
        'DECLARATIVE_POLICY_EC2',
        'ami-governance-declarative-policy',
        docs.declarativePolicy.compact,
        [ROOT],
      ],
      ['SERVICE_CONTROL_POLICY', 'scp-ami-guardrail', docs.scp.compact, [ROOT]],
    ]);

    // A retried apply job: the same plan again finds it in effect.
    await expect(applySaved(first)).resolves.toMatchObject({
      status: 'nothing-to-do',
    });
    expect(writesIn(log)).toHaveLength(4);

    const second = await plan(planInputFor(config));
    expect(second.steps).toEqual([]);
    expect(second.policies.scp).toMatchObject({
      action: 'none',
      policyId: 'p-new00002',
    });
    const writesBefore = writesIn(log).length;
    await expect(applySaved(second)).resolves.toMatchObject({
      status: 'nothing-to-do',
    });
    expect(writesIn(log)).toHaveLength(writesBefore);
  });

  it('shows an expired exception as left out, with a warning', async () => {
    installFakeOrganization(mock, planOrganization());
    const result = await plan(planInputFor(governanceConfig()));
    expect(result.config.allowlist).not.toContain('555566667777');
    expect(result.warnings.map(w => w.code)).toContain('exception-expired');
    expect(result.config.validThrough).toBeNull();
  });
});

describe('an update', () => {
  it('says what changes in words, updates the content in place and keeps the attachments', async () => {
    const org = planOrganization();
    const log = installFakeOrganization(mock, org);
    // Deployed on 2026-11-10, when the CLOUD-4100 exception was still active.
    const before = planInputFor(governanceConfig(), { today: '2026-11-10' });
    await applySaved(await plan(before));
    expect(
      org.policies.find(p => p.name === 'scp-ami-guardrail')!.content,
    ).toContain('555566667777');

    const input = planInputFor(
      governanceConfig({ enforcement_mode: 'audit_mode' }, [CLOUD_4242]),
    );
    const next = await plan(input);
    expect(next.refusals).toEqual([]);
    expect(next.policies.declarativePolicy.action).toBe('update');
    expect(next.policies.declarativePolicy.changes).toEqual({
      added: [
        {
          provider: '135792468024',
          note: 'exception CLOUD-4242 until 2027-01-15',
        },
      ],
      removed: [{ provider: '555566667777', note: 'expired 2026-11-16' }],
      settings: [],
      other: [],
    });
    expect(next.policies.scp.changes.removed).toEqual([
      { provider: '555566667777', note: 'expired 2026-11-16' },
    ]);
    expect(next.config.validThrough).toBe('2027-01-15');
    expect(next.warnings.map(w => w.code)).toEqual([
      'exception-expired',
      'scp-enforces-immediately',
    ]);

    const writesBefore = writesIn(log).length;
    const outcome = await applySaved(next);
    expect(outcome).toMatchObject({ status: 'applied', mismatches: [] });
    expect(writesIn(log).slice(writesBefore)).toEqual([
      'UpdatePolicy p-new00001',
      'UpdatePolicy p-new00002',
    ]);
    expect((await plan(input)).steps).toEqual([]);
  });

  it('reads a policy written in the old layout and replaces it, saying why', async () => {
    const org = planOrganization();
    org.policies.push({
      id: 'p-legacy001',
      name: 'ami-governance-declarative-policy',
      type: 'DECLARATIVE_POLICY_EC2',
      content: JSON.stringify({ content: { ec2: { ec2_attributes: {} } } }),
      targets: [ROOT],
    });
    installFakeOrganization(mock, org);
    const next = await plan(planInputFor(governanceConfig()));
    expect(next.policies.declarativePolicy.action).toBe('update');
    expect(next.policies.declarativePolicy.changes.other).toEqual([
      expect.stringMatching(
        /^the deployed document cannot be read \(The declarative policy has no "ec2_attributes"/,
      ),
    ]);
    expect(next.policies.declarativePolicy.targets.attach).toEqual([]);
  });
});

describe('a rollout OU by OU', () => {
  it('attaches to the configured OU, then moves to the root attaching before it detaches', async () => {
    const org = planOrganization();
    const log = installFakeOrganization(mock, org);
    const pilot = planInputFor(governanceConfig({ targets: [WORKLOADS] }));
    const first = await plan(pilot);
    expect(first.policies.scp.targets.wanted).toEqual([
      { targetId: WORKLOADS, name: 'Workloads', type: 'ORGANIZATIONAL_UNIT' },
    ]);
    await applySaved(first);
    expect(
      org.policies.filter(p => p.id.startsWith('p-new')).map(p => p.targets),
    ).toEqual([[WORKLOADS], [WORKLOADS]]);

    const widen = await plan(planInputFor(governanceConfig()));
    expect(
      widen.steps.map(s =>
        `${s.action} ${s.kind} ${
          'target' in s ? s.target.targetId : ''
        }`.trim(),
      ),
    ).toEqual([
      `attach declarativePolicy ${ROOT}`,
      `attach scp ${ROOT}`,
      `detach declarativePolicy ${WORKLOADS}`,
      `detach scp ${WORKLOADS}`,
    ]);
    expect(widen.warnings.map(w => w.code)).toEqual(
      expect.arrayContaining(['coverage-narrowed', 'scp-enforces-immediately']),
    );
    const writesBefore = writesIn(log).length;
    await applySaved(widen);
    expect(writesIn(log).slice(writesBefore)).toEqual([
      'AttachPolicy p-new00001 r-ab12',
      'AttachPolicy p-new00002 r-ab12',
      'DetachPolicy p-new00001 ou-ab12-work0001',
      'DetachPolicy p-new00002 ou-ab12-work0001',
    ]);
  });

  it('takes --targets over policy_config.targets', async () => {
    installFakeOrganization(mock, planOrganization());
    const input = planInputFor(governanceConfig({ targets: [WORKLOADS] }), {
      targets: [INFRA],
    });
    const result = await plan(input);
    expect(
      result.policies.declarativePolicy.targets.wanted.map(t => t.targetId),
    ).toEqual([INFRA]);
  });
});

/** Which accounts each of our policies reaches through the tree, right now. */
function coverage(org: ReturnType<typeof planOrganization>) {
  const parent = new Map<string, string>(
    [...org.organizationalUnits, ...org.accounts].map(n => [n.id, n.parentId]),
  );
  const ancestry = (id: string): string[] => {
    const up = parent.get(id);
    return up ? [id, ...ancestry(up)] : [id];
  };
  return org.policies
    .filter(p => p.id.startsWith('p-new'))
    .map(p =>
      org.accounts
        .filter(a => ancestry(a.id).some(n => p.targets.includes(n)))
        .map(a => a.id),
    );
}

describe('the order of the calls', () => {
  it('never leaves an account that is governed before and after without a policy in between', async () => {
    const org = planOrganization();
    installFakeOrganization(mock, org);
    await applySaved(
      await plan(
        planInputFor(governanceConfig({ targets: [WORKLOADS, INFRA] })),
      ),
    );
    const start = coverage(org);

    const snapshots: string[][][] = [];
    const watch: Wrap = (name, handler) => input => {
      const result = handler(input);
      if (isWrite(name)) snapshots.push(coverage(org));
      return result;
    };
    mock.reset();
    installFakeOrganization(mock, org, watch);
    // Both policies move from two OUs to the root, with new content (an exception added).
    await applySaved(
      await plan(planInputFor(governanceConfig({}, [CLOUD_4242]))),
    );
    const end = coverage(org);
    expect(snapshots).toHaveLength(8);
    for (const [policy, accounts] of start.entries()) {
      const kept = accounts.filter(a => end[policy].includes(a));
      expect(kept.length).toBeGreaterThan(0);
      for (const during of snapshots)
        expect(during[policy]).toEqual(expect.arrayContaining(kept));
    }
  });
});
