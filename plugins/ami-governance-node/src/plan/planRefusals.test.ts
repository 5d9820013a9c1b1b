/**
 * Every refusal of plan and apply, against the in-memory AWS Organizations behind
 * aws-sdk-client-mock (see planApply.test.ts for why a mock): each refusal writes nothing.
 */
import {
  ConcurrentModificationException,
  ConstraintViolationException,
  TooManyRequestsException,
} from '@aws-sdk/client-organizations';
import { PolicyPlan } from '@ami-governance/backstage-plugin-ami-governance-common';
import {
  accessDenied,
  CallLog,
  installFakeOrganization,
  Wrap,
} from '../__testUtils__/fakeOrganization';
import {
  CLOUD_4242,
  governanceConfig,
  MANAGEMENT,
  OPS,
  planInputFor,
  planOrganization,
  ROOT,
  TODAY,
} from '../__testUtils__/planFixtures';
import { access, mock, plan, writesIn } from '../__testUtils__/planHarness';
import { applyPolicyPlan } from './applyPlan';
import { sha256 } from './deployedHash';
import { OrganizationReadError } from './readOrganization';

const writeCount = (log: CallLog) => writesIn(log).length;

beforeEach(() => mock.reset());

const codes = (notes: { code: string }[]) => notes.map(n => n.code);

/** Plans `config` (options as plan takes them) against a fresh organization. */
async function planned(
  config: object = governanceConfig(),
  options: Parameters<typeof planInputFor>[1] = {},
  org = planOrganization(),
) {
  const log = installFakeOrganization(mock, org);
  return { org, log, plan: await plan(planInputFor(config, options)) };
}

/** Replaces the allowlist of both documents in a plan, as a hand edit of the plan file would. */
function withAllowlist(p: PolicyPlan, providers: string[]): PolicyPlan {
  const decl = JSON.parse(p.policies.declarativePolicy.content);
  decl.ec2_attributes.allowed_images_settings.image_criteria.criteria_1.allowed_image_providers[
    '@@assign'
  ] = providers;
  const scp = JSON.parse(p.policies.scp.content);
  scp.Statement[0].Condition.StringNotEquals['ec2:Owner'] = providers;
  return {
    ...p,
    policies: {
      declarativePolicy: {
        ...p.policies.declarativePolicy,
        content: JSON.stringify(decl),
      },
      scp: { ...p.policies.scp, content: JSON.stringify(scp) },
    },
  };
}

describe('apply refuses, writing nothing', () => {
  it('when the deployed policies changed since the plan', async () => {
    const { org, log, plan: first } = await planned();
    await applyPolicyPlan(access, first, { today: TODAY });
    const next = await plan(planInputFor(governanceConfig({}, [CLOUD_4242])));
    // Someone detaches the SCP from the root by hand after the plan was made.
    org.policies.find(p => p.name === 'scp-ami-guardrail')!.targets = [];
    const before = writeCount(log);

    const outcome = await applyPolicyPlan(access, next, { today: TODAY });
    expect(outcome).toEqual({
      status: 'refused',
      refusals: [expect.objectContaining({ code: 'deployed-changed' })],
    });
    expect(writeCount(log)).toBe(before);
  });

  it('when the plan file was edited to drop the ops publisher or empty the allowlist', async () => {
    const { log, plan: p } = await planned();
    const noOps = await applyPolicyPlan(
      access,
      withAllowlist(p, ['111122223333']),
      { today: TODAY },
    );
    expect(noOps.status === 'refused' && codes(noOps.refusals)).toEqual(
      expect.arrayContaining(['ops-publisher-missing', 'allowlists-differ']),
    );
    const empty = await applyPolicyPlan(access, withAllowlist(p, []), {
      today: TODAY,
    });
    expect(empty.status === 'refused' && codes(empty.refusals)).toEqual(
      expect.arrayContaining(['allowlist-empty', 'document-invalid']),
    );
    expect(writeCount(log)).toBe(0);
  });

  it('when an exception in the plan lapsed since, or the config changed', async () => {
    const { log, plan: p } = await planned(governanceConfig({}, [CLOUD_4242]));
    expect(p.config.validThrough).toBe('2027-01-15');
    const late = await applyPolicyPlan(access, p, { today: '2027-01-16' });
    expect(late.status === 'refused' && codes(late.refusals)).toEqual([
      'plan-expired',
    ]);
    const changed = await applyPolicyPlan(access, p, {
      today: TODAY,
      configSha256: sha256('{}'),
    });
    expect(changed.status === 'refused' && codes(changed.refusals)).toEqual([
      'config-changed',
    ]);
    await expect(
      applyPolicyPlan(access, p, {
        today: '2027-01-15',
        configSha256: p.config.sha256,
      }),
    ).resolves.toMatchObject({ status: 'applied' });
    expect(writeCount(log)).toBe(4);
  });
});

