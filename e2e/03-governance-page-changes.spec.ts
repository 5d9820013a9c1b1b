// The AMI Governance page as it changes: a narrower window, a search in the URL, a pushed snapshot.
// Each test on a page of its own.
import { expect, test } from './support/test';
import {
  openGovernancePage,
  publishersRegion,
  pushSnapshot,
  waitForOrganizationStatus,
} from './support/portal';

test.beforeAll(waitForOrganizationStatus);

test('the publishers table fits 1440 px without horizontal scrolling', async ({
  page,
}) => {
  await openGovernancePage(page);
  const publishers = publishersRegion(page);
  await expect(
    publishers.getByRole('cell', { name: '123456738923' }),
  ).toBeVisible();
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.waitForTimeout(300); // the layout settles at the new width
  const overflow = await publishers
    .locator('table')
    .first()
    .evaluate(table => {
      const box = table.closest('[class*="MuiPaper"]') ?? table.parentElement!;
      return table.scrollWidth - box.clientWidth;
    });
  expect(
    overflow,
    `the table is ${overflow} px wider than its card`,
  ).toBeLessThanOrEqual(1);
});

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
  await openGovernancePage(page);
  await expect(publishersRegion(page).getByRole('table').first()).toBeVisible();
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
