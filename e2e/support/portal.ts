import fs, { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { BACKEND, RESULTS, ROOT, SERVICE_TOKEN_ENV } from './urls';

/** A screenshot's path under test-results/, under the name the docs give it. */
export const screenshotPath = (name: string) => join(RESULTS, name);

/** YYYY-MM-DD, `days` from today (UTC). */
export const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Waits until the backend answers and serves an organization status, which it reads shortly after
 * starting (the webServer readiness check only waits for its health endpoint).
 */
export async function waitForOrganizationStatus() {
  await expect
    .poll(
      async () =>
        (
          await fetch(`${BACKEND}/api/ami-governance/health`).catch(() => null)
        )?.ok,
      { message: 'the backend answers', timeout: 120_000, intervals: [1000] },
    )
    .toBe(true);
  const auth = await fetch(`${BACKEND}/api/auth/guest/refresh`, {
    method: 'POST',
    headers: { 'x-requested-with': 'XMLHttpRequest' },
  });
  expect(auth.ok, 'the guest sign-in answers').toBe(true);
  const token = (await auth.json()).backstageIdentity.token;
  await expect
    .poll(
      async () => {
        const res = await fetch(`${BACKEND}/api/ami-governance/status`, {
          headers: { Authorization: `Bearer ${token}` },
        });
        return res.ok && (await res.json()).available === true;
      },
      {
        message: 'the organization status is available',
        timeout: 120_000,
        intervals: [1000],
      },
    )
    .toBe(true);
}

/** Opens `path` and signs in as guest when asked (a fresh browser context is asked), then waits for `ready`. */
export async function openSignedIn(page: Page, path: string, ready: Locator) {
  await page.goto(path);
  const enter = page.getByRole('button', { name: 'Enter' });
  await expect(enter.or(ready).first()).toBeVisible();
  if (await enter.isVisible()) await enter.click();
  await expect(ready).toBeVisible();
}

/** The AMI Governance page, signed in. */
export async function openGovernancePage(page: Page, path = '/ami-governance') {
  await openSignedIn(
    page,
    path,
    page.getByRole('heading', { name: 'AMI Governance', level: 1 }),
  );
}

/** The page's tab for the platform team (policies, readiness, public AMIs), signed in. */
export async function openPlatformTab(page: Page) {
  await openSignedIn(
    page,
    '/ami-governance/platform',
    page.getByText('Does AWS enforce what Git says?'),
  );
}

/** How a table of the page sits in its card: its overflow and its tallest cell, in line heights. */
export type TableFit = {
  /** The table's caption: its card's title, or the section's label. */
  table: string;
  /** How many px the table is wider than its card (0 or less: it fits). */
  overflow: number;
  /** The tallest body cell (padding included), in line heights of body text. */
  tallestCellLines: number;
  tallestCellText: string;
};

/** Every table on the page with rows, measured as laid out at the current viewport width. */
export async function measureTables(page: Page): Promise<TableFit[]> {
  return page.locator('main table').evaluateAll(tables =>
    tables
      // material-table nests a table for its footer; the data tables have a header row.
      .filter(table => table.querySelector('thead th'))
      .map(table => {
        const card =
          table.closest('[class*="MuiPaper-root"]') ?? table.parentElement!;
        const caption =
          table.closest('section[aria-label]')?.getAttribute('aria-label') ??
          card.querySelector('h1,h2,h3,h4,h5,h6')?.textContent ??
          'a table';
        let tallest = { lines: 0, text: '' };
        for (const cell of Array.from(
          table.querySelectorAll(':scope > tbody > tr > td'),
        )) {
          // A row's detail panel spans the table: it is not a cell of the grid.
          if ((cell as HTMLTableCellElement).colSpan > 1) continue;
          // A line of body text: the theme's 1.43 of the font size (Backstage's cells set 1).
          const style = getComputedStyle(cell);
          const lineHeight = Math.max(
            parseFloat(style.lineHeight) || 0,
            parseFloat(style.fontSize) * 1.43,
          );
          const lines = cell.getBoundingClientRect().height / lineHeight;
          if (lines > tallest.lines) {
            tallest = {
              lines,
              text: (cell.textContent ?? '').slice(0, 80),
            };
          }
        }
        return {
          table: caption,
          overflow: table.scrollWidth - card.clientWidth,
          tallestCellLines: Math.round(tallest.lines * 10) / 10,
          tallestCellText: tallest.text,
        };
      }),
  );
}

/** The card listing the publishers of the page. */
export const publishersRegion = (page: Page) =>
  page.getByRole('region', { name: 'Publishers' });

/** Pushes the example's organization snapshot, changed by `change`, as a collector would. */
export async function pushSnapshot(change: (snapshot: any) => void) {
  const snapshot = JSON.parse(
    readFileSync(join(ROOT, '.example/org-snapshot.json'), 'utf8'),
  );
  snapshot.collectedAt = new Date().toISOString();
  change(snapshot);
  const token = process.env[SERVICE_TOKEN_ENV];
  expect(
    token,
    `${SERVICE_TOKEN_ENV} is set by playwright.config.ts`,
  ).toBeTruthy();
  const pushed = await fetch(`${BACKEND}/api/ami-governance/snapshots`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify(snapshot),
  });
  expect(pushed.status, 'POST /snapshots answers 201').toBe(201);
}

/** The head of `branch` in make start's governance repository (.example/governance-repo), or undefined. */
export async function branchHead(branch: string): Promise<string | undefined> {
  // isomorphic-git as the scaffolder module that writes to this repository resolves it.
  const git = createRequire(
    join(ROOT, 'plugins/scaffolder-backend-module-ami-governance/package.json'),
  )('isomorphic-git');
  try {
    return await git.resolveRef({
      fs,
      dir: join(ROOT, '.example/governance-repo'),
      ref: branch,
    });
  } catch {
    return undefined;
  }
}
