// Browser test of the AMI Governance page, run by `make test` (scripts/test.sh, stage browser-test).
// Starts the backend and the app on their embedded defaults (app-config.yaml: backend :7007, app
// :3000), opens /ami-governance in headless Chromium from Debian through playwright-core, checks
// what a user must see, requests an exception through the form end to end (fill, preview, send: the
// request is committed to the local governance repository of make start and listed on the page),
// saves screenshots, and ALWAYS stops the servers it started.
// Results: test-results/browser.json ({numPassedTests, numFailedTests, numPendingTests, testResults}),
// counted by scripts/count-test-results.mjs; server logs in test-results/browser-servers.log.
import { execFileSync, spawn } from 'node:child_process';
import {
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import fs, { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { createChecks } from './lib/checks.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const results = join(root, 'test-results');
const APP = 'http://localhost:3000';
const BACKEND = 'http://localhost:7007';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const STARTUP_TIMEOUT_MS = 240_000;
// A service token for this run only, to push a snapshot as a collector would.
const SERVICE_TOKEN = randomBytes(24).toString('hex');
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const log = message => console.log(`browser-test [${elapsed()}]: ${message}`);

mkdirSync(results, { recursive: true });
const serverLog = createWriteStream(join(results, 'browser-servers.log'));
const servers = [];

/** Each in its own process group, so stopping it stops its children (rspack, workers) too. */
function startServer(name, command, args, cwd) {
  const child = spawn(command, args, {
    cwd,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    // The guest sign-in of app-config.yaml only works in development, as under `yarn start`.
    env: { ...process.env, NODE_ENV: 'development', BROWSER: 'none' },
  });
  child.stdout.on('data', d => serverLog.write(`[${name}] ${d}`));
  child.stderr.on('data', d => serverLog.write(`[${name}] ${d}`));
  const exited = new Promise(resolve => child.on('exit', resolve));
  servers.push({ name, child, exited });
  return child;
}

async function stopServers() {
  for (const { name, child, exited } of servers) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      continue; // already gone
    }
    const done = await Promise.race([
      exited.then(() => true),
      new Promise(r => setTimeout(() => r(false), 10_000)),
    ]);
    if (!done) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    log(`stopped ${name}`);
  }
  servers.length = 0;
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => stopServers().finally(() => process.exit(130)));
}

const portInUse = port =>
  new Promise(resolve => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

async function waitFor(what, probe, timeoutMs = STARTUP_TIMEOUT_MS) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const { name, child } of servers) {
      if (child.exitCode !== null)
        throw new Error(
          `${name} exited with ${child.exitCode} (see test-results/browser-servers.log)`,
        );
    }
    try {
      if (await probe()) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise(r => setTimeout(r, 1000));
  }
}

