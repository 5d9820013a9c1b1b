import fs from 'node:fs';
import path from 'node:path';
import {
  fixture,
  hasStackTrace,
  runCli,
  TODAY,
  useTempDirs,
} from '../__testUtils__/runCli';

describe('ami-governance roll-out and folder arguments', () => {
  const tempDir = useTempDirs();

  it('validates files generated with --mode enabled when given the same --mode', () => {
    const out = tempDir();
    const common = ['--config', fixture('valid.json'), '--today', TODAY];
    expect(
      runCli(['generate', ...common, '--out', out, '--mode', 'enabled']).status,
    ).toBe(0);
    expect(
      runCli(['validate', ...common, '--policies', out, '--mode', 'enabled'])
        .status,
    ).toBe(0);
    const audit = runCli(['validate', ...common, '--policies', out]);
    expect(audit.status).toBe(1);
    expect(audit.stdout).toContain('differs from what the config generates');
  });

  it('refuses a file where a folder is expected, naming the flag', () => {
    const file = path.join(tempDir(), 'not-a-folder');
    fs.writeFileSync(file, '');
    const result = runCli([
      'generate',
      '--config',
      fixture('valid.json'),
      '--today',
      TODAY,
      '--out',
      file,
    ]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--out');
    expect(result.stderr).toContain('must be a folder');
    expect(hasStackTrace(result.stderr)).toBe(false);
  });
});
