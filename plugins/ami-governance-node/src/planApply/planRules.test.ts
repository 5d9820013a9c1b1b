import {
  checkPolicyTargets,
  configuredPolicyTargets,
  expectedPoliciesOf,
  generatePolicies,
  isPolicyId,
  parseGovernanceConfig,
  targetTypeOf,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import {
  migrationException,
  smallRawConfig,
} from '@ami-governance/backstage-plugin-ami-governance-common/testUtils';
import { policyContentChanges } from './contentChanges';
import { parsePolicyPlan } from './planSchema';
import { preparePlanInput } from './planInput';
import { providerNotesOf } from './providerNotes';
import { parseReadinessReport, uncollectedAccounts } from './readiness';

const TODAY = '2026-11-23';

/** A config as organizations keep them: the ops publisher, two vendors, `overrides` on top. */
const rawConfig = (overrides: Record<string, unknown> = {}) => ({
  ...smallRawConfig(),
  vendor_publisher_accounts: [
    { account_id: '111122223333', vendor_name: 'InfoBlox' },
    { account_id: '444455556666', vendor_name: 'Terraform Enterprise' },
  ],
  policy_config: {
    enforcement_mode: 'audit_mode',
    block_public_ami_sharing: true,
    deny_ami_creation_in_workloads: true,
  },
  ...overrides,
});

/** A migration exception approved 2026-11-01. */
const exception = (
  accountId: string,
  expiresOn: string,
  extra: Record<string, unknown> = {},
) => migrationException(accountId, expiresOn, '2026-11-01', extra);

function config(overrides: Record<string, unknown> = {}) {
  const parsed = parseGovernanceConfig(rawConfig(overrides));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.findings));
  return parsed.config;
}

const scpOf = (c: ReturnType<typeof config>, today = TODAY) => {
  const g = generatePolicies(c, { today });
  if (!g.ok) throw new Error('not generated');
  return g.scp.compact;
};

describe('target IDs', () => {
  it('knows roots, OUs and accounts, and policy IDs from names', () => {
    expect(
      ['r-ab12', 'ou-ab12-work0001', '012345678901', 'ou-ab12', 'x'].map(
        targetTypeOf,
      ),
    ).toEqual(['ROOT', 'ORGANIZATIONAL_UNIT', 'ACCOUNT', undefined, undefined]);
    expect(isPolicyId('p-scp0ami1')).toBe(true);
    expect(isPolicyId('scp-ami-guardrail')).toBe(false);
  });

  it('reads policy_config.targets, naming what is wrong', () => {
    expect(configuredPolicyTargets({ policy_config: {} })).toEqual({
      ok: true,
    });
    expect(
      configuredPolicyTargets({
        policy_config: { targets: ['ou-ab12-work0001'] },
      }),
    ).toEqual({
      ok: true,
      targets: ['ou-ab12-work0001'],
    });
    const bad = configuredPolicyTargets({
      policy_config: { targets: ['r-ab12', 'ou-x'] },
    });
    expect(bad).toEqual({
      ok: false,
      findings: [
        expect.objectContaining({
          path: 'policy_config.targets[1]',
          message: expect.stringMatching(
            /must be a root ID .* \(found "ou-x"\)$/,
          ),
        }),
      ],
    });
    expect(checkPolicyTargets(['r-ab12', 'r-ab12'], '--targets')).toMatchObject(
      {
        ok: false,
        findings: [
          { message: '--targets must not name the same target twice' },
        ],
      },
    );
    expect(checkPolicyTargets([], '--targets').ok).toBe(false);
  });

  it('lets --targets replace the configured targets', () => {
    const configText = JSON.stringify(
      rawConfig({ policy_config: { targets: ['ou-ab12-work0001'] } }),
    );
    const prepare = (targets?: string[]) =>
      preparePlanInput({
        configText,
        configSha256: 'x',
        today: TODAY,
        targets,
      });
    const configured = prepare();
    const given = prepare(['r-ab12']);
    expect(configured.ok && configured.input.targets).toEqual([
      'ou-ab12-work0001',
    ]);
    expect(given.ok && given.input.targets).toEqual(['r-ab12']);
  });
});

