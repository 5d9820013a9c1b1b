// What the policies do to the example organization's workloads, as the page and the entity card show
// it: the readiness panel, the regions on the declarative policy's card and the public AMIs list (the
// platform tab), the In use column (the developers' tab), and an account's standing in the catalog.
import { expect, test } from './support/test';
import {
  openGovernancePage,
  openPlatformTab,
  openSignedIn,
  publishersRegion,
  screenshotPath,
  waitForOrganizationStatus,
} from './support/portal';

test.beforeAll(waitForOrganizationStatus);

test('the page shows what enabled would block, what uses each publisher and which AMIs are public', async ({
  page,
}) => {
  // What uses each publisher, on the developers' tab: the ops publisher's AMIs are in use, so the
  // column counts them (not "—"), the sentence a click on the row away.
  await openGovernancePage(page);
  const table = publishersRegion(page);
  const inUse = table.getByText(/^\d+ workloads?$/).first();
  await expect(inUse).toBeVisible();
  await inUse.click();
  await expect(
    table
      .getByText(
        /^\d+ instances?(, \d+ launch templates?)? in \d+ accounts? \(instances and launch templates of other accounts\)$/,
      )
      .first(),
  ).toBeVisible();

  await openPlatformTab(page);
  const readiness = page
    .getByText(/^Switching to enabled today would block \d+ instances?/)
    .first();
  await expect(readiness).toBeVisible();
  await expect(readiness).toContainText('top publishers:');

  // The blocked workloads are a click away, paged by the backend.
  await page.getByRole('tab', { name: /^Blocked workloads \(\d+\)$/ }).click();
  await expect(page.getByText(/i-[0-9a-f]{8,}/).first()).toBeVisible();
  await page.getByRole('tab', { name: /^Not visible \(\d+\)$/ }).click();
  await expect(page.getByText(/AccessDenied/).first()).toBeVisible();

  // What the regions report, on the declarative policy's card.
  await expect(
    page.getByText(
      /^\d+ of \d+ account-regions? .*report/,
    ),
  ).toBeVisible();

  const publicImages = page.getByText(
    'Public AMIs published by member accounts',
  );
  await expect(publicImages).toBeVisible();
  await expect(page.getByText(/ami-[0-9a-f]{8,}/).first()).toBeVisible();

  await readiness.scrollIntoViewIfNeeded();
  await page.screenshot({
    path: screenshotPath('ami-governance-readiness.png'),
    fullPage: true,
  });
});

test("an account's entity card shows its standing and links to the explainer", async ({
  page,
}) => {
  // Tall enough for the whole card: Backstage scrolls inside its layout, past the page's fold.
  await page.setViewportSize({ width: 1440, height: 2800 });
  // The account is in the catalog through the catalog module, which reads the organization's accounts
  // from the backend seconds after start: the page is opened again until it is there.
  await expect(async () =>
    openSignedIn(
      page,
      '/catalog/default/resource/payments-prod',
      page.getByText('AMI governance', { exact: true }).first(),
    ),
  ).toPass({ timeout: 90_000 });
  await expect(page.getByText('Governed by').first()).toBeVisible();
  const explain = page.getByRole('link', {
    name: 'Can this account launch an AMI?',
  });
  await expect(explain).toHaveAttribute(
    'href',
    /\/ami-governance\/explain\?accountId=\d{12}/,
  );
  const card = page
    .getByText('AMI governance', { exact: true })
    .first()
    .locator('xpath=ancestor::*[contains(@class, "MuiCard-root")][1]');
  await card.screenshot({
    path: screenshotPath('ami-governance-entity-standing.png'),
  });
});
