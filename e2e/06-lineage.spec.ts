// The AMI view and the provenance panel (issue 24) over the example organization: the ops
// publisher's golden chain across two regions, and the community Ubuntu AMI the allowlisted InfoBlox
// AMI descends from, whose scope of impact reaches the InfoBlox workloads.
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import {
  openPlatformTab,
  openSignedIn,
  screenshotPath,
  waitForOrganizationStatus,
} from './support/portal';

test.beforeAll(waitForOrganizationStatus);

const GOLDEN_COPY = 'ami-0a1b2c3d4e5f61101';
const GOLDEN_BASE = 'ami-0a1b2c3d4e5f60001';
const COMMUNITY_ROOT = 'ami-0c0ffee1234567890';
const WIDTHS = [1440, 1024];

// The page scrolls inside Backstage's content pane, so a full-page shot would only hold the
// viewport: the AMI view is shot in a window tall enough for it, a panel as its own card.
const shoot = async (page: Page, name: string, width: number) => {
  await page.setViewportSize({ width, height: 2200 });
  await page.screenshot({ path: screenshotPath(`${name}-${width}.png`) });
};

const shootCard = async (page: Page, title: string, name: string) => {
  const card = page
    .getByText(title, { exact: true })
    .locator('xpath=ancestor::div[contains(@class, "MuiCard-root")][1]');
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 1000 });
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: screenshotPath(`${name}-${width}.png`) });
  }
};

test('the AMI view draws the golden chain from its root in eu-central-2 to the copy in us-east-1', async ({
  page,
}) => {
  await openSignedIn(
    page,
    `/ami-governance/images/${GOLDEN_COPY}`,
    page.getByRole('list', { name: 'Lineage from the root' }),
  );
  const picture = page.getByRole('list', { name: 'Lineage from the root' });
  const nodes = picture.getByRole('listitem');
  await expect(nodes.first()).toHaveAttribute('aria-label', GOLDEN_BASE);
  await expect(
    picture.getByRole('listitem', { name: GOLDEN_COPY }),
  ).toContainText('us-east-1');
  await expect(
    picture.getByRole('listitem', { name: GOLDEN_BASE }),
  ).toContainText('eu-central-2');
  await expect(page.getByText(/^Provenance: /)).toBeVisible();
  // Beside provenance: the owner's allowlist standing and the config's criteria verdict.
  await expect(page.getByText(/^Allowed AMIs criteria in Git: /)).toBeVisible();
  await expect(
    page.getByText(/^Source: The lineage graph/).first(),
  ).toBeVisible();
  // The root's node leads to the root's own view.
  await picture.getByRole('link', { name: GOLDEN_BASE }).click();
  await expect(page).toHaveURL(
    new RegExp(`/ami-governance/images/${GOLDEN_BASE}$`),
  );
  await expect(
    page.getByRole('heading', { name: GOLDEN_BASE, level: 1 }),
  ).toBeVisible();
  await page.goto(`/ami-governance/images/${GOLDEN_COPY}`);
  await expect(picture).toBeVisible();
  for (const width of WIDTHS)
    await shoot(page, 'ami-governance-image-golden', width);
});

test("the community root's scope of impact reaches the allowlisted vendor image's workloads", async ({
  page,
}) => {
  await openSignedIn(
    page,
    `/ami-governance/images/${COMMUNITY_ROOT}`,
    page.getByText(/\(this one and those derived from it\)/),
  );
  const headline = page.getByText(/\(this one and those derived from it\)/);
  await expect(headline).toContainText(
    /[1-9]\d* accounts? and [1-9]\d* regions?/,
  );
  await expect(page.getByText('Provenance: Foreign')).toBeVisible();
  // The workloads of the scope, each on an AMI that links to its own view.
  const workload = page
    .getByRole('row', { name: /\((instance|launch template)\)/ })
    .first();
  await expect(workload.getByRole('link', { name: /^ami-/ })).toHaveAttribute(
    'href',
    /\/ami-governance\/images\/ami-/,
  );
  for (const width of WIDTHS)
    await shoot(page, 'ami-governance-image-scope', width);
});

test('the provenance panel shows the shares and keeps the foreign ones a click away', async ({
  page,
}) => {
  await openPlatformTab(page);
  const panel = page.getByText('Where do running images come from?');
  await panel.scrollIntoViewIfNeeded();
  const foreign = page.getByRole('button', { name: /^Foreign: / });
  await expect(foreign).toBeVisible();
  await foreign.click();
  await expect(page.getByText('Accounts running foreign images')).toBeVisible();
  await expect(foreign).toHaveAttribute('aria-pressed', 'true');
  // An account opens to the AMIs it runs, each a link to its lineage.
  await page
    .getByText('Where do running images come from?', { exact: true })
    .locator('xpath=ancestor::div[contains(@class, "MuiCard-root")][1]')
    .getByRole('row', { name: /\d{12}/ })
    .first()
    .click();
  const images = page.getByRole('list', { name: /^AMIs used in \d{12}$/ });
  await expect(images.getByRole('link').first()).toHaveAttribute(
    'href',
    /\/ami-governance\/images\/ami-/,
  );
  await shootCard(
    page,
    'Where do running images come from?',
    'ami-governance-provenance',
  );
});
