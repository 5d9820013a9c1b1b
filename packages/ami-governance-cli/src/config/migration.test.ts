import path from 'node:path';
import {
  codesAndPaths,
  DECLARATIVE_FILE,
  fixture,
  JsonFinding,
  readPolicies,
  runCli,
  runCliJson,
  SCP_FILE,
  TODAY,
  useTempDirs,
} from '../__testUtils__/runCli';

/**
 * A copy of a Python-era governance repository: its config, and in old-dist/ what its generator
 * wrote to dist/ (a folder named dist is ignored by Git here).
 */
const OLD_CONFIG = fixture('python-era/config/ami_publishers.json');
const OLD_DIST = fixture('python-era/old-dist');
const REQUEST_URL =
  'https://backstage.example.com/create/templates/default/request-ami-exception';

/** `validate --config <config> --today TODAY`, then `extra`. */
const validateArgs = (config: string, ...extra: string[]) => [
  'validate',
  '--config',
  config,
  '--today',
  TODAY,
  ...extra,
];

const findingAt = (json: Record<string, any>, p: string): JsonFinding => {
  const found = (json.findings as JsonFinding[]).find(f => f.path === p);
  if (!found) throw new Error(`no finding at ${p}: ${JSON.stringify(json)}`);
  return found;
};

describe('a Python-era repository', () => {
  const tempDir = useTempDirs();

  it('validate --policies says what is wrong in each old document, and where', () => {
    const { status, stderr, json } = runCliJson(
      validateArgs(OLD_CONFIG, '--policies', OLD_DIST),
    );

    expect(stderr).toBe('');
    expect(status).toBe(1);
    const declarative = path.join(OLD_DIST, DECLARATIVE_FILE);
    const scp = path.join(OLD_DIST, SCP_FILE);
    const wrapped = 'declarative-policy-ec2.json:content.ec2';
    expect(
      (json.findings as JsonFinding[]).map(f => [
        f.severity,
        f.code,
        f.path,
        f.file,
      ]),
    ).toEqual([
      [
        'error',
        'exception-duration-exceeded',
        'exception_accounts[0].expires_on',
        OLD_CONFIG,
      ],
      ['error', 'policy-out-of-date', DECLARATIVE_FILE, declarative],
      ['error', 'policy-wrapped', wrapped, declarative],
      [
        'error',
        'policy-bare-value',
        `${wrapped}.exception_message`,
        declarative,
      ],
      [
        'error',
        'policy-bare-value',
        `${wrapped}.image_block_public_access.state`,
        declarative,
      ],
      [
        'error',
        'policy-bare-value',
        `${wrapped}.allowed_images_settings.state`,
        declarative,
      ],
      [
        'error',
        'policy-bare-value',
        `${wrapped}.allowed_images_settings.image_criteria.criteria_1.allowed_image_providers`,
        declarative,
      ],
      ['error', 'policy-out-of-date', SCP_FILE, scp],
      [
        'error',
        'creation-guard-excludes-ops-publisher',
        'scp-ami-guardrail.json:Statement[1]',
        scp,
      ],
      [
        'warning',
        'exception-type-missing',
        'exception_accounts[0].exception_type',
        OLD_CONFIG,
      ],
      [
        'warning',
        'exception-type-missing',
        'exception_accounts[1].exception_type',
        OLD_CONFIG,
      ],
      [
        'warning',
        'ineffective-statement',
        'scp-ami-guardrail.json:Statement[2]',
        scp,
      ],
    ]);
    // Each message names what applies and the fix. The organization's own cap (60 days) applied,
    // not the 90 days an untyped exception could run.
    const expectedMessages: [string, string][] = [
      [
        'exception_accounts[0].expires_on',
        "runs 74 days from approval_date 2026-11-02 to 2027-01-15; the organization's cap (policy_config.max_exception_duration_days) limits every exception to 60 days, below the 90 days an exception without a type could otherwise run. Set expires_on to 2027-01-01 or earlier",
      ],
      [
        'exception_accounts[1].exception_type',
        "held to the organization's cap (60 days)",
      ],
      [
        `${wrapped}.exception_message`,
        'Write "exception_message": {"@@assign": <the value>}',
      ],
      [wrapped, 'AWS expects "ec2_attributes" at the root of the document'],
      [
        `${wrapped}.allowed_images_settings.state`,
        '"state": {"@@operators_allowed_for_child_policies": ["@@none"], "@@assign": "audit_mode"}',
      ],
      [
        'scp-ami-guardrail.json:Statement[1]',
        'Statement "DenyAMICreation" denies AMI creation (ec2:CreateImage, ec2:CopyImage, ec2:RegisterImage, ec2:ImportImage) without exempting 123456738923',
      ],
      [
        'scp-ami-guardrail.json:Statement[2]',
        'Statement "DenyPublicAMISharing" never takes effect: ec2:Add/group never matches ec2:ModifyImageAttribute',
      ],
    ];
    for (const [at, text] of expectedMessages)
      expect(findingAt(json, at).message).toContain(text);
  });

  it('prints each finding once with its file and the JSON path inside it', () => {
    const { status, stdout } = runCli(
      validateArgs(OLD_CONFIG, '--policies', OLD_DIST),
    );

    expect(status).toBe(1);
    expect(stdout).toContain(
      `error: ${path.join(
        OLD_DIST,
        DECLARATIVE_FILE,
      )}: content.ec2.allowed_images_settings.state: "audit_mode" is a bare value`,
    );
    expect(stdout).toContain(
      `error: ${path.join(
        OLD_DIST,
        SCP_FILE,
      )}: Statement[1]: Statement "DenyAMICreation"`,
    );
    expect(stdout).toMatch(/^Invalid: 9 errors, 3 warnings\.$/m);
  });

  it('generate reads the old config unchanged and writes the exception message from exception_request_url', () => {
    const out = tempDir();
    const { status, json } = runCliJson([
      'generate',
      '--config',
      OLD_CONFIG,
      '--out',
      out,
      '--today',
      TODAY,
    ]);

    expect(status).toBe(0);
    expect(json.findings).toEqual([]);
    const policies = readPolicies(out);
    expect(Object.keys(policies.declarative)).toEqual(['ec2_attributes']);
    expect(policies.declarative.ec2_attributes.exception_message).toEqual({
      '@@assign': `AMI not approved. Request an exception: ${REQUEST_URL}`,
    });
    // The regenerated files pass where the old ones failed.
    const again = runCliJson(validateArgs(OLD_CONFIG, '--policies', out));
    expect(
      codesAndPaths(again.json).filter(([, p]) => p.includes('.json')),
    ).toEqual([]);
  });
});

