import { exception, rawConfig, TODAY } from '../__fixtures__/configs';
import { generatePolicies } from '../policies/generatePolicies';
import { parseGovernanceConfig } from './parseConfig';
import { crossCheckFindings, validateConfig } from './validateConfig';

const codes = (input: unknown, limits = {}) =>
  validateConfig(input, { today: TODAY, limits }).findings.map(
    f => `${f.severity}:${f.code}:${f.path}`,
  );

describe('validateConfig', () => {
  it('passes a clean config with no findings', () => {
    const result = validateConfig(JSON.stringify(rawConfig()), {
      today: TODAY,
    });
    expect(result.findings).toEqual([]);
    expect(result.generation?.ok).toBe(true);
  });

  it('stops at bad JSON with one finding', () => {
    expect(codes('{"ops_publisher_account":')).toEqual([
      'error:invalid-json:(root)',
    ]);
  });

  it('finds the same account in two categories and names both places', () => {
    const result = validateConfig(
      rawConfig({
        exception_accounts: [exception('111122223333', '2026-12-31')],
      }),
      { today: TODAY },
    );
    expect(result.findings).toEqual([
      expect.objectContaining({
        code: 'duplicate-account',
        path: 'exception_accounts[0]',
        message: expect.stringContaining(
          'vendor_publisher_accounts[0] (vendor) and again at exception_accounts[0] (exception)',
        ),
      }),
    ]);
  });

  it('fails on an exception that expired yesterday and only warns on one expiring today', () => {
    expect(
      codes(
        rawConfig({
          exception_accounts: [exception('777788889999', '2026-11-22')],
        }),
      ),
    ).toEqual(['error:exception-expired:exception_accounts[0].expires_on']);
    expect(
      codes(
        rawConfig({ exception_accounts: [exception('777788889999', TODAY)] }),
      ),
    ).toEqual(['warning:exception-expiring:exception_accounts[0].expires_on']);
  });

  it('warns 14 days ahead, not 15', () => {
    expect(
      codes(
        rawConfig({
          exception_accounts: [exception('777788889999', '2026-12-07')],
        }),
      ),
    ).toEqual(['warning:exception-expiring:exception_accounts[0].expires_on']);
    expect(
      codes(
        rawConfig({
          exception_accounts: [exception('777788889999', '2026-12-08')],
        }),
      ),
    ).toEqual([]);
  });

  it.each([
    ['migration', 90],
    ['vendor_poc', 60],
    ['emergency', 30],
  ])('caps a %s exception at %i days from its approval', (type, maxDays) => {
    const approval = '2026-11-20';
    const at = (days: number) => {
      const expires = new Date(Date.UTC(2026, 10, 20 + days))
        .toISOString()
        .slice(0, 10);
      return codes(
        rawConfig({
          exception_accounts: [
            exception('777788889999', expires, {
              exception_type: type,
              approval_date: approval,
            }),
          ],
        }),
      );
    };
    expect(at(maxDays)).toEqual([]);
    expect(at(maxDays + 1)).toEqual([
      'error:exception-duration-exceeded:exception_accounts[0].expires_on',
    ]);
  });

  it('says the latest allowed date when a duration is too long', () => {
    const result = validateConfig(
      rawConfig({
        exception_accounts: [
          exception('777788889999', '2027-01-01', {
            exception_type: 'emergency',
            approval_date: '2026-11-20',
          }),
        ],
      }),
      { today: TODAY },
    );
    expect(result.findings[0].message).toContain(
      'Set expires_on to 2026-12-20 or earlier',
    );
  });

  it('counts a new request from requested_on, holds untyped exceptions to 90 days, and flags reversed dates', () => {
    const noApproval = exception('777788889999', '2027-01-20', {
      exception_type: 'vendor_poc',
      approval_date: undefined,
      requested_on: '2026-11-20',
    });
    expect(codes(rawConfig({ exception_accounts: [noApproval] }))).toEqual([
      'error:exception-duration-exceeded:exception_accounts[0].expires_on',
    ]);
    const untyped = exception('777788889999', '2027-02-18', {
      exception_type: undefined,
      approval_date: '2026-11-20',
    });
    expect(codes(rawConfig({ exception_accounts: [untyped] }))).toEqual([
      'warning:exception-type-missing:exception_accounts[0].exception_type',
    ]);
    const reversed = exception('777788889999', '2026-12-20', {
      approval_date: '2026-12-25',
    });
    expect(codes(rawConfig({ exception_accounts: [reversed] }))).toEqual([
      'error:exception-dates-reversed:exception_accounts[0].approval_date',
    ]);
    const undated = exception('777788889999', '2026-12-31', {
      approval_date: undefined,
    });
    expect(codes(rawConfig({ exception_accounts: [undated] }))).toEqual([
      'error:exception-start-missing:exception_accounts[0].approval_date',
    ]);
  });

  it('reports documents over their size limits', () => {
    expect(codes(rawConfig(), { scpMaxChars: 300 })).toEqual([
      'error:policy-size-exceeded:scp-ami-guardrail.json',
    ]);
  });

  it('warns when the creation guard would stop the ops publisher building AMIs', () => {
    expect(
      codes(
        rawConfig({
          policy_config: { ami_creation_allowed_accounts: ['999988887777'] },
        }),
      ),
    ).toEqual([
      'warning:creation-guard-excludes-ops-publisher:policy_config.ami_creation_allowed_accounts',
    ]);
  });

  it('lists errors before warnings', () => {
    const result = codes(
      rawConfig({
        exception_accounts: [
          exception('777788889999', TODAY),
          exception('222233334444', '2026-11-01'),
        ],
      }),
    );
    expect(result).toEqual([
      'error:exception-expired:exception_accounts[1].expires_on',
      'warning:exception-expiring:exception_accounts[0].expires_on',
    ]);
  });
});

