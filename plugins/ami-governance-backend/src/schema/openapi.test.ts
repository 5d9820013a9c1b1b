import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { spec } from './openapi.generated';

describe('openapi.generated.ts', () => {
  it('is up to date with openapi.yaml (run yarn openapi:generate)', () => {
    const yaml = parse(readFileSync(join(__dirname, 'openapi.yaml'), 'utf8'));
    expect(spec).toEqual(yaml);
  });

  it('and so are the API types in the common package', () => {
    // Throws with the script's message when a generated file differs from what it would write.
    const check = () =>
      execFileSync(
        process.execPath,
        [join(__dirname, '../../scripts/generate-openapi-spec.mjs'), '--check'],
        { stdio: 'pipe' },
      );
    expect(check).not.toThrow();
  });
});
