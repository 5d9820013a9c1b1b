import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  codesAndPaths,
  DECLARATIVE_FILE,
  fixture,
  readJson,
  runCli,
  runCliJson,
  SCP_FILE,
  TODAY,
  useTempDirs,
  VALID_ALLOWLIST,
} from '../__testUtils__/runCli';

describe('ami-governance validate', () => {
  const tempDir = useTempDirs();

  it('exits 0 when the only findings are warnings', () => {
    const { status, stderr, json } = runCliJson([
      'validate',
      '--config',
      fixture('valid.json'),
      '--today',
      TODAY,
    ]);

    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(json.ok).toBe(true);
    expect(json.today).toBe(TODAY);
    // 555566667777 expires 2026-12-01: 8 days left, inside the 14-day window.
    expect(codesAndPaths(json)).toEqual([
      ['exception-expiring', 'exception_accounts[1].expires_on'],
    ]);
    expect(json.findings[0].severity).toBe('warning');
    expect(json.allowlist).toEqual(VALID_ALLOWLIST);
    expect(json.sizes.scp.maxSize).toBe(10_240);
    expect(json.sizes.declarativePolicy.maxSize).toBe(10_000);
  });

  it('exits 1 on an expired exception', () => {
    const { status, json } = runCliJson([
      'validate',
      '--config',
      fixture('expired-exception.json'),
      '--today',
      TODAY,
    ]);

    expect(status).toBe(1);
    expect(json.ok).toBe(false);
    expect(json.findings).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        code: 'exception-expired',
        path: 'exception_accounts[2].expires_on',
      }),
    );
    expect(json.allowlist).not.toContain('777788889999');
  });

  it('exits 1 on an account listed as a vendor and again as an exception', () => {
    const { status, json } = runCliJson([
      'validate',
      '--config',
      fixture('duplicate-across-categories.json'),
      '--today',
      TODAY,
    ]);

    expect(status).toBe(1);
    expect(json.ok).toBe(false);
    const duplicates = json.findings.filter(
      (f: { code: string }) => f.code === 'duplicate-account',
    );
    expect(duplicates).toEqual([
      expect.objectContaining({
        severity: 'error',
        path: 'exception_accounts[0]',
      }),
    ]);
    expect(duplicates[0].message).toContain('111122223333');
    expect(duplicates[0].message).toContain('vendor_publisher_accounts[0]');
  });

  it('exits 1 on an exception longer than its type allows, and only on that one', () => {
    const { status, json } = runCliJson([
      'validate',
      '--config',
      fixture('duration-exceeded.json'),
      '--today',
      TODAY,
    ]);

    expect(status).toBe(1);
    // The emergency exception runs 31 days (maximum 30); the migration one exactly 90 (allowed).
    expect(
      json.findings.filter(
        (f: { code: string }) => f.code === 'exception-duration-exceeded',
      ),
    ).toEqual([
      expect.objectContaining({
        severity: 'error',
        path: 'exception_accounts[2].expires_on',
        message: expect.stringContaining('2026-12-01'),
      }),
    ]);
  });

  it('exits 1 when the declarative policy exceeds --declarative-limit', () => {
    const { status, json } = runCliJson([
      'validate',
      '--config',
      fixture('valid.json'),
      '--today',
      TODAY,
      '--declarative-limit',
      '200',
    ]);

    expect(status).toBe(1);
    expect(json.ok).toBe(false);
    expect(json.findings).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        code: 'policy-size-exceeded',
        path: DECLARATIVE_FILE,
      }),
    );
    expect(json.sizes).toBeNull();
  });

  describe('--policies', () => {
    // Policy files generated once by the CLI itself; each test works on its own copy.
    let generated: string;
    beforeAll(() => {
      generated = fs.mkdtempSync(path.join(os.tmpdir(), 'ami-governance-cli-'));
      const result = runCli([
        'generate',
        '--config',
        fixture('valid.json'),
        '--out',
        generated,
        '--today',
        TODAY,
      ]);
      if (result.status !== 0)
        throw new Error(`generate failed: ${result.stdout}${result.stderr}`);
    });
    afterAll(() => fs.rmSync(generated, { recursive: true, force: true }));

    const copyGenerated = () => {
      const dir = tempDir();
      for (const file of [DECLARATIVE_FILE, SCP_FILE])
        fs.copyFileSync(path.join(generated, file), path.join(dir, file));
      return dir;
    };
    const validateAgainst = (dir: string) =>
      runCliJson([
        'validate',
        '--config',
        fixture('valid.json'),
        '--today',
        TODAY,
        '--policies',
        dir,
      ]);

    it('accepts the files generate wrote from the same config', () => {
      const { status, json } = validateAgainst(copyGenerated());

      expect(status).toBe(0);
      expect(json.ok).toBe(true);
      expect(codesAndPaths(json)).toEqual([
        ['exception-expiring', 'exception_accounts[1].expires_on'],
      ]);
    });

    it('flags a hand-edited policy file, but not a reformatted one', () => {
      const dir = copyGenerated();
      const scpPath = path.join(dir, SCP_FILE);
      const scp = readJson(scpPath);
      const launchGuard = scp.Statement.find(
        (s: any) => s.Condition?.StringNotEquals?.['ec2:Owner'],
      );
      launchGuard.Condition.StringNotEquals['ec2:Owner'].push('999999999999');
      fs.writeFileSync(scpPath, `${JSON.stringify(scp, null, 2)}\n`);
      // Same content, different formatting: must not count as out of date.
      const declarativePath = path.join(dir, DECLARATIVE_FILE);
      fs.writeFileSync(
        declarativePath,
        JSON.stringify(readJson(declarativePath)),
      );

      const { status, json } = validateAgainst(dir);

      expect(status).toBe(1);
      expect(json.ok).toBe(false);
      expect(codesAndPaths(json)).toEqual([
        ['policy-out-of-date', SCP_FILE],
        ['exception-expiring', 'exception_accounts[1].expires_on'],
      ]);
      expect(json.findings[0].severity).toBe('error');
    });

    it('flags a policy file that is missing', () => {
      const dir = copyGenerated();
      fs.rmSync(path.join(dir, DECLARATIVE_FILE));

      const { status, json } = validateAgainst(dir);

      expect(status).toBe(1);
      expect(json.findings).toContainEqual(
        expect.objectContaining({
          severity: 'error',
          code: 'policy-out-of-date',
          path: DECLARATIVE_FILE,
          message: expect.stringContaining('missing'),
        }),
      );
    });
  });
});

describe('ami-governance validate --previous', () => {
  const tempDir = useTempDirs();

  it('warns when the change empties vendors and exceptions at once', () => {
    const emptied = readJson(fixture('valid.json'));
    emptied.vendor_publisher_accounts = [];
    emptied.exception_accounts = [];
    const file = path.join(tempDir(), 'ami_publishers.json');
    fs.writeFileSync(file, JSON.stringify(emptied));
    const { status, json } = runCliJson([
      'validate',
      '--config',
      file,
      '--previous',
      fixture('valid.json'),
      '--today',
      TODAY,
    ]);
    expect(status).toBe(0);
    expect(codesAndPaths(json)).toContainEqual([
      'allowlist-emptied',
      'vendor_publisher_accounts',
    ]);
  });

  it('says nothing about a change that keeps them', () => {
    const { json } = runCliJson([
      'validate',
      '--config',
      fixture('valid.json'),
      '--previous',
      fixture('valid.json'),
      '--today',
      TODAY,
    ]);
    expect(json.findings.map((f: any) => f.code)).not.toContain(
      'allowlist-emptied',
    );
  });
});