describe('readiness reports', () => {
  it('reads the counts, and says what is wrong otherwise', () => {
    const read = parseReadinessReport(
      '{"collectedAt":"2026-11-22T06:00:00Z","blocked":{"instances":3,"launchTemplates":0},"coverage":{"collectedAccountIds":["111122223333"]},"byPublisher":[]}',
    );
    expect(read).toMatchObject({
      ok: true,
      report: { blocked: { instances: 3, launchTemplates: 0 } },
    });
    expect(
      parseReadinessReport(
        '{"collectedAt":"2026-11-22T06:00:00Z","blocked":{"instances":-1,"launchTemplates":0},"coverage":{"collectedAccountIds":[]}}',
      ),
    ).toMatchObject({
      ok: false,
      error: expect.stringMatching(
        /^The readiness report's blocked\.instances /,
      ),
    });
    expect(parseReadinessReport('not json').ok).toBe(false);
  });

  it('refuses a report that does not say which accounts it collected', () => {
    // A report from before coverage was counted cannot vouch for any account.
    expect(
      parseReadinessReport(
        '{"collectedAt":"2026-11-22T06:00:00Z","blocked":{"instances":0,"launchTemplates":0}}',
      ),
    ).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^The readiness report's coverage /),
    });
    expect(
      parseReadinessReport(
        '{"collectedAt":"2026-11-22T06:00:00Z","blocked":{"instances":0,"launchTemplates":0},"coverage":{"collectedAccountIds":["12345"]}}',
      ),
    ).toMatchObject({
      ok: false,
      error: expect.stringContaining(
        'coverage.collectedAccountIds.0 must hold 12-digit account IDs',
      ),
    });
  });

  it('names the accounts it did not collect, and why', () => {
    const read = parseReadinessReport(
      '{"collectedAt":"2026-11-22T06:00:00Z","blocked":{"instances":0,"launchTemplates":0},"coverage":{"collectedAccountIds":["111122223333"],"notVisibleAccountIds":["222233334444"]}}',
    );
    if (!read.ok) throw new Error(read.error);
    expect(
      uncollectedAccounts(read.report, [
        '333344445555',
        '222233334444',
        '111122223333',
        '333344445555',
      ]),
    ).toEqual([
      { accountId: '222233334444', reason: 'not-visible' },
      { accountId: '333344445555', reason: 'not-collected' },
    ]);
  });
});

describe('plan files', () => {
  it('refuses what is not a plan of this version', () => {
    expect(parsePolicyPlan('{')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^it is not JSON/),
    });
    expect(
      parsePolicyPlan('{"format":"ami-governance-plan","version":1}'),
    ).toMatchObject({
      ok: false,
      error: expect.stringMatching(
        /^it is not a plan of format ami-governance-plan version 2: version /,
      ),
    });
  });
});

