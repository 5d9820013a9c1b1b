// Run by the backend's webServer command of playwright.config.ts before the backend starts: the
// example dated as of today into .example/ (as make start serves it), and a config file giving this
// run's service token (E2E_SERVICE_TOKEN) the right to push snapshots, and nothing else (and, when the
// backend serves the built app, E2E_BUILT_APP=1, the app's address).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const token = process.env.E2E_SERVICE_TOKEN;
if (!token) {
  throw new Error(
    'E2E_SERVICE_TOKEN is not set: run the tests with `yarn e2e`',
  );
}

execFileSync(process.execPath, [join(root, 'scripts/prepare-example.mjs')], {
  stdio: 'inherit',
});
mkdirSync(join(root, 'test-results'), { recursive: true });
writeFileSync(
  join(root, 'test-results/browser-test-app-config.yaml'),
  [
    'backend:',
    '  auth:',
    '    externalAccess:',
    '      - type: static',
    `        options: { token: ${token}, subject: browser-test-collector }`,
    '        accessRestrictions:',
    '          - { plugin: ami-governance, permission: ami-governance.snapshot.create }',
    // The built app is served by the backend (make test): its links and sign-in go there too.
    ...(process.env.E2E_BUILT_APP === '1'
      ? ['app:', '  baseUrl: http://localhost:7007']
      : []),
    '',
  ].join('\n'),
);
