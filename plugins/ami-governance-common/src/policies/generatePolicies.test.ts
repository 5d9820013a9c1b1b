import {
  accountIds,
  exception,
  rawConfig,
  TODAY,
} from '../__fixtures__/configs';
import { parseGovernanceConfig } from '../config/parseConfig';
import type { GovernanceConfig } from '../config/schema';
import {
  buildPolicyDocuments,
  generatePolicies,
  PolicySettings,
} from './generatePolicies';

function config(overrides: Record<string, unknown> = {}): GovernanceConfig {
  const parsed = parseGovernanceConfig(rawConfig(overrides));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.findings));
  return parsed.config;
}

const settings: PolicySettings = {
  mode: 'audit_mode',
  blockPublicSharing: true,
  denyAmiCreation: true,
  amiBuildAccounts: ['123456738923'],
};

function generated(
  overrides: Record<string, unknown> = {},
  options: Partial<Parameters<typeof generatePolicies>[1]> = {},
) {
  const result = generatePolicies(config(overrides), {
    today: TODAY,
    ...options,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  return result;
}

describe('generatePolicies', () => {
  it('writes the declarative policy in AWS syntax: ec2_attributes root, operators, locked states', () => {
    const { declarativePolicy } = generated({
      policy_config: {
        enforcement_mode: 'audit_mode',
        exception_message: 'Request an exception at https://portal/create',
      },
    });
    expect(declarativePolicy.document).toEqual({
      ec2_attributes: {
        exception_message: {
          '@@assign': 'Request an exception at https://portal/create',
        },
        image_block_public_access: {
          state: {
            '@@operators_allowed_for_child_policies': ['@@none'],
            '@@assign': 'block_new_sharing',
          },
        },
        allowed_images_settings: {
          state: {
            '@@operators_allowed_for_child_policies': ['@@none'],
            '@@assign': 'audit_mode',
          },
          image_criteria: {
            criteria_1: {
              allowed_image_providers: {
                '@@assign': ['111122223333', '123456738923', '444455556666'],
              },
            },
          },
        },
      },
    });
    expect(declarativePolicy.compact).not.toMatch(/"content"|"ec2":/);
  });

  it('writes the SCP with the same allowlist and a creation guard that exempts the ops publisher', () => {
    const { scp } = generated();
    expect(scp.document).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'DenyLaunchFromUnapprovedAmiPublishers',
          Effect: 'Deny',
          Action: [
            'ec2:RunInstances',
            'ec2:CreateFleet',
            'ec2:RequestSpotInstances',
            'ec2:RunScheduledInstances',
          ],
          Resource: 'arn:*:ec2:*::image/*',
          Condition: {
            StringNotEquals: {
              'ec2:Owner': ['111122223333', '123456738923', '444455556666'],
            },
          },
        },
        {
          Sid: 'DenyAmiCreationOutsideBuildAccounts',
          Effect: 'Deny',
          Action: [
            'ec2:CreateImage',
            'ec2:CopyImage',
            'ec2:RegisterImage',
            'ec2:ImportImage',
          ],
          Resource: '*',
          Condition: {
            StringNotEquals: { 'aws:PrincipalAccount': ['123456738923'] },
          },
        },
      ],
    });
    expect(scp.compact).not.toContain('ec2:Add/group');
  });

  it('uses the configured build accounts, or no creation guard when it is turned off', () => {
    const custom = generated({
      policy_config: {
        ami_creation_allowed_accounts: ['999988887777', '123456738923'],
      },
    });
    expect(custom.scp.compact).toContain(
      '"aws:PrincipalAccount":["999988887777","123456738923"]',
    );
    const off = generated({
      policy_config: { deny_ami_creation_in_workloads: false },
    });
    expect(
      (off.scp.document as { Statement: unknown[] }).Statement,
    ).toHaveLength(1);
  });

  it('lets --mode override the configured mode and leaves public sharing unmanaged when asked', () => {
    const result = generated(
      { policy_config: { block_public_ami_sharing: false } },
      { mode: 'enabled' },
    );
    expect(result.declarativePolicy.compact).toContain(
      '"state":{"@@operators_allowed_for_child_policies":["@@none"],"@@assign":"enabled"}',
    );
    expect(result.declarativePolicy.compact).not.toContain(
      'image_block_public_access',
    );
  });

  it('spells owner aliases per document', () => {
    const { declarativePolicy, scp } = generated({
      policy_config: {
        additional_image_providers: ['aws-marketplace', 'amazon'],
      },
    });
    expect(declarativePolicy.compact).toContain(
      '"444455556666","amazon","aws_marketplace"]',
    );
    expect(scp.compact).toContain('"444455556666","amazon","aws-marketplace"]');
  });

  it('leaves expired exceptions out with a warning and keeps the one expiring today', () => {
    const result = generated({
      exception_accounts: [
        exception('777788889999', '2026-11-22'),
        exception('222233334444', TODAY),
      ],
    });
    expect(result.allowlist).toEqual([
      '111122223333',
      '123456738923',
      '222233334444',
      '444455556666',
    ]);
    expect(result.expired.map(p => p.provider)).toEqual(['777788889999']);
    expect(result.findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'exception-expired',
        path: 'exception_accounts[0].expires_on',
      }),
    ]);
    expect(result.scp.compact).not.toContain('777788889999');
    expect(result.declarativePolicy.compact).not.toContain('777788889999');
  });

  it('never generates an exception whose duration cannot be established', () => {
    // No exception is permanent: without approval_date or requested_on, 2099-12-31 is 26,000 days.
    const undated = exception('777788889999', '2099-12-31', {
      approval_date: undefined,
    });
    const reversed = exception('888899990000', '2026-12-20', {
      approval_date: '2026-12-25',
    });
    for (const [entry, code] of [
      [undated, 'exception-start-missing'],
      [reversed, 'exception-dates-reversed'],
    ] as const) {
      const result = generatePolicies(
        config({ exception_accounts: [entry] }),
        { today: TODAY },
      );
      expect(result.ok).toBe(false);
      expect(result.findings).toEqual([
        expect.objectContaining({
          severity: 'error',
          code,
          path: expect.stringMatching(/^exception_accounts\[0\]\./),
        }),
      ]);
      expect('declarativePolicy' in result).toBe(false);
    }
  });

  it('reports the compact size, which is what AWS counts, and pretty JSON with the same content', () => {
    const { scp } = generated();
    expect(scp.size).toBe(scp.compact.length);
    expect(scp.pretty.length).toBeGreaterThan(scp.size);
    expect(JSON.parse(scp.pretty)).toEqual(JSON.parse(scp.compact));
    expect(scp.maxSize).toBe(10_240);
  });
});

