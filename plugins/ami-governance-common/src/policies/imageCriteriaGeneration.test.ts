import fs from 'node:fs';
import path from 'node:path';
import {
  accountIds,
  exception,
  rawConfig,
  TODAY,
} from '../__fixtures__/configs';
import { parseGovernanceConfig } from '../config/parseConfig';
import type { GovernanceConfig } from '../config/schema';
import { readScp } from './readScp';
import { criteriaFromDeclarativePolicy } from '../workloads/imageCriteria';
import { generatePolicies, GenerationResult } from './generatePolicies';

// Conformance of the generated declarative policy for every Allowed AMIs criterion key: the
// Organizations guide's spelling, publishers with the same constraints sharing a criterion, the
// age limits in every criterion, the SCP keeping the whole allowlist, and AWS's limits.

const OPS = '123456738923';
const INFOBLOX = '111122223333';
const TFE = '444455556666';

function config(overrides: Record<string, unknown> = {}): GovernanceConfig {
  const parsed = parseGovernanceConfig(rawConfig(overrides));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.findings));
  return parsed.config;
}

const base = rawConfig();
const ops = (extra: Record<string, unknown>) => ({
  ops_publisher_account: { ...base.ops_publisher_account, ...extra },
});
const vendors = (...extras: Record<string, unknown>[]) => ({
  vendor_publisher_accounts: base.vendor_publisher_accounts.map((v, i) => ({
    ...v,
    ...extras[i],
  })),
});
const policyConfig = (extra: Record<string, unknown>) => ({
  policy_config: { ...base.policy_config, ...extra },
});

function generated(overrides: Record<string, unknown> = {}) {
  const result = generatePolicies(config(overrides), { today: TODAY });
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  return result;
}

const criteriaOf = (result: Extract<GenerationResult, { ok: true }>) =>
  (result.declarativePolicy.document as any).ec2_attributes
    .allowed_images_settings.image_criteria;

describe('generated Allowed AMIs criteria', () => {
  it('leaves a config that uses no criterion key byte-identical to what it always generated', () => {
    const repo = path.resolve(
      __dirname,
      '../../../../examples/governance-repo',
    );
    const raw = JSON.parse(
      fs.readFileSync(path.join(repo, 'config/ami_publishers.json'), 'utf8'),
    );
    // The example's expired exception is left out with a warning, as `generate` does.
    const result = generatePolicies(
      (parseGovernanceConfig(raw) as { config: GovernanceConfig }).config,
      { today: raw.metadata.example_dates_as_of },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.findings));
    for (const doc of [result.declarativePolicy, result.scp])
      expect(doc.pretty).toBe(
        fs.readFileSync(path.join(repo, 'dist', doc.fileName), 'utf8'),
      );
  });

  it('gives the ops name pattern a criterion of its own: vendors never inherit it', () => {
    const result = generated(ops({ image_names: ['acme-golden-*'] }));
    expect(criteriaOf(result)).toEqual({
      criteria_1: {
        allowed_image_providers: { '@@assign': [INFOBLOX, TFE] },
      },
      criteria_2: {
        allowed_image_providers: { '@@assign': [OPS] },
        image_names: { '@@assign': ['acme-golden-*'] },
      },
    });
  });

  it('lets publishers with the same constraints share one criterion, whatever the order they are written in', () => {
    const result = generated({
      ...ops({ image_names: ['b-*', 'a-*'] }),
      ...vendors(
        { image_names: ['a-*', 'b-*'] },
        { marketplace_product_codes: ['tfe123'] },
      ),
    });
    expect(criteriaOf(result)).toEqual({
      criteria_1: {
        allowed_image_providers: { '@@assign': [INFOBLOX, OPS] },
        image_names: { '@@assign': ['a-*', 'b-*'] },
      },
      criteria_2: {
        allowed_image_providers: { '@@assign': [TFE] },
        marketplace_product_codes: { '@@assign': ['tfe123'] },
      },
    });
  });

  it('writes names and product codes of one vendor into one criterion (both must match)', () => {
    const result = generated(
      vendors({
        image_names: ['infoblox-*'],
        marketplace_product_codes: ['abc123'],
      }),
    );
    expect(criteriaOf(result).criteria_2).toEqual({
      allowed_image_providers: { '@@assign': [INFOBLOX] },
      image_names: { '@@assign': ['infoblox-*'] },
      marketplace_product_codes: { '@@assign': ['abc123'] },
    });
  });

  it('narrows an exception to the images it is for', () => {
    const result = generated({
      exception_accounts: [
        exception('777788889999', '2027-01-31', {
          image_names: ['legacy-batch-*'],
        }),
      ],
    });
    expect(criteriaOf(result)).toEqual({
      criteria_1: {
        allowed_image_providers: { '@@assign': [INFOBLOX, OPS, TFE] },
      },
      criteria_2: {
        allowed_image_providers: { '@@assign': ['777788889999'] },
        image_names: { '@@assign': ['legacy-batch-*'] },
      },
    });
  });

  it('writes the age limits into every criterion as {"@@assign": N} under their conditions', () => {
    const result = generated({
      ...ops({ image_names: ['acme-golden-*'] }),
      ...policyConfig({
        max_image_age_days: 180,
        max_days_since_deprecated: 0,
      }),
    });
    const ages = {
      creation_date_condition: {
        maximum_days_since_created: { '@@assign': 180 },
      },
      deprecation_time_condition: {
        maximum_days_since_deprecated: { '@@assign': 0 },
      },
    };
    expect(criteriaOf(result)).toEqual({
      criteria_1: {
        allowed_image_providers: { '@@assign': [INFOBLOX, TFE] },
        ...ages,
      },
      criteria_2: {
        allowed_image_providers: { '@@assign': [OPS] },
        image_names: { '@@assign': ['acme-golden-*'] },
        ...ages,
      },
    });
  });

  it.each([
    ['only an age', { max_image_age_days: 30 }],
    ['only deprecation', { max_days_since_deprecated: 7 }],
  ])(
    'writes %s into the one criterion of an unconstrained allowlist',
    (_, pc) => {
      const criteria = criteriaOf(generated(policyConfig(pc)));
      expect(Object.keys(criteria)).toEqual(['criteria_1']);
      expect(criteria.criteria_1.allowed_image_providers).toEqual({
        '@@assign': [INFOBLOX, OPS, TFE],
      });
    },
  );

  it.each([
    ['ops names', ops({ image_names: ['acme-golden-*'] })],
    ['vendor codes', vendors({}, { marketplace_product_codes: ['tfe123'] })],
    ['ages', policyConfig({ max_image_age_days: 1 })],
  ])(
    'keeps the SCP ec2:Owner list the whole allowlist with %s',
    (_, overrides) => {
      const result = generated(overrides);
      const scp = readScp(result.scp.compact);
      expect(scp.ok && scp.policy.launchGuard?.providers).toEqual([
        INFOBLOX,
        OPS,
        TFE,
      ]);
      expect(result.scp.pretty).toBe(generated().scp.pretty);
    },
  );

  it('reads back, through the one criteria reader, exactly what the config says', () => {
    const result = generated({
      ...ops({ image_names: ['acme-golden-*', 'acme-base-2026-??-*'] }),
      ...vendors({}, { marketplace_product_codes: ['tfe123'] }),
      ...policyConfig({
        max_image_age_days: 180,
        max_days_since_deprecated: 30,
      }),
    });
    const ages = {
      maximumDaysSinceCreated: 180,
      maximumDaysSinceDeprecated: 30,
    };
    expect(criteriaFromDeclarativePolicy(criteriaOf(result))).toEqual([
      { name: 'criteria_1', providers: [INFOBLOX], ...ages },
      {
        name: 'criteria_2',
        providers: [OPS],
        imageNames: ['acme-base-2026-??-*', 'acme-golden-*'],
        ...ages,
      },
      {
        name: 'criteria_3',
        providers: [TFE],
        marketplaceProductCodes: ['tfe123'],
        ...ages,
      },
    ]);
  });
});

