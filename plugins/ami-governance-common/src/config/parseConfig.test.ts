import seed from '../__fixtures__/seed-ami_publishers.json';
import { rawConfig } from '../__fixtures__/configs';
import { parseGovernanceConfig } from './parseConfig';

describe('parseGovernanceConfig', () => {
  it('accepts the file organizations already keep, unchanged', () => {
    const result = parseGovernanceConfig(JSON.stringify(seed));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.exception_accounts).toHaveLength(2);
    expect(result.config.policy_config).toMatchObject({
      enforcement_mode: 'audit_mode',
      warning_days: 14,
      additional_image_providers: [],
    });
    expect(
      result.config.policy_config.ami_creation_allowed_accounts,
    ).toBeUndefined();
  });

  it('reports bad JSON as one finding that names the file, the line and the column', () => {
    const result = parseGovernanceConfig(
      '{\n  "ops_publisher_account": { ,',
      'config/ami_publishers.json',
    );
    expect(result).toEqual({
      ok: false,
      findings: [
        {
          code: 'invalid-json',
          severity: 'error',
          path: '(root)',
          message:
            'config/ami_publishers.json is not valid JSON at line 2, column 30: expected a property name in double quotes. Fix the syntax (a trailing comma or a missing quote is the usual cause).',
        },
      ],
    });
  });

  it('names the JSON path and the fix when an account ID is a number', () => {
    const config = rawConfig({
      ops_publisher_account: { account_id: 123456738923 },
    });
    const result = parseGovernanceConfig(config);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.findings).toEqual([
      expect.objectContaining({
        code: 'malformed-account-id',
        path: 'ops_publisher_account.account_id',
        message: expect.stringMatching(/string in quotes.*found 123456738923/),
      }),
    ]);
  });

  it('refuses an ID that is not 12 digits and a date that does not exist', () => {
    const config = rawConfig({
      vendor_publisher_accounts: [
        { account_id: '11112222333', vendor_name: 'Short' },
      ],
      exception_accounts: [
        { account_id: '777788889999', expires_on: '2026-02-30', reason: 'x' },
      ],
    });
    const result = parseGovernanceConfig(config);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.findings.map(f => [f.code, f.path])).toEqual([
      ['malformed-account-id', 'vendor_publisher_accounts[0].account_id'],
      ['invalid-date', 'exception_accounts[0].expires_on'],
    ]);
  });

  it('keeps leading zeros', () => {
    const result = parseGovernanceConfig(
      rawConfig({ ops_publisher_account: { account_id: '000000000042' } }),
    );
    expect(result.ok && result.config.ops_publisher_account.account_id).toBe(
      '000000000042',
    );
  });

  it('explains wrong types, missing fields and bad enums', () => {
    const config = rawConfig({
      exception_accounts: [
        {
          account_id: '777788889999',
          expires_on: '2027-01-01',
          exception_type: 'forever',
        },
      ],
      policy_config: {
        enforcement_mode: 'block',
        block_public_ami_sharing: 'yes',
      },
    });
    const result = parseGovernanceConfig(config);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(
      result.findings.map(f => [f.path, f.message]),
    );
    expect(byPath['exception_accounts[0].reason']).toMatch(
      /must be a string.*it is missing/,
    );
    expect(byPath['exception_accounts[0].exception_type']).toMatch(
      /migration, vendor_poc, emergency/,
    );
    expect(byPath['policy_config.enforcement_mode']).toMatch(
      /"audit_mode".*"enabled".*found "block"/,
    );
    expect(byPath['policy_config.block_public_ami_sharing']).toMatch(
      /true or false/,
    );
  });

  it('normalises owner aliases and refuses unknown ones', () => {
    const ok = parseGovernanceConfig(
      rawConfig({
        policy_config: {
          additional_image_providers: ['aws_marketplace', 'amazon'],
        },
      }),
    );
    expect(ok.ok && ok.config.policy_config.additional_image_providers).toEqual(
      ['aws-marketplace', 'amazon'],
    );
    const bad = parseGovernanceConfig(
      rawConfig({ policy_config: { additional_image_providers: ['amzn'] } }),
    );
    expect(!bad.ok && bad.findings[0]).toMatchObject({
      path: 'policy_config.additional_image_providers[0]',
      message: expect.stringContaining('"amzn" is not an AMI owner alias'),
    });
  });

  it('refuses an empty list of AMI build accounts', () => {
    const result = parseGovernanceConfig(
      rawConfig({ policy_config: { ami_creation_allowed_accounts: [] } }),
    );
    expect(!result.ok && result.findings[0].message).toMatch(
      /at least one AMI build account/,
    );
  });

  it('writes the exception message from exception_request_url when none is given', () => {
    const url =
      'https://portal.example.com/create/templates/default/request-ami-exception';
    const derived = parseGovernanceConfig(
      rawConfig({ policy_config: { exception_request_url: url } }),
    );
    expect(derived.ok && derived.config.policy_config).toMatchObject({
      exception_request_url: url,
      exception_message: `AMI not approved. Request an exception: ${url}`,
    });
    const explicit = parseGovernanceConfig(
      rawConfig({
        policy_config: {
          exception_request_url: url,
          exception_message: 'Ask #cloud-platform',
        },
      }),
    );
    expect(explicit.ok && explicit.config.policy_config.exception_message).toBe(
      'Ask #cloud-platform',
    );
    const none = parseGovernanceConfig(rawConfig());
    expect(none.ok && none.config.policy_config.exception_message).toBe(
      undefined,
    );
  });

  it.each([
    ['plain http', 'http://portal.example.com/request', /absolute https:\/\//],
    ['no scheme', 'portal.example.com/request', /absolute https:\/\//],
    ['a space', 'https://portal.example.com/a b', /absolute https:\/\//],
    ['a number', 42, /must be an https:\/\/ URL string/],
    [
      'a URL making the message too long',
      `https://portal.example.com/${'x'.repeat(1000)}`,
      /within 1024 characters/,
    ],
  ])('refuses an exception_request_url with %s', (_, url, message) => {
    const result = parseGovernanceConfig(
      rawConfig({ policy_config: { exception_request_url: url } }),
    );
    expect(!result.ok && result.findings).toEqual([
      expect.objectContaining({
        code: 'schema',
        path: 'policy_config.exception_request_url',
        message: expect.stringMatching(message),
      }),
    ]);
  });

  it('refuses an exception_message longer than the cap', () => {
    const result = parseGovernanceConfig(
      rawConfig({ policy_config: { exception_message: 'x'.repeat(1025) } }),
    );
    expect(!result.ok && result.findings[0]).toMatchObject({
      path: 'policy_config.exception_message',
      message: expect.stringContaining('at most 1024 characters'),
    });
  });

  it('keeps metadata free-form: any subset of its keys, and others, as written', () => {
    for (const metadata of [{}, { contact: 'x' }, { owner: 'y', version: 2 }]) {
      const result = parseGovernanceConfig(rawConfig({ metadata }));
      expect(result.ok && result.config.metadata).toEqual(metadata);
    }
  });
});
