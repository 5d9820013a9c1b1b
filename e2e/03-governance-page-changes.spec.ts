// The AMI Governance page as it changes: a search in the URL, a pushed snapshot (the widths are
// 02-governance-page-layout's).
// Each test on a page of its own.
import { expect, test } from './support/test';
import {
  openGovernancePage,
  publishersRegion,
  pushSnapshot,
  waitForOrganizationStatus,
} from './support/portal';

test.beforeAll(waitForOrganizationStatus);

test('a search filters the table, counts what it shows and stays in the URL', async ({
  page,
}) => {
  await openGovernancePage(page);
  const publishers = publishersRegion(page);
  await publishers
    .getByRole('textbox', { name: 'Search publishers' })
    .fill('infoblox');
  await expect(publishers.getByText(/^1 of 6 shown/)).toBeVisible();
  await expect(
    publishers.getByRole('cell', { name: '111122223333' }),
  ).toBeVisible();
  await expect
    .poll(() => new URL(page.url()).searchParams.get('q') ?? '', {
      message: 'the URL keeps the search',
    })
    .toContain('infoblox');
  await page.reload();
  await expect(publishers.getByText(/^1 of 6 shown/)).toBeVisible();
  await page.goto('/ami-governance');
  await expect(publishers.getByText(/^6 of 6 shown/)).toBeVisible();
});

test('a pushed snapshot reaches the open page without a reload (signals)', async ({
  page,
}) => {
  // The page subscribes to the governance channel over the signals web socket once it is open.
  let subscribed = false;
  page.on('websocket', socket =>
    socket.on('framesent', frame => {
      if (String(frame.payload).includes('"subscribe"')) subscribed = true;
    }),
  );
  // The platform tab names the accounts (in the policy cards' lists).
  await openGovernancePage(page, '/ami-governance/platform');
  await expect(
    page.getByRole('region', { name: 'EC2 declarative policy' }),
  ).toBeVisible();
  await expect
    .poll(() => subscribed, { message: 'the page subscribes to signals' })
    .toBe(true);
  await page.waitForTimeout(500); // the backend registers the subscription
  await pushSnapshot(snapshot => {
    snapshot.accounts.find(
      (a: { name: string }) => a.name === 'orders-prod',
    ).name = 'orders-prod-renamed';
  });
  await expect(page.getByText(/orders-prod-renamed/).first()).toBeVisible({
    timeout: 15_000,
  });
});