/** Waits until the backend serves an organization status, which it reads shortly after starting. */
async function waitForBackend() {
  await waitFor(
    'the backend',
    async () => (await fetch(`${BACKEND}/api/ami-governance/health`)).ok,
  );
  const auth = await fetch(`${BACKEND}/api/auth/guest/refresh`, {
    method: 'POST',
    headers: { 'x-requested-with': 'XMLHttpRequest' },
  });
  const token = (await auth.json()).backstageIdentity.token;
  await waitFor('the organization status', async () => {
    const res = await fetch(`${BACKEND}/api/ami-governance/status`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    return res.ok && (await res.json()).available === true;
  });
}

const { checks, check, finish } = createChecks(log);

const TITLES = [
  'servers start on their embedded defaults',
  'the page opens after guest sign-in',
  'the publishers table lists the example publishers',
  'a live countdown is shown',
  'the EC2 declarative policy card is shown',
  'the service control policy card is shown',
  'Request an exception links to the scaffolder template',
  'the publishers table fits 1440 px without horizontal scrolling',
  'a search filters the table, counts what it shows and stays in the URL',
  'a pushed snapshot reaches the open page without a reload (signals)',
  'the exception form has its own heading and says what an account ID lacks as it is typed',
  'the form says at once that the ops publisher needs no exception, and suggests accounts',
  'the expiry picker applies the cap as a date is picked',
  'the preview shows the merge request before it is sent',
  'sending the request commits it on a branch of the local governance repository',
  'the request appears on the AMI Governance page, linked from the output',
  'a deep link to the explainer answers "can I launch this?" layer by layer',
];

/** The explainer as a policy's exception_message would link to it: an outside publisher's AMI. */
async function explainALaunch(page) {
  await check(TITLES[16], async () => {
    await page.goto(
      `${APP}/ami-governance/explain?accountId=310987654321&imageId=ami-0c0ffee1234567890&region=us-east-1`,
    );
    await page
      .getByText(
        'No: account 310987654321 may not launch AMIs from 999988887777.',
      )
      .first()
      .waitFor();
    await page.getByText(/ec2:Owner/).first().waitFor();
    await page.screenshot({
      path: join(results, 'ami-governance-explain.png'),
      fullPage: true,
    });
    log('screenshot: test-results/ami-governance-explain.png');
  });
}

/** YYYY-MM-DD, `days` from today (UTC). */
const inDays = days =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The head of `branch` in make start's governance repository, or undefined. */
async function branchHead(branch) {
  const git = createRequire(
    join(root, 'plugins/scaffolder-backend-module-ami-governance/package.json'),
  )('isomorphic-git');
  try {
    return await git.resolveRef({
      fs,
      dir: join(root, '.example/governance-repo'),
      ref: branch,
    });
  } catch {
    return undefined;
  }
}

/**
 * Requests an exception as an app team would: the form's messages as it is filled, the preview,
 * sending it, and the request on the AMI Governance page.
 */
async function requestAnException(page) {
  const TICKET = 'CLOUD-4242';
  const ACCOUNT = '210987654321';
  const BRANCH = `exception/${TICKET}-${ACCOUNT}`;
  const account = page.getByRole('textbox', { name: /AWS account ID/ });
  // Each step needs the one before: after a failure the rest are reported as not run.
  const failed = () => checks[checks.length - 1].status === 'failed';
  await check(TITLES[10], async () => {
    await page.goto(`${APP}/create/templates/default/request-ami-exception`);
    await page
      .getByRole('heading', { name: 'Request an AMI exception', level: 1 })
      .waitFor();
    await account.fill('12345673892');
    await page
      .getByText(
        'An AWS account ID has 12 digits; this has 11: is a leading zero missing?',
      )
      .waitFor();
  });
  if (failed()) return;
  await check(TITLES[11], async () => {
    await account.fill('123456738923');
    await page.getByText('No exception needed.').waitFor();
    await account.fill('payments');
    await page
      .getByRole('option', {
        name: /payments-prod \(Root \/ Workloads \/ Production\)/,
      })
      .click();
    await page.getByText(`${ACCOUNT} has no exception yet`).waitFor();
  });
  if (failed()) return;
  await check(TITLES[12], async () => {
    const expiry = page.getByLabel(/Expires on/);
    await page
      .getByText(
        `A migration exception may run at most 90 days: until ${inDays(90)}.`,
      )
      .waitFor();
    await expiry.fill(inDays(200));
    await page.getByText(/is 200 days from today/).waitFor();
    await expiry.fill(inDays(30));
    await page.getByText(/^30 days from today/).waitFor();
    await page.getByRole('button', { name: 'Next' }).click();
    await page
      .getByRole('textbox', { name: /Reason/ })
      .fill(
        'Moving the payments fleet from its own image pipeline to golden AMIs',
      );
    await page.getByRole('textbox', { name: /Ticket/ }).fill(TICKET);
    await page.getByRole('button', { name: 'Next' }).click();
  });
  if (failed()) return;
  await check(TITLES[13], async () => {
    const preview = page.getByRole('region', {
      name: 'Preview of the merge request',
    });
    await preview
      .getByRole('heading', {
        name: `AMI exception: ${ACCOUNT} until ${inDays(30)} (${TICKET})`,
      })
      .waitFor();
    await preview
      .getByText(/Needs the approval of the security lead and cloud architect/)
      .waitFor();
    await preview.getByRole('table', { name: 'Policy sizes' }).waitFor();
    await preview.getByText(/added: 210987654321/).waitFor();
    await page.screenshot({
      path: join(results, 'exception-request-preview.png'),
      fullPage: true,
    });
    await page.getByRole('button', { name: 'Review' }).click();
    await page.getByRole('button', { name: 'Send the request' }).click();
  });
  if (failed()) return;
  await check(TITLES[14], async () => {
    await page.getByText(/is committed on branch/).waitFor({ timeout: 60_000 });
    if (!(await branchHead(BRANCH)))
      throw new Error(`${BRANCH} is not in .example/governance-repo`);
  });
  if (failed()) return;
  await check(TITLES[15], async () => {
    await page
      .getByRole('link', { name: 'The request on the AMI Governance page' })
      .click();
    await page.waitForURL(/\/ami-governance\?request=/);
    const row = page.getByRole('row', { name: new RegExp(ACCOUNT) });
    await row.getByText(`branch ${BRANCH} in the local repository`).waitFor();
    await row.getByText('Open, awaiting review').waitFor();
  });
}

/** A config file giving this run's collector token the right to push snapshots, and nothing else. */
function serviceTokenConfig() {
  const path = join(results, 'browser-test-app-config.yaml');
  writeFileSync(
    path,
    [
      'backend:',
      '  auth:',
      '    externalAccess:',
      '      - type: static',
      `        options: { token: ${SERVICE_TOKEN}, subject: browser-test-collector }`,
      '        accessRestrictions:',
      '          - { plugin: ami-governance, permission: ami-governance.snapshot.create }',
      '',
    ].join('\n'),
  );
  return path;
}

async function main() {
  if ((await portInUse(3000)) || (await portInUse(7007))) {
    throw new Error(
      'port 3000 or 7007 is already in use: stop the running portal (make start) first',
    );
  }
  // The example dated as of today, as make start serves it.
  execFileSync(process.execPath, [join(root, 'scripts/prepare-example.mjs')], {
    stdio: 'inherit',
  });
  log('starting backend :7007 and app :3000');
  startServer(
    'backend',
    process.execPath,
    [
      '--require',
      '@backstage/cli-node/config/nodeTransform.cjs',
      'src/index.ts',
      '--config',
      '../../app-config.yaml',
      '--config',
      '../../.example/app-config.yaml',
      '--config',
      serviceTokenConfig(),
    ],
    join(root, 'packages/backend'),
  );
  startServer('app', 'yarn', ['workspace', 'app', 'start'], root);
  await check(TITLES[0], async () => {
    await Promise.all([
      waitForBackend(),
      waitFor('the app', async () => (await fetch(APP)).ok),
    ]);
  });
  if (checks[0].status === 'failed') return;

  const userDataDir = mkdtempSync(
    join(process.env.TMPDIR ?? tmpdir(), 'browser-test-chromium-'),
  );
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1600, height: 1000 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(60_000);
    await check(TITLES[1], async () => {
      await page.goto(`${APP}/ami-governance`);
      const enter = page.getByRole('button', { name: 'Enter' });
      const heading = page.getByRole('heading', {
        name: 'AMI Governance',
        level: 1,
      });
      await enter.or(heading).first().waitFor();
      if (await enter.isVisible()) await enter.click(); // guest sign-in on a fresh profile
      await heading.waitFor();
    });
    const publishers = page.getByRole('region', { name: 'Publishers' });
    await check(TITLES[2], async () => {
      for (const account of ['123456738923', '111122223333', '777788889999']) {
        await publishers.getByRole('cell', { name: account }).waitFor();
      }
    });
    await check(TITLES[3], async () => {
      await publishers
        .getByText(
          /^(\d+ days? left|expires today|expired yesterday|expired \d+ days ago)$/,
        )
        .first()
        .waitFor();
    });
    await check(TITLES[4], () =>
      page
        .getByRole('region', { name: 'EC2 declarative policy' })
        .getByText('Coverage')
        .waitFor(),
    );
    await check(TITLES[5], () =>
      page
        .getByRole('region', { name: 'Service control policy' })
        .getByText('Coverage')
        .waitFor(),
    );
    await check(TITLES[6], async () => {
      const href = await page
        .locator('a', { hasText: 'Request an exception' })
        .getAttribute('href');
      if (href !== '/create/templates/default/request-ami-exception')
        throw new Error(`href is ${href}`);
    });
    await check(TITLES[7], async () => {
      await page.setViewportSize({ width: 1440, height: 1000 });
      await page.waitForTimeout(300);
      const overflow = await publishers
        .locator('table')
        .first()
        .evaluate(table => {
          const box =
            table.closest('[class*="MuiPaper"]') ?? table.parentElement;
          return table.scrollWidth - box.clientWidth;
        });
      if (overflow > 1)
        throw new Error(`the table is ${overflow} px wider than its card`);
    });
    await check(TITLES[8], async () => {
      await publishers
        .getByRole('textbox', { name: 'Search publishers' })
        .fill('infoblox');
      await publishers.getByText(/^1 of 6 shown/).waitFor();
      await publishers.getByRole('cell', { name: '111122223333' }).waitFor();
      if (!new URL(page.url()).searchParams.get('q')?.includes('infoblox'))
        throw new Error(`the URL does not keep the search: ${page.url()}`);
      await page.reload();
      await publishers.getByText(/^1 of 6 shown/).waitFor();
      await page.goto(`${APP}/ami-governance`);
      await publishers.getByText(/^6 of 6 shown/).waitFor();
      await page.setViewportSize({ width: 1600, height: 1000 });
    });
    await check(TITLES[9], async () => {
      const snapshot = JSON.parse(
        readFileSync(join(root, '.example/org-snapshot.json'), 'utf8'),
      );
      snapshot.collectedAt = new Date().toISOString();
      snapshot.accounts.find(a => a.name === 'orders-prod').name =
        'orders-prod-renamed';
      const pushed = await fetch(`${BACKEND}/api/ami-governance/snapshots`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${SERVICE_TOKEN}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify(snapshot),
      });
      if (pushed.status !== 201)
        throw new Error(`POST /snapshots answered ${pushed.status}`);
      await page
        .getByText(/orders-prod-renamed/)
        .first()
        .waitFor({ timeout: 15_000 });
    });
    await explainALaunch(page);
    await requestAnException(page);
    // The app scrolls inside its layout, not the document: grow the window to the content first.
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
      path: join(results, 'ami-governance-page.png'),
      fullPage: true,
    });
    log('screenshot: test-results/ami-governance-page.png');
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (e) {
  log(`error: ${e?.message ?? e}`);
  if (checks.length === 0)
    checks.push({
      title: TITLES[0],
      status: 'failed',
      error: String(e?.message ?? e),
    });
} finally {
  await stopServers();
  serverLog.end();
}
finish(join(results, 'browser.json'), TITLES);
