// The AMI Governance page as it opens: what a user must see. Read-only checks on one page, opened by
// the first; a test run alone (-g) or after a failure opens it itself.
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import {
  openGovernancePage,
  openPlatformTab,
  publishersRegion,
  waitForOrganizationStatus,
} from './support/portal';

let page: Page;

test.beforeAll(async ({ portal }) => {
  await waitForOrganizationStatus();
  page = await portal.newPage();
});

test.afterAll(async () => {
  await page?.close();
});

/** The developers' tab the first test opened, or opened now. */
async function openedPage() {
  if (new URL(page.url()).pathname !== '/ami-governance') {
    await openGovernancePage(page);
  }
  return page;
}

/** The platform team's tab, opened from the developers' tab. */
async function platformPage() {
  if (new URL(page.url()).pathname !== '/ami-governance/platform') {
    await openPlatformTab(page);
  }
  return page;
}

test('the page opens after guest sign-in', async () => {
  await openGovernancePage(page);
});

test('the publishers table lists the example publishers', async () => {
  const publishers = publishersRegion(await openedPage());
  for (const account of ['123456738923', '111122223333', '777788889999']) {
    await expect(publishers.getByRole('cell', { name: account })).toBeVisible();
  }
});

test('a live countdown is shown', async () => {
  await expect(
    publishersRegion(await openedPage())
      .getByText(
        /^(\d+ days? left|expires today|expired yesterday|expired \d+ days ago)$/,
      )
      .first(),
  ).toBeVisible();
});

test('the EC2 declarative policy card is shown', async () => {
  await expect(
    (await platformPage())
      .getByRole('region', { name: 'EC2 declarative policy' })
      .getByText('Coverage'),
  ).toBeVisible();
});

test('the service control policy card is shown', async () => {
  await expect(
    (await platformPage())
      .getByRole('region', { name: 'Service control policy' })
      .getByText('Coverage'),
  ).toBeVisible();
});

test('Request an exception links to the scaffolder template', async () => {
  await expect(
    (await openedPage()).locator('a', { hasText: 'Request an exception' }),
  ).toHaveAttribute('href', '/create/templates/default/request-ami-exception');
});
