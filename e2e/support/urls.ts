import { join } from 'node:path';

/** The repository's root. */
export const ROOT = join(__dirname, '..', '..');
/** Screenshots land here under the names the docs give (test-results/*.png). */
export const RESULTS = join(ROOT, 'test-results');
/** The JSON report scripts/count-test-results.mjs counts. */
export const REPORT = join(RESULTS, 'playwright-report.json');
/** The app and the backend on their embedded defaults (app-config.yaml). */
export const APP = 'http://localhost:3000';
export const BACKEND = 'http://localhost:7007';
/** The environment variable holding this run's service token (set by playwright.config.ts). */
export const SERVICE_TOKEN_ENV = 'E2E_SERVICE_TOKEN';
