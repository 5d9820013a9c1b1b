// The page's two tabs, each for its audience and deep-linkable, laid out for a 1440 px and a
// 1024 px screen: every table fits its card and no cell runs longer than three lines.
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import {
  measureTables,
  openGovernancePage,
  openPlatformTab,
  publishersRegion,
  screenshotPath,
  waitForOrganizationStatus,
} from './support/portal';

test.beforeAll(waitForOrganizationStatus);

const WIDTHS = [1440, 1024];

/** Opens the developers' tab with its publishers shown. */
async function developersTab(page: Page) {
  await openGovernancePage(page);
  await expect(
    publishersRegion(page).getByRole('cell', { name: '123456738923' }),
  ).toBeVisible();
  await expect(page.getByText('Exception requests', { exact: true })).toBeVisible();
}

/** Opens the platform team's tab with its policies, readiness and public AMIs shown. */
async function platformTab(page: Page) {
  await openPlatformTab(page);
  await expect(
    page.getByRole('region', { name: 'EC2 declarative policy' }),
  ).toBeVisible();
  await expect(
    page.getByText(/^Switching to enabled today would block/).first(),
  ).toBeVisible();
  await expect(page.getByText(/ami-[0-9a-f]{8,}/).first()).toBeVisible();
  // The blocked workloads are a table too.
  await page.getByRole('tab', { name: /^Blocked workloads \(\d+\)$/ }).click();
  await expect(page.getByText(/i-[0-9a-f]{8,}/).first()).toBeVisible();
}

test("the developers' tab opens at the root and the platform team's at /platform, each a link", async ({
  page,
}) => {
  await openGovernancePage(page);
  const developers = page.getByRole('tab', { name: 'Developers' });
  const platform = page.getByRole('tab', { name: 'Platform' });
  await expect(developers).toHaveAttribute('aria-selected', 'true');
  await expect(
    page.getByText('Which publishers may I use, and until when?'),
  ).toBeVisible();
  // The requests sit with the publishers, not at the bottom of a long page.
  await expect(page.getByText('Exception requests', { exact: true })).toBeVisible();
  await expect(page.getByText('Policies in AWS Organizations')).toHaveCount(0);

  await platform.click();
  await expect(page).toHaveURL(/\/ami-governance\/platform$/);
  await expect(platform).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('Policies in AWS Organizations')).toBeVisible();
  await expect(publishersRegion(page)).toHaveCount(0);

  // A reload keeps the tab: it is in the URL.
  await page.reload();
  await expect(page.getByText('Policies in AWS Organizations')).toBeVisible();
  await developers.click();
  await expect(page).toHaveURL(/\/ami-governance$/);
});

for (const width of WIDTHS) {
  for (const [tab, open] of [
    ['developers', developersTab],
    ['platform', platformTab],
  ] as const) {
    test(`at ${width} px, every table of the ${tab} tab fits its card and no cell is 4 lines tall`, async ({
      page,
    }) => {
      // Tall enough for the screenshot to show the tab whole: Backstage scrolls inside its layout.
      await page.setViewportSize({ width, height: 2400 });
      await open(page);
      await page.waitForTimeout(300); // the layout settles
      const tables = await measureTables(page);
      expect(tables.length, 'the tab shows tables').toBeGreaterThan(0);
      for (const fit of tables) {
        expect(
          fit.overflow,
          `${fit.table}: ${fit.overflow} px wider than its card`,
        ).toBeLessThanOrEqual(1);
        expect(
          fit.tallestCellLines,
          `${fit.table}: a cell ${fit.tallestCellLines} lines tall ("${fit.tallestCellText}")`,
        ).toBeLessThan(4);
      }
      await page.screenshot({
        path: screenshotPath(`ami-governance-${tab}-${width}.png`),
        fullPage: true,
      });
    });
  }
}