describe('ami-governance on configs as organizations really write them', () => {
  it('warns on keys it does not know, naming the nearest known key, and still passes', () => {
    const { status, json } = runCliJson(
      validateArgs(fixture('unknown-keys.json')),
    );

    expect(status).toBe(0);
    expect(json.ok).toBe(true);
    const unknown = (json.findings as JsonFinding[]).filter(
      f => f.code === 'unknown-key',
    );
    expect(unknown.map(f => [f.severity, f.path, f.message])).toEqual([
      [
        'warning',
        'exception_accounts[0].aproved_by',
        'exception_accounts[0].aproved_by is not a known key: did you mean approved_by? It is ignored.',
      ],
      [
        'warning',
        'policy_config.enforcment_mode',
        'policy_config.enforcment_mode is not a known key: did you mean enforcement_mode? It is ignored.',
      ],
      [
        'warning',
        'metadata.owner_team',
        'metadata.owner_team is not a known key. It is ignored. Known keys here: version, contact, example_dates_as_of.',
      ],
    ]);
  });

  it('reports a duplicate account next to a missing required field', () => {
    const { status, json } = runCliJson(
      validateArgs(fixture('schema-error-and-duplicate.json')),
    );

    expect(status).toBe(1);
    expect(codesAndPaths(json)).toEqual([
      ['schema', 'exception_accounts[0].reason'],
      ['duplicate-account', 'exception_accounts[0]'],
      ['exception-expiring', 'exception_accounts[1].expires_on'],
    ]);
    expect(json.allowlist).toBeNull();
  });

  it('gives the line and column of invalid JSON', () => {
    const config = fixture('bad-json.json');
    const { status, json } = runCliJson(validateArgs(config));

    expect(status).toBe(1);
    expect(json.findings).toEqual([
      {
        file: config,
        severity: 'error',
        code: 'invalid-json',
        path: '(root)',
        message: `${config} is not valid JSON at line 2, column 3: JSON has no comments: remove the comment (a note can go in a "notes" or "description" field). Fix the syntax (a trailing comma or a missing quote is the usual cause).`,
      },
    ]);
  });
});