describe('plan refuses', () => {
  it('documents that differ from what the config generates (dist/ edited by hand)', async () => {
    const { plan: p } = await planned(governanceConfig(), {
      policyFiles: {
        declarativePolicy: '{"ec2_attributes":{}}',
        scp: undefined,
      },
      policiesDir: 'dist',
    });
    expect(codes(p.refusals)).toEqual(['policies-differ']);
    expect(p.refusals[0].message).toMatch(
      /^The documents in dist are not what the config generates as of 2026-11-23 \(edited by hand, or not regenerated since an exception expired\): declarative-policy-ec2\.json: /,
    );
    const outcome = await applyPolicyPlan(access, p, { today: TODAY });
    expect(outcome.status).toBe('refused');
  });

  it('a config that does not validate', async () => {
    const config = governanceConfig();
    config.vendor_publisher_accounts.push({
      account_id: OPS,
      vendor_name: 'Twice',
    });
    const { plan: p } = await planned(config);
    expect(codes(p.refusals)).toEqual(['config-invalid']);
    expect(p.refusals[0].message).toContain(OPS);
  });

  it('a policy type not enabled in the root, with the command that enables it', async () => {
    const org = planOrganization();
    org.disabledPolicyTypes = ['DECLARATIVE_POLICY_EC2'];
    const { plan: p } = await planned(governanceConfig(), {}, org);
    expect(codes(p.refusals)).toEqual(['policy-type-not-enabled']);
    expect(p.refusals[0].message).toContain(
      `aws organizations enable-policy-type --root-id ${ROOT} --policy-type DECLARATIVE_POLICY_EC2`,
    );
  });

  it('a target that does not exist, and a policy ID that does not', async () => {
    const { plan: p } = await planned(
      governanceConfig({ targets: ['ou-ab12-nothere1'] }),
      {
        policyNames: { scp: 'p-doesnotexist' },
      },
    );
    expect(codes(p.refusals)).toEqual(['policy-not-found', 'target-not-found']);
    expect(p.steps.filter(s => s.action === 'attach')).toEqual([]);
  });

  describe('switching to enabled', () => {
    const enabled = governanceConfig({ enforcement_mode: 'enabled' });
    const readiness = (
      instances: number,
      launchTemplates = 1,
      collectedAt = '2026-11-22T06:00:00Z',
    ) => ({ collectedAt, blocked: { instances, launchTemplates } });

    it('without a readiness report', async () => {
      const { plan: p } = await planned(enabled);
      expect(p.refusals).toEqual([
        expect.objectContaining({
          code: 'readiness-missing',
          override: '--readiness FILE',
        }),
      ]);
    });

    it('with a stale report', async () => {
      const { plan: p } = await planned(enabled, {
        readiness: readiness(0, 0, '2026-11-10T00:00:00Z'),
      });
      expect(codes(p.refusals)).toEqual(['readiness-stale']);
    });

    it('while the report shows launches it would block, unless --accept-blocking names as many', async () => {
      const { log, plan: p } = await planned(enabled, {
        readiness: readiness(13),
      });
      expect(p.refusals).toEqual([
        expect.objectContaining({
          code: 'would-block-launches',
          override: '--accept-blocking 14',
        }),
      ]);
      expect(p.refusals[0].message).toContain(
        'would block 14 launches (13 instance(s), 1 launch template(s)',
      );
      const short = await applyPolicyPlan(access, p, {
        today: TODAY,
        acceptBlocking: 13,
      });
      expect(short.status === 'refused' && codes(short.refusals)).toEqual([
        'would-block-launches',
      ]);
      expect(writeCount(log)).toBe(0);
      await expect(
        applyPolicyPlan(access, p, { today: TODAY, acceptBlocking: 14 }),
      ).resolves.toMatchObject({
        status: 'applied',
      });

      const accepted = await plan(
        planInputFor(enabled, { readiness: readiness(13), acceptBlocking: 14 }),
      );
      expect(accepted.refusals).toEqual([]);
    });

    it('goes ahead when the report shows nothing blocked, and says nothing once enabled is deployed', async () => {
      const { plan: p } = await planned(enabled, {
        readiness: readiness(0, 0),
      });
      expect(p.refusals).toEqual([]);
      expect(p.policies.declarativePolicy.changes.settings).toContainEqual({
        setting: 'mode (allowed_images_settings)',
        from: 'not set',
        to: 'enabled',
      });
      await applyPolicyPlan(access, p, { today: TODAY });
      expect((await plan(planInputFor(enabled))).refusals).toEqual([]);
    });
  });
});

