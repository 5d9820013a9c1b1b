// The browser tests of `make test` (scripts/test.sh, stage browser-test): `yarn e2e` from the root.
// Starts the backend (:7007) on its embedded defaults (app-config.yaml) as `yarn start` does, with the
// example of `make start` prepared into .example/ (e2e/support/prepare-backend.mjs). The app: under
// `make test` (E2E_BUILT_APP=1) the production build that scripts/test.sh made once for this and the
// install test, served by the backend itself (@backstage/plugin-app-backend, as in production); by
// hand, the dev server on :3000 as `yarn start` runs it. Runs the specs of this folder in order against
// them in headless Chromium from Debian
// (Playwright's own browser download is not used). The tests share one backend whose state they
// change in order (a pushed snapshot, a committed exception request): one worker, files in name order.
// Results: list on the console, test-results/playwright-report.json (counted by
// scripts/count-test-results.mjs), traces of failed tests under test-results/playwright/, server logs
// in test-results/browser-backend.log and test-results/browser-app.log.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import {
  APP,
  BACKEND,
  BUILT_APP,
  REPORT,
  ROOT,
  SERVICE_TOKEN_ENV,
} from './support/urls';

if (BUILT_APP && !existsSync(join(ROOT, 'packages/app/dist/index.html'))) {
  throw new Error(
    'E2E_BUILT_APP=1 but packages/app/dist has no build: run `yarn workspace app build` first, or unset E2E_BUILT_APP to use the dev server',
  );
}

// A service token for this run only, to push a snapshot as a collector would: the backend is given it
// by support/prepare-backend.mjs, the tests read it from the environment (workers inherit it).
process.env[SERVICE_TOKEN_ENV] ??= randomBytes(24).toString('hex');

// The first rspack build of the app takes 1-3 minutes on a small machine.
const STARTUP_TIMEOUT_MS = 240_000;
// The guest sign-in of app-config.yaml only works in development, as under `yarn start`.
const serverEnv = { NODE_ENV: 'development', BROWSER: 'none' };

export default defineConfig({
  testDir: '.',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  // A test may wait for the dev server to compile a page on its first visit.
  timeout: 180_000,
  expect: { timeout: 60_000 },
  outputDir: join(ROOT, 'test-results/playwright'),
  reporter: [
    ['list'],
    // Written first, replaced by the JSON report at the end: a run that dies counts as failed.
    ['./support/placeholder-reporter.ts', { outputFile: REPORT }],
    ['json', { outputFile: REPORT }],
  ],
  use: {
    baseURL: APP,
    viewport: { width: 1600, height: 1000 },
    actionTimeout: 60_000,
    navigationTimeout: 60_000,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: [
    {
      name: 'backend',
      // The example dated as of today and this run's service token, then the backend as
      // packages/backend's `yarn start` runs it, with the example's config and the token's.
      command: [
        'mkdir -p ../../test-results',
        '&& node ../../e2e/support/prepare-backend.mjs > ../../test-results/browser-backend.log 2>&1',
        '&& exec node --require @backstage/cli-node/config/nodeTransform.cjs src/index.ts',
        '--config ../../app-config.yaml --config ../../.example/app-config.yaml',
        '--config ../../test-results/browser-test-app-config.yaml',
        '>> ../../test-results/browser-backend.log 2>&1',
      ].join(' '),
      cwd: join(ROOT, 'packages/backend'),
      env: serverEnv,
      url: `${BACKEND}/api/ami-governance/health`,
      timeout: STARTUP_TIMEOUT_MS,
      reuseExistingServer: false,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    },
    // The dev server compiles the app on start (1-3 minutes) and each page on its first visit.
    ...(BUILT_APP
      ? []
      : [
          {
            name: 'app',
            command:
              'mkdir -p test-results && exec yarn workspace app start > test-results/browser-app.log 2>&1',
            cwd: ROOT,
            env: serverEnv,
            url: APP,
            timeout: STARTUP_TIMEOUT_MS,
            reuseExistingServer: false,
            gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 10_000 },
          },
        ]),
  ],
});
