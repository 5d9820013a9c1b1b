import { join } from 'node:path';

/** The repository's root. */
export const ROOT = join(__dirname, '..', '..');
/** Screenshots land here under the names the docs give (test-results/*.png). */
export const RESULTS = join(ROOT, 'test-results');
/** The JSON report scripts/count-test-results.mjs counts. */
export const REPORT = join(RESULTS, 'playwright-report.json');
/** The backend on its embedded default (app-config.yaml). */
export const BACKEND = 'http://localhost:7007';
/**
 * Set by `make test` (scripts/test.sh) once it has built the app: the backend serves that build
 * (@backstage/plugin-app-backend, as in production) and no dev server starts. Unset (`yarn e2e` by
 * hand), the app's dev server serves it on :3000 as under `yarn start`.
 */
export const BUILT_APP = process.env.E2E_BUILT_APP === '1';
/** Where the app is: the backend serving the built app, or the dev server. */
export const APP = BUILT_APP ? BACKEND : 'http://localhost:3000';
/** The environment variable holding this run's service token (set by playwright.config.ts). */
export const SERVICE_TOKEN_ENV = 'E2E_SERVICE_TOKEN';