describe('plan warns', () => {
  it('when amazon is not allowed, and when the SCP would govern only the management account', async () => {
    const org = planOrganization();
    org.organizationalUnits = [];
    org.accounts = [{ id: MANAGEMENT, name: 'management', parentId: ROOT }];
    const { plan: p } = await planned(
      governanceConfig({ additional_image_providers: [] }),
      {},
      org,
    );
    expect(codes(p.warnings)).toEqual([
      'exception-expired',
      'amazon-not-allowed',
      'scp-governs-no-member-account',
      'scp-enforces-immediately',
    ]);
    expect(p.refusals).toEqual([]);
  });
});

describe('AWS failures', () => {
  const failing =
    (name: string, error: () => Error, times = Infinity): Wrap =>
    (command, handler) => {
      let failed = 0;
      return input => {
        if (command === name && failed < times) {
          failed++;
          throw error();
        }
        return handler(input);
      };
    };

  it('never plans on a partial read', async () => {
    installFakeOrganization(
      mock,
      planOrganization(),
      failing('ListPolicies', () => accessDenied()),
    );
    await expect(plan(planInputFor(governanceConfig()))).rejects.toThrow(
      OrganizationReadError,
    );
    await expect(plan(planInputFor(governanceConfig()))).rejects.toThrow(
      /policies\.declarativePolicy: AccessDeniedException: policy "ami-governance-declarative-policy"/,
    );
  });

  it('rides out throttling and concurrent modifications on writes', async () => {
    const org = planOrganization();
    const throttled = failing(
      'AttachPolicy',
      () =>
        new TooManyRequestsException({ message: 'slow down', $metadata: {} }),
      2,
    );
    const busy = failing(
      'CreatePolicy',
      () =>
        new ConcurrentModificationException({ message: 'busy', $metadata: {} }),
      1,
    );
    const log = installFakeOrganization(mock, org, (name, handler) =>
      throttled(name, busy(name, handler)),
    );
    const p = await plan(planInputFor(governanceConfig()));
    const outcome = await applyPolicyPlan(access, p, { today: TODAY });
    expect(outcome).toMatchObject({ status: 'applied', mismatches: [] });
    expect(log.counts.CreatePolicy).toBe(3);
    expect(log.counts.AttachPolicy).toBe(4);
  });

  it('stops at a failed step, keeps what ran and has detached nothing', async () => {
    const { org, plan: pilot } = await planned(
      governanceConfig({ targets: ['ou-ab12-work0001'] }),
    );
    await applyPolicyPlan(access, pilot, { today: TODAY });
    mock.reset();
    const log = installFakeOrganization(
      mock,
      org,
      failing(
        'AttachPolicy',
        () =>
          new ConstraintViolationException({
            message: 'too many policies attached',
            Reason: 'POLICY_NUMBER_LIMIT_EXCEEDED',
            $metadata: {},
          }),
      ),
    );
    const widen = await plan(planInputFor(governanceConfig()));
    const outcome = await applyPolicyPlan(access, widen, { today: TODAY });
    expect(outcome).toMatchObject({
      status: 'failed',
      done: [],
      failed: {
        code: 'ConstraintViolationException',
        step: { action: 'attach', kind: 'declarativePolicy' },
      },
    });
    expect(
      outcome.status === 'failed' && outcome.remaining.map(s => s.action),
    ).toEqual(['attach', 'detach', 'detach']);
    expect(log.counts.DetachPolicy ?? 0).toBe(0);
    expect(
      org.policies.filter(p => p.id.startsWith('p-new')).map(p => p.targets),
    ).toEqual([['ou-ab12-work0001'], ['ou-ab12-work0001']]);
  });
});
