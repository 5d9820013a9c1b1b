import { exception, rawConfig, TODAY } from '../__fixtures__/configs';
import { validateConfig } from './validateConfig';
import { unknownKeyFindings } from './unknownKeys';

// The criterion keys are validated as AWS validates the criterion they become; each error names
// the JSON path and the fix.

const base = rawConfig();

function errorsFor(overrides: Record<string, unknown>) {
  return validateConfig(rawConfig(overrides), { today: TODAY })
    .findings.filter(f => f.severity === 'error')
    .map(f => [f.path, f.message]);
}

const opsNames = (image_names: unknown) => ({
  ops_publisher_account: { ...base.ops_publisher_account, image_names },
});
const vendorCodes = (marketplace_product_codes: unknown) => ({
  vendor_publisher_accounts: [
    { ...base.vendor_publisher_accounts[0], marketplace_product_codes },
  ],
});
const policyConfig = (extra: Record<string, unknown>) => ({
  policy_config: { ...base.policy_config, ...extra },
});

describe('criterion keys in the config', () => {
  it('accepts every key at its limits: 50 names of 128 characters, 3-character ? patterns, 25-character codes, the largest day count', () => {
    const longest = `${'a'.repeat(127)}*`;
    expect(
      errorsFor({
        ...opsNames([
          longest,
          'a?b',
          "Acme (base) [x86_64] v1.2/3 - o'neil @ team_*",
          ...Array.from({ length: 47 }, (_, i) => `golden-${i}-*`),
        ]),
        vendor_publisher_accounts: [
          {
            ...base.vendor_publisher_accounts[0],
            image_names: ['infoblox-*'],
            marketplace_product_codes: ['A'.repeat(25), 'abc123'],
          },
        ],
        exception_accounts: [
          exception('777788889999', '2027-01-30', {
            image_names: ['legacy-*'],
          }),
        ],
        ...policyConfig({
          max_image_age_days: 2_147_483_647,
          max_days_since_deprecated: 0,
        }),
      }),
    ).toEqual([]);
  });

  it.each([
    [
      opsNames(['acme golden #1']),
      'ops_publisher_account.image_names[0]',
      "may hold only letters, digits, spaces, ( ) [ ] . / - ' @ _ and the wildcards * and ?",
    ],
    [
      opsNames(['a'.repeat(129)]),
      'ops_publisher_account.image_names[0]',
      'must be at most 128 characters',
    ],
    [
      opsNames(['a?']),
      'ops_publisher_account.image_names[0]',
      'must be at least 3 characters when it holds ?',
    ],
    [
      opsNames(['']),
      'ops_publisher_account.image_names[0]',
      'must not be empty',
    ],
    [
      opsNames([]),
      'ops_publisher_account.image_names',
      'leave the key out to allow every name',
    ],
    [
      opsNames(Array.from({ length: 51 }, (_, i) => `n-${i}`)),
      'ops_publisher_account.image_names',
      'at most 50 patterns',
    ],
    [
      opsNames('acme-golden-*'),
      'ops_publisher_account.image_names',
      'must be a list of image name patterns',
    ],
    [
      vendorCodes(['abc-123']),
      'vendor_publisher_accounts[0].marketplace_product_codes[0]',
      'must hold only letters and digits',
    ],
    [
      vendorCodes(['a'.repeat(26)]),
      'vendor_publisher_accounts[0].marketplace_product_codes[0]',
      'at most 25 characters',
    ],
    [
      vendorCodes(Array.from({ length: 51 }, (_, i) => `c${i}`)),
      'vendor_publisher_accounts[0].marketplace_product_codes',
      'at most 50 product codes',
    ],
    [
      {
        exception_accounts: [
          exception('777788889999', '2027-01-31', { image_names: ['x!'] }),
        ],
      },
      'exception_accounts[0].image_names[0]',
      'may hold only letters',
    ],
    [
      policyConfig({ max_image_age_days: -1 }),
      'policy_config.max_image_age_days',
      'must be 0 or more',
    ],
    [
      policyConfig({ max_image_age_days: 2_147_483_648 }),
      'policy_config.max_image_age_days',
      'must be at most 2,147,483,647',
    ],
    [
      policyConfig({ max_days_since_deprecated: 1.5 }),
      'policy_config.max_days_since_deprecated',
      'must be a whole number of days',
    ],
    [
      policyConfig({ max_days_since_deprecated: '30' }),
      'policy_config.max_days_since_deprecated',
      'must be a whole number of days',
    ],
  ])(
    'refuses a bad value (%#) at its JSON path, saying the fix',
    (overrides, path, fix) => {
      const errors = errorsFor(overrides);
      expect(errors).toContainEqual([path, expect.stringContaining(fix)]);
    },
  );

  it('knows the new keys: no unknown-key warning for them, a suggestion for a typo', () => {
    const known = rawConfig({
      ...opsNames(['golden-*']),
      ...vendorCodes(['abc']),
      exception_accounts: [
        exception('777788889999', '2027-01-31', { image_names: ['x-*'] }),
      ],
      ...policyConfig({ max_image_age_days: 1, max_days_since_deprecated: 1 }),
    });
    expect(unknownKeyFindings(known)).toEqual([]);
    const typos = unknownKeyFindings(
      rawConfig({
        ops_publisher_account: {
          ...base.ops_publisher_account,
          image_name: ['golden-*'],
        },
        vendor_publisher_accounts: [
          {
            ...base.vendor_publisher_accounts[0],
            marketplace_product_code: ['abc'],
          },
        ],
        ...policyConfig({ max_image_age_day: 1 }),
      }),
    ).map(f => f.message);
    expect(typos).toEqual([
      expect.stringContaining('did you mean image_names?'),
      expect.stringContaining('did you mean marketplace_product_codes?'),
      expect.stringContaining('did you mean max_image_age_days?'),
    ]);
  });
});
