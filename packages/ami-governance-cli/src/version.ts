import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * This package's version, read from its package.json: one level up from src/ in the repository and
 * from dist/ when installed, so `--version` always says what is installed.
 */
export function cliVersion(): string {
  // The CLI is built file by file (dist/version.cjs.js next to src/version.ts), so __dirname is one level
  // below the package root in both; the install test in make test checks it from the packed tarball.
  // eslint-disable-next-line no-restricted-syntax
  const path = join(__dirname, '..', 'package.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  return manifest.version;
}
