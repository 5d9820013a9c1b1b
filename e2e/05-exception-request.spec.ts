// Requests an exception as an app team would on make start's defaults: the form's messages as it is
// filled, the preview, sending it, and the request on the AMI Governance page. Each step needs the
// one before (serial: after a failure the rest are skipped), on one page.
import type { Page } from '@playwright/test';
import {
  branchHead,
  inDays,
  openSignedIn,
  screenshotPath,
  waitForOrganizationStatus,
} from './support/portal';
import { expect, test } from './support/test';

const TICKET = 'CLOUD-4242';
const ACCOUNT = '210987654321';
const BRANCH = `exception/${TICKET}-${ACCOUNT}`;

test.describe.configure({ mode: 'serial' });

let page: Page;
const accountId = () => page.getByRole('textbox', { name: /AWS account ID/ });

test.beforeAll(async ({ portal }) => {
  await waitForOrganizationStatus();
  page = await portal.newPage();
});

test.afterAll(async () => {
  if (!page) return;
  // The page where the request ended (its row on the AMI Governance page when all passed). The app
  // scrolls inside its layout, not the document: grow the window to the content first.
  const height = await page.evaluate(() =>
    Math.max(
      ...[...document.querySelectorAll('main, main *')].map(
        e => e.scrollHeight,
      ),
    ),
  );
  await page.setViewportSize({
    width: 1600,
    height: Math.min(Math.max(height, 1000), 8000),
  });
  await page.waitForTimeout(500);
  await page.screenshot({
    path: screenshotPath('ami-governance-page.png'),
    fullPage: true,
  });
  await page.close();
});

test('the exception form has its own heading and says what an account ID lacks as it is typed', async () => {
  await openSignedIn(
    page,
    '/create/templates/default/request-ami-exception',
    page.getByRole('heading', { name: 'Request an AMI exception', level: 1 }),
  );
  await accountId().fill('12345673892');
  await expect(
    page.getByText(
      'An AWS account ID has 12 digits; this has 11: is a leading zero missing?',
    ),
  ).toBeVisible();
});

test('the form says at once that the ops publisher needs no exception, and suggests accounts', async () => {
  await accountId().fill('123456738923');
  await expect(page.getByText('No exception needed.')).toBeVisible();
  await accountId().fill('payments');
  await page
    .getByRole('option', {
      name: /payments-prod \(Root \/ Workloads \/ Production\)/,
    })
    .click();
  await expect(page.getByText(`${ACCOUNT} has no exception yet`)).toBeVisible();
});

test('the expiry picker applies the cap as a date is picked', async () => {
  const expiry = page.getByLabel(/Expires on/);
  await expect(
    page.getByText(
      `A migration exception may run at most 90 days: until ${inDays(90)}.`,
    ),
  ).toBeVisible();
  await expiry.fill(inDays(200));
  await expect(page.getByText(/is 200 days from today/)).toBeVisible();
  await expiry.fill(inDays(30));
  await expect(page.getByText(/^30 days from today/)).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await page
    .getByRole('textbox', { name: /Reason/ })
    .fill(
      'Moving the payments fleet from its own image pipeline to golden AMIs',
    );
  await page.getByRole('textbox', { name: /Ticket/ }).fill(TICKET);
  await page.getByRole('button', { name: 'Next' }).click();
});

test('the preview shows the merge request before it is sent', async () => {
  const preview = page.getByRole('region', {
    name: 'Preview of the merge request',
  });
  await expect(
    preview.getByRole('heading', {
      name: `AMI exception: ${ACCOUNT} until ${inDays(30)} (${TICKET})`,
    }),
  ).toBeVisible();
  await expect(
    preview.getByText(
      /Needs the approval of the security lead and cloud architect/,
    ),
  ).toBeVisible();
  await expect(
    preview.getByRole('table', { name: 'Policy sizes' }),
  ).toBeVisible();
  await expect(preview.getByText(/added: 210987654321/)).toBeVisible();
  await page.screenshot({
    path: screenshotPath('exception-request-preview.png'),
    fullPage: true,
  });
  await page.getByRole('button', { name: 'Review' }).click();
  await page.getByRole('button', { name: 'Send the request' }).click();
});

test('sending the request commits it on a branch of the local governance repository', async () => {
  await expect(page.getByText(/is committed on branch/)).toBeVisible({
    timeout: 60_000,
  });
  expect(
    await branchHead(BRANCH),
    `${BRANCH} is in .example/governance-repo`,
  ).toBeTruthy();
});

test('the request appears on the AMI Governance page, linked from the output', async () => {
  await page
    .getByRole('link', { name: 'The request on the AMI Governance page' })
    .click();
  await page.waitForURL(/\/ami-governance\?request=/);
  const row = page.getByRole('row', { name: new RegExp(ACCOUNT) });
  await expect(
    row.getByText(`branch ${BRANCH} in the local repository`),
  ).toBeVisible();
  await expect(row.getByText('Open, awaiting review')).toBeVisible();
});