describe('generated criteria at AWS limits', () => {
  /** `count` vendors, each with its own name pattern when `distinct`. */
  const manyVendors = (
    count: number,
    names: (i: number) => string[] | undefined,
  ) => ({
    vendor_publisher_accounts: accountIds(count, 500_000_000_000).map(
      (account_id, i) => ({
        account_id,
        vendor_name: `Vendor ${i}`,
        ...(names(i) && { image_names: names(i) }),
      }),
    ),
  });

  it('splits a constrained group over 200 providers into criteria that keep its constraints', () => {
    const result = generated({
      ...ops({ image_names: ['golden-*'] }),
      ...manyVendors(250, () => ['golden-*']),
    });
    const criteria = criteriaOf(result);
    expect(Object.keys(criteria)).toEqual(['criteria_1', 'criteria_2']);
    expect(
      criteria.criteria_1.allowed_image_providers['@@assign'],
    ).toHaveLength(200);
    expect(
      criteria.criteria_2.allowed_image_providers['@@assign'],
    ).toHaveLength(51);
    for (const c of Object.values<any>(criteria))
      expect(c.image_names).toEqual({ '@@assign': ['golden-*'] });
  });

  it('holds exactly 10 criteria: the ops publisher unconstrained and 9 vendors with names of their own', () => {
    const result = generated(manyVendors(9, i => [`vendor-${i}-*`]));
    expect(Object.keys(criteriaOf(result))).toHaveLength(10);
  });

  it('refuses an 11th criterion with an error saying which constraint groups to merge', () => {
    const result = generatePolicies(
      config(manyVendors(10, i => [`vendor-${i}-*`])),
      { today: TODAY },
    );
    expect(result.ok).toBe(false);
    expect(result.findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'too-many-criteria',
        path: 'allowlist',
      }),
    ]);
    const message = result.findings[0].message;
    expect(message).toContain('needs 11 Allowed AMIs criteria');
    expect(message).toContain('at most 10');
    expect(message).toContain(
      'image names vendor-0-* (1 provider(s): vendor_publisher_accounts[0])',
    );
    expect(message).toMatch(/Merge constraints/);
  });

  it('counts the criteria a large group needs: 1,801 unconstrained providers and one named publisher need 11', () => {
    const result = generatePolicies(
      config({
        ...ops({ image_names: ['golden-*'] }),
        ...manyVendors(1_801, () => undefined),
      }),
      {
        today: TODAY,
        limits: {
          declarativePolicyMaxChars: 1_000_000,
          scpMaxChars: 1_000_000,
        },
      },
    );
    expect(result.ok).toBe(false);
    expect(result.findings[0].code).toBe('too-many-criteria');
    expect(result.findings[0].message).toContain('needs 11');
  });

  it('still refuses more providers than 10 criteria of 200 hold, whatever the constraints', () => {
    const result = generatePolicies(
      config(manyVendors(2_000, () => undefined)),
      {
        today: TODAY,
      },
    );
    expect(result.ok).toBe(false);
    expect(result.findings[0].code).toBe('too-many-providers');
  });

  it('obeys lowered limits the same way (criteria per policy, providers per criterion)', () => {
    const result = generatePolicies(config(vendors({ image_names: ['x-*'] })), {
      today: TODAY,
      limits: { maxImageCriteria: 1 },
    });
    expect(result.ok).toBe(false);
    expect(result.findings[0].code).toBe('too-many-criteria');
  });
});
