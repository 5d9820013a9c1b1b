import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from './__testUtils__/runCli';

describe('ami-governance --version', () => {
  it('prints the version of the package, and exits 0', () => {
    const { version } = JSON.parse(
      readFileSync(join(__dirname, '..', 'package.json'), 'utf8'),
    );
    const result = runCli(['--version']);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(version);
  });
});
