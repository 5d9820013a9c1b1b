import { exception, rawConfig } from '../__fixtures__/configs';
import { parseGovernanceConfig } from './parseConfig';
import { nearestKey, unknownKeyFindings } from './unknownKeys';

const pathsAndMessages = (value: unknown) =>
  unknownKeyFindings(value).map(f => [f.severity, f.code, f.path, f.message]);

describe('unknownKeyFindings', () => {
  it('finds nothing in the shape organizations already use', () => {
    expect(
      unknownKeyFindings(
        rawConfig({
          exception_accounts: [exception('777788889999', '2026-12-31')],
        }),
      ),
    ).toEqual([]);
  });

  it('names a mistyped key at every level and the key it most likely meant', () => {
    const config = rawConfig({
      ops_publisher_acount: { account_id: '123456738923' },
      vendor_publisher_accounts: [
        {
          account_id: '111122223333',
          vendor_name: 'InfoBlox',
          vendorname: 'x',
        },
      ],
      exception_accounts: [
        exception('777788889999', '2026-12-31', { aproved_by: 'cto' }),
      ],
      policy_config: {
        enforcment_mode: 'enabled',
        'Exception-Request-URL': 'https://portal.example.com',
      },
      metadata: { version: '1.0', contcat: 'team@example.com' },
    });
    expect(pathsAndMessages(config)).toEqual([
      [
        'warning',
        'unknown-key',
        'vendor_publisher_accounts[0].vendorname',
        'vendor_publisher_accounts[0].vendorname is not a known key: did you mean vendor_name? It is ignored.',
      ],
      [
        'warning',
        'unknown-key',
        'exception_accounts[0].aproved_by',
        'exception_accounts[0].aproved_by is not a known key: did you mean approved_by? It is ignored.',
      ],
      [
        'warning',
        'unknown-key',
        'policy_config.enforcment_mode',
        'policy_config.enforcment_mode is not a known key: did you mean enforcement_mode? It is ignored.',
      ],
      [
        'warning',
        'unknown-key',
        'policy_config.Exception-Request-URL',
        expect.stringContaining('did you mean exception_request_url?'),
      ],
      [
        'warning',
        'unknown-key',
        'metadata.contcat',
        expect.stringContaining('did you mean contact?'),
      ],
      [
        'warning',
        'unknown-key',
        'ops_publisher_acount',
        expect.stringContaining('did you mean ops_publisher_account?'),
      ],
    ]);
  });

  it('lists the known keys when none is close', () => {
    const [finding] = unknownKeyFindings(
      rawConfig({ policy_config: { owner_team: 'platform' } }),
    );
    expect(finding.message).toMatch(
      /^policy_config\.owner_team is not a known key\. It is ignored\. Known keys here: enforcement_mode, .*max_exception_duration_days/,
    );
  });

  it('leaves values that are not objects alone: the schema reports them', () => {
    expect(unknownKeyFindings([1, 2])).toEqual([]);
    expect(
      unknownKeyFindings(rawConfig({ exception_accounts: 'none' })),
    ).toEqual([]);
  });
});

describe('nearestKey', () => {
  const known = ['enforcement_mode', 'warning_days', 'exception_message'];
  it('suggests within a small edit distance, ignoring case and dashes', () => {
    expect(nearestKey('enforcment_mode', known)).toBe('enforcement_mode');
    expect(nearestKey('Warning-Days', known)).toBe('warning_days');
    expect(nearestKey('mode', known)).toBeUndefined();
    expect(nearestKey('anything', [])).toBeUndefined();
  });
});

describe('unknown keys in parseGovernanceConfig', () => {
  it('accepts the file and returns the warnings beside the config', () => {
    const result = parseGovernanceConfig(
      rawConfig({
        policy_config: { enforcement_mode: 'enabled', enforcment_mode: 'x' },
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.policy_config.enforcement_mode).toBe('enabled');
    expect(result.findings.map(f => [f.severity, f.path])).toEqual([
      ['warning', 'policy_config.enforcment_mode'],
    ]);
  });

  it('reports them after the errors when the file fails the schema', () => {
    const result = parseGovernanceConfig(
      rawConfig({
        ops_publisher_account: undefined,
        ops_publisher_acount: { account_id: '123456738923' },
      }),
    );
    expect(!result.ok && result.findings.map(f => [f.code, f.path])).toEqual([
      ['schema', 'ops_publisher_account'],
      ['unknown-key', 'ops_publisher_acount'],
    ]);
  });
});
