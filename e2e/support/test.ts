import {
  test as base,
  expect,
  type BrowserContext,
  type Page,
} from '@playwright/test';
import { APP } from './urls';

/**
 * `test` with one browser context per worker, shared by the tests (each still gets a page of its
 * own): the app's bundle (the dev server's is large and unminified) stays in the browser's cache
 * and the guest sign-in in its local storage, as for a user coming back to the portal, instead of
 * both on every test.
 */
export const test = base.extend<{}, { portal: BrowserContext }>({
  portal: [
    async ({ browser }, use) => {
      const context = await browser.newContext({
        baseURL: APP,
        viewport: { width: 1600, height: 1000 },
      });
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  page: async ({ portal }, use) => {
    const page: Page = await portal.newPage();
    await use(page);
    await page.close();
  },
});

export { expect };