describe('validateConfig on a file the schema refuses', () => {
  const all = (input: unknown) =>
    validateConfig(input, { today: TODAY }).findings.map(
      f => `${f.severity}:${f.code}:${f.path}`,
    );

  it('still reports a duplicate account next to a missing required field', () => {
    const { reason: _, ...noReason } = exception('111122223333', '2026-12-31');
    expect(all(rawConfig({ exception_accounts: [noReason] }))).toEqual([
      'error:schema:exception_accounts[0].reason',
      'error:duplicate-account:exception_accounts[0]',
    ]);
  });

  it('still reports expiry and durations of the entries it can read, with their file positions', () => {
    const result = validateConfig(
      rawConfig({
        vendor_publisher_accounts: [{ account_id: '11112222333' }],
        exception_accounts: [
          exception('777788889999', '2026-11-20'),
          exception('222233334444', '2027-06-30', {
            approval_date: '2026-11-20',
          }),
          exception('555566667777', '2026-12-01', {
            exception_type: 'forever',
          }),
        ],
        policy_config: { max_exception_duration_days: 60 },
      }),
      { today: TODAY },
    );
    expect(result.config).toBeUndefined();
    expect(
      result.findings.map(f => `${f.severity}:${f.code}:${f.path}`),
    ).toEqual([
      'error:malformed-account-id:vendor_publisher_accounts[0].account_id',
      'error:schema:vendor_publisher_accounts[0].vendor_name',
      'error:schema:exception_accounts[2].exception_type',
      'error:exception-expired:exception_accounts[0].expires_on',
      'error:exception-duration-exceeded:exception_accounts[1].expires_on',
      // exception_accounts[2] has a type, just a wrong one: no "type missing" warning beside the error.
      'warning:exception-expiring:exception_accounts[2].expires_on',
    ]);
    expect(result.findings[4].message).toContain(
      "the organization's cap (policy_config.max_exception_duration_days) limits every exception to 60 days",
    );
  });

  it('says each thing once', () => {
    const findings = validateConfig(
      rawConfig({
        ops_publisher_account: { account_id: 123456738923 },
        exception_accounts: [
          exception('777788889999', '2026-02-30'),
          exception('777788889999', '2026-12-31', { approval_date: 'soon' }),
        ],
      }),
      { today: TODAY },
    ).findings;
    expect(findings.map(f => `${f.code}:${f.path}`)).toEqual([
      'malformed-account-id:ops_publisher_account.account_id',
      'invalid-date:exception_accounts[0].expires_on',
      'invalid-date:exception_accounts[1].approval_date',
      'duplicate-account:exception_accounts[1]',
    ]);
  });

  it('stops at JSON it cannot decode', () => {
    expect(all('{"exception_accounts": [}')).toEqual([
      'error:invalid-json:(root)',
    ]);
  });
});

describe('validateConfig with keys it does not know', () => {
  it('warns, names the nearest key, and still passes', () => {
    const result = validateConfig(
      JSON.stringify(
        rawConfig({
          policy_config: {
            enforcement_mode: 'audit_mode',
            enforcment_mode: 'enabled',
          },
        }),
      ),
      { today: TODAY },
    );
    expect(result.generation?.ok).toBe(true);
    expect(result.findings).toEqual([
      {
        severity: 'warning',
        code: 'unknown-key',
        path: 'policy_config.enforcment_mode',
        message:
          'policy_config.enforcment_mode is not a known key: did you mean enforcement_mode? It is ignored.',
      },
    ]);
  });
});

describe('validateConfig with exception_request_url', () => {
  it('puts a sentence pointing to it in the declarative policy', () => {
    const url = 'https://portal.example.com/create/templates/default/request';
    const result = validateConfig(
      rawConfig({ policy_config: { exception_request_url: url } }),
      { today: TODAY },
    );
    expect(result.findings).toEqual([]);
    const generation = result.generation;
    if (!generation?.ok) throw new Error('refused');
    expect(
      (generation.declarativePolicy.document as any).ec2_attributes
        .exception_message,
    ).toEqual({ '@@assign': `AMI not approved. Request an exception: ${url}` });
  });
});

describe('crossCheckFindings', () => {
  it('catches a generated document whose allowlist differs from the config', () => {
    const parsed = parseGovernanceConfig(rawConfig());
    if (!parsed.ok) throw new Error('fixture invalid');
    const generation = generatePolicies(parsed.config, { today: TODAY });
    if (!generation.ok) throw new Error('refused');
    expect(
      crossCheckFindings(generation.allowlist, [
        generation.declarativePolicy,
        generation.scp,
      ]),
    ).toEqual([]);
    const tampered = {
      ...generation.scp,
      compact: generation.scp.compact.replace(
        '"111122223333",',
        '"999999999999",',
      ),
    };
    expect(
      crossCheckFindings(generation.allowlist, [
        generation.declarativePolicy,
        tampered,
      ]),
    ).toEqual([
      expect.objectContaining({
        code: 'allowlist-mismatch',
        path: 'scp-ami-guardrail.json',
        message: expect.stringMatching(
          /missing 111122223333, extra 999999999999/,
        ),
      }),
    ]);
  });
});
