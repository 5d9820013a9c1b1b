/**
 * bench/page: time from navigation to the publishers table being interactive, 1,000 publishers with
 * a 5,000-account status against 10 publishers with a 10-account one, in headless Chromium from
 * Debian. The production build of the app is served from a folder on :3000; the real backend on
 * :7007 signs the guest in; the ami-governance endpoints are answered by Playwright (page.route)
 * with bodies computed by the domain core as the backend computes them (fixtures.ts), and workload
 * answers (/readiness, /usage, /public-images) sized like a collection of the organization
 * (workloadFixtures.ts), so both cases differ only in data. Each sample is a client-side navigation to the page (as a sidebar click makes)
 * from another page, timed from its start to the first table rows, to a filter applied on them and
 * to the readiness panel's headline; with the bytes of every API answer the sample read.
 * Cases are interleaved, one sample of each per round, after a warm-up round.
 *
 * Usage: measure.ts <app dist folder> [--rounds N]
 */
import {
  createReadStream,
  existsSync,
  mkdtempSync,
  rmSync,
  statSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, Page } from 'playwright-core';
import { apiAnswers, CASES } from './fixtures';
import { report, Sample } from './report';

const [dist] = process.argv.slice(2);
const roundsFlag = process.argv.indexOf('--rounds');
const rounds = roundsFlag > 0 ? Number(process.argv[roundsFlag + 1]) : 9;
const APP = 'http://localhost:3000';
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** A static server for the built app, index.html for every route (the app routes in the browser). */
function serveApp() {
  const server = createServer((req, res) => {
    const path = normalize(
      decodeURIComponent(new URL(req.url!, APP).pathname),
    ).replace(/^(\.\.[/\\])+/, '');
    let file = join(dist, path);
    if (!existsSync(file) || statSync(file).isDirectory())
      file = join(dist, 'index.html');
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise<typeof server>(resolve =>
    server.listen(3000, '127.0.0.1', () => resolve(server)),
  );
}

/** Keeps every long task (start, duration) for total blocking time. */
const INIT = `
  window.__longTasks = [];
  new PerformanceObserver(list => {
    for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
`;

/**
 * One sample, timed inside the page so no round trip to Playwright is counted: a client-side
 * navigation to the page (as a sidebar click makes), polled every frame until the first table rows
 * show, then the Status filter set to Expired at once, polled until the table shows the result.
 */
function sample(page: Page, total: number): Promise<Omit<Sample, 'apiBytes'>> {
  return page.evaluate(async n => {
    const frame = () => new Promise(r => requestAnimationFrame(r));
    const until = async (done: () => boolean) => {
      const t0 = performance.now();
      while (!done()) {
        if (performance.now() - t0 > 60_000) throw new Error('timed out');
        await frame();
      }
      return performance.now();
    };
    const go = (to: string) => {
      window.history.pushState({}, '', to);
      window.dispatchEvent(new PopStateEvent('popstate'));
    };
    const section = () =>
      document.querySelector('section[aria-label="Publishers"]');
    go('/settings'); // leave the page: its data and state go with it
    await until(() => !section());
    // The headline is a text node of the readiness panel; polled alongside the table.
    const headline = () =>
      document.evaluate(
        "//text()[starts-with(normalize-space(.), 'Switching to enabled today would block')]",
        document,
        null,
        XPathResult.FIRST_ORDERED_NODE_TYPE,
        null,
      ).singleNodeValue;
    const start = performance.now();
    go('/ami-governance');
    const readiness = until(() => !!headline());
    const rendered = await until(
      () => !!section()?.querySelector('tbody tr td code'),
    );
    const select = document.getElementById(
      'ami-governance-status-filter',
    ) as HTMLSelectElement;
    const before = performance.now();
    select.value = 'expired';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    const interactive = await until(() => {
      const text = section()?.textContent ?? '';
      return (
        text.includes(` of ${n} shown`) && !text.includes(`${n} of ${n} shown`)
      );
    });
    const complete = await until(
      () =>
        !!document.querySelector(
          'section[aria-label="Service control policy"]',
        ) &&
        !!document.querySelector(
          'section[aria-label="EC2 declarative policy"]',
        ) &&
        !!document.querySelector('[aria-label^="Allowlist: "]'),
    );
    const api = performance
      .getEntriesByType('resource')
      .filter(
        e => e.name.includes('/api/ami-governance/') && e.startTime >= start,
      )
      .reduce(
        (last, e) =>
          Math.max(last, (e as PerformanceResourceTiming).responseEnd),
        start,
      );
    const tasks = (window as any).__longTasks as [number, number][];
    const readinessAt = await readiness;
    return {
      api: api - start,
      readiness: readinessAt - start,
      headline: headline()?.textContent ?? '',
      rendered: rendered - start,
      complete: complete - start,
      interactive: interactive - start,
      filter: interactive - before,
      blocking: tasks
        .filter(([s]) => s >= start)
        .reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0),
      heapMb: ((performance as any).memory?.usedJSHeapSize ?? 0) / 1e6,
    };
  }, total);
}

async function main() {
  const now = new Date();
  const answers = Object.fromEntries(
    Object.entries(CASES).map(([name, sizes]) => [
      name,
      apiAnswers(sizes, now),
    ]),
  );
  const server = await serveApp();
  const userDataDir = mkdtempSync(
    join(process.env.TMPDIR ?? tmpdir(), 'bench-page-chromium-'),
  );
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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
      '--enable-precise-memory-info',
    ],
  });
  const samples: Record<string, Sample[]> = { small: [], large: [] };
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.addInitScript(INIT);
    let current: keyof typeof CASES = 'small';
    let served = 0;
    await page.route('**/api/ami-governance/**', route => {
      const url = new URL(route.request().url());
      const path = url.pathname.replace(/^\/api\/ami-governance/, '');
      const answer = answers[current][path];
      const body =
        typeof answer === 'function' ? answer(url.searchParams) : answer;
      served += body?.length ?? 0;
      return body
        ? route.fulfill({ status: 200, contentType: 'application/json', body })
        : route.fulfill({ status: 404, body: '{}' });
    });
    await page.goto(`${APP}/ami-governance`);
    await page.getByRole('button', { name: 'Enter' }).click(); // guest sign-in, once: every sample then navigates inside the app
    await page
      .getByRole('heading', { name: 'AMI Governance', level: 1 })
      .waitFor({ timeout: 60_000 });
    for (let round = 0; round <= rounds; round++) {
      for (const name of ['small', 'large'] as const) {
        current = name;
        // Every publisher of the config, the `N` of the table's "… of N shown".
        const all = answers[name]['/publishers'];
        const total: number =
          typeof all === 'function'
            ? JSON.parse(all(new URLSearchParams())).counts.all
            : 0;
        served = 0;
        const timed = await sample(page, total).catch(async e => {
          const shot = join(
            process.env.TMPDIR ?? tmpdir(),
            'bench-page-failure.png',
          );
          await page.screenshot({ path: shot });
          throw new Error(
            `${name}, round ${round}: ${e.message} (screenshot ${shot})`,
          );
        });
        const result = { ...timed, apiBytes: served };
        if (round === 0) console.error(`${name}: ${result.headline}`);
        if (round > 0) samples[name].push(result); // round 0 warms caches and the JIT
      }
    }
  } finally {
    await context.close();
    server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }

  report(now, rounds, samples);
}

main().catch(e => {
  console.error(e);
  process.exit(1);
});
