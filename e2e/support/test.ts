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
      // A notification the expiry job sends while a test runs pops up Backstage's toast over the
      // bottom of the page, and it stays while the mouse is over it (once held the scaffolder's Next
      // button for 60 s): the toasts stay visible but never catch a click meant for the page.
      await context.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () => {
          const style = document.createElement('style');
          style.textContent =
            '[class*="notistack-"], [class*="notistack-"] * { pointer-events: none !important; }';
          document.head.appendChild(style);
        });
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
