import path from 'node:path';
import {
  DECLARATIVE_FILE,
  filesIn,
  fixture,
  readPolicies,
  runCli,
  runCliJson,
  SCP_FILE,
  TODAY,
  useTempDirs,
  VALID_ALLOWLIST,
} from '../__testUtils__/runCli';

/** expired-exception.json adds 777788889999, whose last day is 2026-11-20. */
const EXPIRED_ACCOUNT = '777788889999';
const EXPIRY_DAY = '2026-11-20';
const DAY_AFTER_EXPIRY = '2026-11-21';

describe('ami-governance generate', () => {
  const tempDir = useTempDirs();

  it('writes both policies carrying exactly the allowlist', () => {
    const out = tempDir();
    const result = runCli([
      'generate',
      '--config',
      fixture('valid.json'),
      '--out',
      out,
      '--today',
      TODAY,
    ]);

    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(filesIn(out)).toEqual([DECLARATIVE_FILE, SCP_FILE].sort());

    const policies = readPolicies(out);
    // The real declarative policy syntax: rooted at ec2_attributes, no content/ec2 wrappers.
    expect(Object.keys(policies.declarative)).toEqual(['ec2_attributes']);
    expect(policies.declarativeProviders).toEqual(VALID_ALLOWLIST);
    expect(policies.state).toBe('audit_mode');
    expect(policies.scp.Version).toBe('2012-10-17');
    expect(policies.scpOwnerLists).toEqual([VALID_ALLOWLIST]);
    // The text report names every provider it allowed.
    for (const id of VALID_ALLOWLIST) expect(result.stdout).toContain(id);
  });

  it('--mode enabled overrides the audit_mode of the config', () => {
    const out = tempDir();
    const { status, stderr, json } = runCliJson([
      'generate',
      '--config',
      fixture('valid.json'),
      '--out',
      out,
      '--today',
      TODAY,
      '--mode',
      'enabled',
    ]);

    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(json).toMatchObject({
      ok: true,
      mode: 'enabled',
      allowlist: VALID_ALLOWLIST,
      expired: [],
      findings: [],
    });
    expect(
      json.documents.map((d: { kind: string; file: string }) => [
        d.kind,
        d.file,
      ]),
    ).toEqual([
      ['declarativePolicy', path.join(out, DECLARATIVE_FILE)],
      ['scp', path.join(out, SCP_FILE)],
    ]);
    const policies = readPolicies(out);
    expect(policies.state).toBe('enabled');
    expect(policies.scpOwnerLists).toEqual([VALID_ALLOWLIST]);
  });

  it('leaves an exception out of both files the day after its expires_on, with a warning', () => {
    const out = tempDir();
    const config = fixture('expired-exception.json');
    const { status, json } = runCliJson([
      'generate',
      '--config',
      config,
      '--out',
      out,
      '--today',
      DAY_AFTER_EXPIRY,
    ]);

    expect(status).toBe(0);
    expect(json.ok).toBe(true);
    expect(json.allowlist).toEqual(VALID_ALLOWLIST);
    expect(json.expired).toEqual([EXPIRED_ACCOUNT]);
    expect(json.findings).toEqual([
      expect.objectContaining({
        file: config,
        severity: 'warning',
        code: 'exception-expired',
        path: 'exception_accounts[2].expires_on',
      }),
    ]);
    const policies = readPolicies(out);
    expect(policies.declarativeProviders).toEqual(VALID_ALLOWLIST);
    expect(policies.scpOwnerLists).toEqual([VALID_ALLOWLIST]);
    expect(JSON.stringify(policies.declarative)).not.toContain(EXPIRED_ACCOUNT);
    expect(JSON.stringify(policies.scp)).not.toContain(EXPIRED_ACCOUNT);
  });

  it('keeps an exception in both files on its expires_on day', () => {
    const out = tempDir();
    const { status, json } = runCliJson([
      'generate',
      '--config',
      fixture('expired-exception.json'),
      '--out',
      out,
      '--today',
      EXPIRY_DAY,
    ]);

    const withException = [...VALID_ALLOWLIST, EXPIRED_ACCOUNT].sort();
    expect(status).toBe(0);
    expect(json).toMatchObject({
      ok: true,
      allowlist: withException,
      expired: [],
      findings: [],
    });
    const policies = readPolicies(out);
    expect(policies.declarativeProviders).toEqual(withException);
    expect(policies.scpOwnerLists).toEqual([withException]);
  });

  it('refuses, writing nothing, when the SCP would exceed --scp-limit', () => {
    const out = path.join(tempDir(), 'dist');
    const { status, json } = runCliJson([
      'generate',
      '--config',
      fixture('valid.json'),
      '--out',
      out,
      '--today',
      TODAY,
      '--scp-limit',
      '400',
    ]);

    expect(status).toBe(1);
    expect(json.ok).toBe(false);
    expect(
      json.findings.map((f: { code: string; path: string }) => [
        f.code,
        f.path,
      ]),
    ).toEqual([['policy-size-exceeded', SCP_FILE]]);
    expect(json.findings[0].message).toContain('400-character limit');
    expect(filesIn(out)).toEqual([]);
  });

  it('exits 1 on a config that is not valid JSON, writing nothing', () => {
    const out = tempDir();
    const config = fixture('bad-json.json');
    const { status, json } = runCliJson([
      'generate',
      '--config',
      config,
      '--out',
      out,
      '--today',
      TODAY,
    ]);

    expect(status).toBe(1);
    expect(json).toEqual({
      ok: false,
      findings: [
        expect.objectContaining({
          file: config,
          severity: 'error',
          code: 'invalid-json',
        }),
      ],
    });
    expect(filesIn(out)).toEqual([]);
  });

  it('exits 1 on an account ID written as a number, naming the field', () => {
    const out = tempDir();
    const result = runCli([
      'generate',
      '--config',
      fixture('numeric-account-id.json'),
      '--out',
      out,
      '--today',
      TODAY,
    ]);

    expect(result.status).toBe(1);
    expect(result.stdout).toContain('vendor_publisher_accounts[1].account_id');
    expect(result.stdout).toMatch(/^error: /m);
    expect(filesIn(out)).toEqual([]);
  });
});
