/**
 * Every refusal of plan and apply, against the in-memory AWS Organizations behind
 * aws-sdk-client-mock (see planApply.test.ts for why a mock): each refusal writes nothing.
 */
import {
  ConcurrentModificationException,
  ConstraintViolationException,
  TooManyRequestsException,
} from '@aws-sdk/client-organizations';
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
  WORKLOADS,
} from '../__testUtils__/planFixtures';

/** Every account of planOrganization(). */
const ALL_ACCOUNTS = [MANAGEMENT, OPS, '000033334444', '000055556666'];
import {
  applySaved,
  inputOf,
  mock,
  plan,
  writesIn,
} from '../__testUtils__/planHarness';
import { OrganizationReadError } from './readOrganization';
import { PolicyPlan } from './planSchema';

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

describe('apply re-derives the plan and refuses a file that differs, writing nothing', () => {
  it('when the deployed policies changed since the plan', async () => {
    const { org, log, plan: first } = await planned();
    await applySaved(first);
    const next = await plan(planInputFor(governanceConfig({}, [CLOUD_4242])));
    // Someone detaches the SCP from the root by hand after the plan was made.
    org.policies.find(p => p.name === 'scp-ami-guardrail')!.targets = [];
    const before = writeCount(log);

    const outcome = await applySaved(next);
    expect(outcome).toMatchObject({
      status: 'refused',
      refusals: [expect.objectContaining({ code: 'deployed-changed' })],
    });
    expect(writeCount(log)).toBe(before);
  });

  it('an outsider added to both documents and to config.allowlist in the file', async () => {
    const { org, log, plan: p } = await planned();
    const outsider = '999999999999';
    const edited = withAllowlist(p, [...p.config.allowlist, outsider]);
    edited.config = {
      ...edited.config,
      allowlist: [...edited.config.allowlist, outsider],
    };
    const outcome = await applySaved(edited, inputOf(p));
    expect(outcome.status).toBe('refused');
    expect(outcome.status === 'refused' && outcome.refusals).toEqual([
      expect.objectContaining({ code: 'plan-differs' }),
    ]);
    expect(outcome.status === 'refused' && outcome.refusals[0].message).toMatch(
      /at config\.allowlist\[\d\] the file has "999999999999", re-deriving gives absent/,
    );
    expect(writeCount(log)).toBe(0);
    expect(JSON.stringify(org.policies)).not.toContain(outsider);
  });

  it("an extra step that updates another customer's SCP", async () => {
    const org = planOrganization();
    org.policies.push({
      id: 'p-customer01',
      name: 'customer-guardrail',
      type: 'SERVICE_CONTROL_POLICY',
      content: '{"Version":"2012-10-17","Statement":[]}',
      targets: [ROOT],
    });
    const { log, plan: p } = await planned(governanceConfig(), {}, org);
    const edited: PolicyPlan = {
      ...p,
      steps: [
        ...p.steps,
        { action: 'update', kind: 'scp', policyId: 'p-customer01' },
      ],
    };
    const outcome = await applySaved(edited, inputOf(p));
    expect(outcome.status === 'refused' && outcome.refusals[0]).toMatchObject({
      code: 'plan-differs',
      message: expect.stringContaining(
        'at steps[4] the file has {"action":"update","kind":"scp","policyId":"p-customer01"}, re-deriving gives absent',
      ),
    });
    expect(writeCount(log)).toBe(0);
    expect(org.policies.find(x => x.id === 'p-customer01')!.content).toBe(
      '{"Version":"2012-10-17","Statement":[]}',
    );
  });

  it('a readiness-missing refusal deleted from the file', async () => {
    const enabled = governanceConfig({ enforcement_mode: 'enabled' });
    const { log, plan: p } = await planned(enabled);
    expect(codes(p.refusals)).toEqual(['readiness-missing']);
    const outcome = await applySaved({ ...p, refusals: [] }, inputOf(p));
    expect(outcome.status === 'refused' && outcome.refusals[0]).toMatchObject({
      code: 'plan-differs',
      message: expect.stringContaining('at refusals[0] the file has absent'),
    });
    // Unedited, the refusal it carries refuses too.
    const asMade = await applySaved(p);
    expect(asMade.status === 'refused' && codes(asMade.refusals)).toEqual([
      'readiness-missing',
    ]);
    expect(writeCount(log)).toBe(0);
  });

  it('steps replaced by detachments', async () => {
    const { log, plan: first } = await planned();
    await applySaved(first);
    const writes = writeCount(log);
    const next = await plan(planInputFor(governanceConfig({}, [CLOUD_4242])));
    const detachments: PolicyPlan['steps'] = ['declarativePolicy', 'scp'].map(
      kind => ({
        action: 'detach',
        kind: kind as 'scp',
        target: { targetId: ROOT, name: 'Root', type: 'ROOT' },
      }),
    );
    const outcome = await applySaved(
      { ...next, steps: detachments },
      inputOf(next),
    );
    expect(
      outcome.status === 'refused' && outcome.refusals[0].message,
    ).toContain(
      'at steps[0].action the file has "detach", re-deriving gives "update"',
    );
    expect(writeCount(log)).toBe(writes);
  });

  it('a policy ID taken from the file is never used: IDs come from the fresh read, by name', async () => {
    const { org, log, plan: first } = await planned();
    await applySaved(first);
    const next = await plan(planInputFor(governanceConfig({}, [CLOUD_4242])));
    const ours = next.policies.scp.policyId!;
    const edited = JSON.parse(
      JSON.stringify(next).split(ours).join('p-customer01'),
    ) as PolicyPlan;
    const before = writeCount(log);
    const outcome = await applySaved(edited, inputOf(next));
    expect(outcome.status).toBe('refused');
    expect(writeCount(log)).toBe(before);
    // The unedited plan updates our SCP, found by name.
    await expect(applySaved(next)).resolves.toMatchObject({
      status: 'applied',
    });
    expect(writesIn(log).slice(before)).toEqual([
      `UpdatePolicy ${next.policies.declarativePolicy.policyId}`,
      `UpdatePolicy ${ours}`,
    ]);
    expect(org.policies.find(x => x.id === ours)!.content).toContain(
      '135792468024',
    );
  });

  it('a plan made on another day, from another config, or with other options', async () => {
    const config = governanceConfig({}, [CLOUD_4242]);
    const { log, plan: p } = await planned(config);
    const late = await applySaved(
      p,
      planInputFor(config, { today: '2027-01-16' }),
    );
    expect(late.status === 'refused' && late.refusals[0]).toMatchObject({
      code: 'plan-differs',
      message: expect.stringMatching(
        /^The plan was made for 2026-11-23 and today is 2027-01-16 \(UTC\)/,
      ),
    });
    const changed = await applySaved(p, planInputFor(governanceConfig()));
    expect(changed.status === 'refused' && codes(changed.refusals)).toEqual([
      'config-changed',
    ]);
    const otherTargets = await applySaved(
      p,
      planInputFor(config, { targets: ['ou-ab12-work0001'] }),
    );
    expect(
      otherTargets.status === 'refused' && otherTargets.refusals[0].message,
    ).toContain('at policies.declarativePolicy.targets.wanted[0].targetId');
    expect(writeCount(log)).toBe(0);
    await expect(applySaved(p)).resolves.toMatchObject({ status: 'applied' });
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
    const outcome = await applySaved(p);
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
      collectedAccountIds = ALL_ACCOUNTS,
    ) => ({
      collectedAt,
      blocked: { instances, launchTemplates },
      coverage: { collectedAccountIds, notVisibleAccountIds: [] },
    });

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
      const asMade = await applySaved(p);
      expect(asMade.status === 'refused' && codes(asMade.refusals)).toEqual([
        'would-block-launches',
      ]);
      // Accepting at apply only is a plan nobody reviewed: refused too.
      const unreviewed = await applySaved(
        p,
        planInputFor(enabled, { readiness: readiness(13), acceptBlocking: 14 }),
      );
      expect(
        unreviewed.status === 'refused' && unreviewed.refusals[0],
      ).toMatchObject({
        code: 'plan-differs',
        message: expect.stringContaining(
          'at acceptedBlocking the file has null',
        ),
      });
      expect(writeCount(log)).toBe(0);

      const short = await plan(
        planInputFor(enabled, { readiness: readiness(13), acceptBlocking: 13 }),
      );
      expect(codes(short.refusals)).toEqual(['would-block-launches']);
      const accepted = await plan(
        planInputFor(enabled, { readiness: readiness(13), acceptBlocking: 14 }),
      );
      expect(accepted.refusals).toEqual([]);
      expect(codes(accepted.warnings)).toContain('blocking-accepted');
      await expect(applySaved(accepted)).resolves.toMatchObject({
        status: 'applied',
      });
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
      await applySaved(p);
      expect((await plan(planInputFor(enabled))).refusals).toEqual([]);
    });

    it('refuses accounts whose workloads were not collected, unless exactly those are accepted', async () => {
      // The empty push of the reproduction: a report that collected no account says nothing.
      const empty = await planned(enabled, {
        readiness: readiness(0, 0, undefined, []),
      });
      expect(empty.plan.refusals).toEqual([
        expect.objectContaining({
          code: 'readiness-incomplete',
          override: `--accept-uncollected ${[...ALL_ACCOUNTS]
            .sort()
            .join(',')}`,
        }),
      ]);
      expect(empty.plan.readiness?.uncollected).toEqual(
        [...ALL_ACCOUNTS].sort(),
      );

      const report = {
        ...readiness(0, 0),
        coverage: {
          collectedAccountIds: [MANAGEMENT, OPS],
          notVisibleAccountIds: ['000033334444'],
        },
      };
      const { log, plan: p } = await planned(enabled, { readiness: report });
      expect(p.refusals[0].message).toContain(
        'reaches 2 account(s) whose workloads the readiness report of 2026-11-22T06:00:00Z did not collect, so what it would block there is unknown: 000033334444 (not visible), 000055556666 (not collected)',
      );
      for (const accepted of [
        ['000033334444'],
        ['000033334444', '000055556666', '123412341234'],
      ]) {
        const partly = await plan(
          planInputFor(enabled, {
            readiness: report,
            acceptUncollected: accepted,
          }),
        );
        expect(codes(partly.refusals)).toEqual(['readiness-incomplete']);
        expect(partly.refusals[0].message).toContain('not exactly these');
      }
      const accepted = await plan(
        planInputFor(enabled, {
          readiness: report,
          acceptUncollected: ['000055556666', '000033334444'],
        }),
      );
      expect(accepted.refusals).toEqual([]);
      expect(codes(accepted.warnings)).toContain('uncollected-accepted');
      expect(accepted.acceptedUncollected).toEqual([
        '000033334444',
        '000055556666',
      ]);
      await expect(applySaved(accepted)).resolves.toMatchObject({
        status: 'applied',
      });
      expect(writeCount(log)).toBe(4);
    });

    it('an OU rollout checks only the accounts under the OU', async () => {
      const report = {
        ...readiness(0, 0),
        coverage: { collectedAccountIds: ['000033334444', '000055556666'] },
      };
      const { plan: p } = await planned(
        governanceConfig({ enforcement_mode: 'enabled', targets: [WORKLOADS] }),
        { readiness: report },
      );
      expect(p.refusals).toEqual([]);
      expect(p.readiness?.uncollected).toEqual([]);
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
    const outcome = await applySaved(p);
    expect(outcome).toMatchObject({ status: 'applied', mismatches: [] });
    expect(log.counts.CreatePolicy).toBe(3);
    expect(log.counts.AttachPolicy).toBe(4);
  });

  it('stops at a failed step, keeps what ran and has detached nothing', async () => {
    const { org, plan: pilot } = await planned(
      governanceConfig({ targets: ['ou-ab12-work0001'] }),
    );
    await applySaved(pilot);
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
    const outcome = await applySaved(widen);
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