describe('policyContentChanges', () => {
  const notesFor = (c: ReturnType<typeof config>) => providerNotesOf(c, TODAY);

  it('says why each provider comes and goes', () => {
    const before = config({
      exception_accounts: [exception('777788889999', '2026-11-22')],
    });
    const after = config({
      vendor_publisher_accounts: [
        { account_id: '111122223333', vendor_name: 'InfoBlox' },
      ],
      exception_accounts: [
        exception('777788889999', '2026-11-22'),
        exception('135792468024', '2027-01-15', { ticket: 'CLOUD-4242' }),
      ],
    });
    const deployed = scpOf(before, '2026-11-20');
    const { action, changes } = policyContentChanges(
      'scp',
      deployed,
      scpOf(after),
      expectedPoliciesOf(after, TODAY),
      notesFor(after),
    );
    expect(action).toBe('update');
    expect(changes.added).toEqual([
      {
        provider: '135792468024',
        note: 'exception CLOUD-4242 until 2027-01-15',
      },
    ]);
    expect(changes.removed).toEqual([
      { provider: '444455556666', note: 'no longer in the config' },
      { provider: '777788889999', note: 'expired 2026-11-22' },
    ]);
  });

  it('names creation-guard changes and statements that never take effect', () => {
    const c = config({
      policy_config: {
        ami_creation_allowed_accounts: ['123456738923', '999988887777'],
      },
    });
    const legacy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        ...JSON.parse(scpOf(config())).Statement,
        {
          Sid: 'DenyPublicAMISharing',
          Effect: 'Deny',
          Action: 'ec2:ModifyImageAttribute',
          Resource: '*',
          Condition: { StringEquals: { 'ec2:Add/group': 'all' } },
        },
      ],
    });
    const { changes } = policyContentChanges(
      'scp',
      legacy,
      scpOf(c),
      expectedPoliciesOf(c, TODAY),
      notesFor(c),
    );
    expect(changes.settings).toEqual([
      {
        setting: 'creation guard',
        from: 'denies AMI creation except in 123456738923',
        to: 'denies AMI creation except in 123456738923, 999988887777',
      },
    ]);
    expect(changes.other).toEqual([
      expect.stringMatching(
        /^removes a statement that never takes effect \(DenyPublicAMISharing: ec2:Add\/group/,
      ),
    ]);
  });

  it("says in words what publishers' AMIs must match once names and ages are added", () => {
    const deployed = config();
    const named = config({
      ops_publisher_account: {
        ...smallRawConfig().ops_publisher_account,
        image_names: ['acme-golden-*'],
      },
      policy_config: {
        ...rawConfig().policy_config,
        max_image_age_days: 180,
        max_days_since_deprecated: 0,
      },
    });
    const declOf = (c: ReturnType<typeof config>) => {
      const g = generatePolicies(c, { today: TODAY });
      if (!g.ok) throw new Error('not generated');
      return g.declarativePolicy.compact;
    };
    const { action, changes } = policyContentChanges(
      'declarativePolicy',
      declOf(deployed),
      declOf(named),
      expectedPoliciesOf(named, TODAY),
      notesFor(named),
    );
    expect(action).toBe('update');
    expect(changes.added).toEqual([]);
    expect(changes.removed).toEqual([]);
    expect(changes.settings).toEqual([
      {
        setting: 'image criteria for 111122223333, 444455556666',
        from: 'any image',
        to: 'created at most 180 days ago, not deprecated',
      },
      {
        setting: 'image criteria for 123456738923',
        from: 'any image',
        to: 'image names acme-golden-*, created at most 180 days ago, not deprecated',
      },
    ]);
    // The SCP cannot see names or ages: nothing changes there.
    expect(
      policyContentChanges(
        'scp',
        scpOf(deployed),
        scpOf(named),
        expectedPoliciesOf(named, TODAY),
        notesFor(named),
      ).action,
    ).toBe('none');
  });

  it('ignores formatting and key order, and says so when only the layout differs', () => {
    const c = config();
    const compact = scpOf(c);
    const pretty = JSON.stringify(JSON.parse(compact), null, 2);
    const expected = expectedPoliciesOf(c, TODAY);
    expect(
      policyContentChanges('scp', pretty, compact, expected, notesFor(c))
        .action,
    ).toBe('none');
    const doc = JSON.parse(compact);
    doc.Statement[0].Sid = 'RenamedByHand';
    const renamed = policyContentChanges(
      'scp',
      JSON.stringify(doc),
      compact,
      expected,
      notesFor(c),
    );
    expect(renamed).toEqual({
      action: 'update',
      changes: {
        added: [],
        removed: [],
        settings: [],
        other: [
          expect.stringMatching(
            /^same allowlist and settings; the document is rewritten as generated/,
          ),
        ],
      },
    });
  });
});