describe('buildPolicyDocuments', () => {
  it('refuses an empty allowlist: it would block every launch', () => {
    const result = buildPolicyDocuments([], settings);
    expect(result).toEqual({
      ok: false,
      findings: [expect.objectContaining({ code: 'empty-allowlist' })],
    });
  });

  it('puts 200 providers in one criterion and the 201st in a second', () => {
    const limits = { declarativePolicyMaxChars: 100_000, scpMaxChars: 100_000 };
    const at200 = buildPolicyDocuments(accountIds(200), settings, limits);
    const at201 = buildPolicyDocuments(accountIds(201), settings, limits);
    if (!at200.ok || !at201.ok) throw new Error('unexpected refusal');
    const criteria = (doc: object) =>
      (doc as any).ec2_attributes.allowed_images_settings.image_criteria;
    expect(Object.keys(criteria(at200.declarativePolicy.document))).toEqual([
      'criteria_1',
    ]);
    expect(
      criteria(at201.declarativePolicy.document).criteria_1
        .allowed_image_providers['@@assign'],
    ).toHaveLength(200);
    expect(
      criteria(at201.declarativePolicy.document).criteria_2
        .allowed_image_providers['@@assign'],
    ).toEqual(['000000000201']);
  });

  it('refuses more than 2,000 providers, saying how many to remove', () => {
    const result = buildPolicyDocuments(accountIds(2001), settings, {
      declarativePolicyMaxChars: 1e6,
      scpMaxChars: 1e6,
    });
    expect(result).toEqual({
      ok: false,
      findings: [
        expect.objectContaining({
          code: 'too-many-providers',
          message: expect.stringContaining('Remove 1 or more'),
        }),
      ],
    });
    expect(
      buildPolicyDocuments(accountIds(2000), settings, {
        declarativePolicyMaxChars: 1e6,
        scpMaxChars: 1e6,
      }).ok,
    ).toBe(true);
  });

  it('refuses an SCP over its limit, saying by how much and exactly how many providers fit', () => {
    const providers = accountIds(400);
    const result = buildPolicyDocuments(providers, settings, {
      scpMaxChars: 5_120,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.findings).toHaveLength(1);
    const [finding] = result.findings;
    expect(finding).toMatchObject({
      code: 'policy-size-exceeded',
      path: 'scp-ami-guardrail.json',
    });
    const [, size, over, fit] =
      /would be ([\d,]+) characters.*?([\d,]+) over its 5,120.*?: ([\d,]+) of the 400 providers fit/
        .exec(finding.message)!
        .map(s => Number(s.replace(/,/g, '')));
    expect(size - over).toBe(5_120);
    expect(
      buildPolicyDocuments(providers.slice(0, fit), settings, {
        scpMaxChars: 5_120,
      }).ok,
    ).toBe(true);
    expect(
      buildPolicyDocuments(providers.slice(0, fit + 1), settings, {
        scpMaxChars: 5_120,
      }).ok,
    ).toBe(false);
  });

  it('fits about 600 twelve-digit providers under the default limits, not 700', () => {
    expect(buildPolicyDocuments(accountIds(600), settings).ok).toBe(true);
    const refused = buildPolicyDocuments(accountIds(700), settings);
    expect(!refused.ok && refused.findings.map(f => f.path)).toEqual([
      'declarative-policy-ec2.json',
      'scp-ami-guardrail.json',
    ]);
  });
});
