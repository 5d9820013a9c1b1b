/**
 * bench/page: time from navigation to the publishers table being interactive, 1,000 publishers with
 * a 5,000-account status against 10 publishers with a 10-account one, in headless Chromium from
 * Debian. The production build of the app is served from a folder on :3000; the real backend on
 * :7007 signs the guest in; the four ami-governance endpoints are answered by Playwright (page.route)
 * with bodies computed by the domain core as the backend computes them (fixtures.ts), so both cases
 * differ only in data. Each sample is a client-side navigation to the page (as a sidebar click makes)
 * from another page, timed from its start to the first table rows and to a filter applied on them.
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

type Sample = {
  /** The four API answers all received (through page.route). */
  api: number;
  rendered: number;
  /** Summary, table and both policy cards on screen. */
  complete: number;
  interactive: number;
  filter: number;
  blocking: number;
  heapMb: number;
};

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
function sample(page: Page, total: number): Promise<Sample> {
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
    const start = performance.now();
    go('/ami-governance');
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
    return {
      api: api - start,
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

const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p90 = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[
    Math.min(xs.length - 1, Math.ceil(xs.length * 0.9) - 1)
  ];

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
    let current = 'small';
    await page.route('**/api/ami-governance/**', route => {
      const path = new URL(route.request().url()).pathname.replace(
        /^\/api\/ami-governance/,
        '',
      );
      const body = answers[current][path];
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
      for (const name of ['small', 'large']) {
        current = name;
        const total = JSON.parse(answers[name]['/publishers']).publishers
          .length;
        const result = await sample(page, total).catch(async e => {
          const shot = join(
            process.env.TMPDIR ?? tmpdir(),
            'bench-page-failure.png',
          );
          await page.screenshot({ path: shot });
          throw new Error(
            `${name}, round ${round}: ${e.message} (screenshot ${shot})`,
          );
        });
        if (round > 0) samples[name].push(result); // round 0 warms caches and the JIT
      }
    }
  } finally {
    await context.close();
    server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }

  const bytes = (name: string) =>
    Object.values(answers[name]).reduce((n, b) => n + b.length, 0);
  console.log(
    `# bench/page — ${now.toISOString()}, ${rounds} rounds per case (interleaved, after one warm-up round)\n`,
  );
  console.log(
    '| case | API JSON | API answered | first rows | table interactive | filter applied | page complete | blocking | JS heap |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  const labels = [
    ['small', '10 publishers, 10 accounts'],
    ['large', '1,000 publishers, 5,000 accounts'],
  ];
  for (const [name, label] of labels) {
    const s = samples[name];
    const ms = (k: keyof Sample) =>
      `${median(s.map(x => x[k])).toFixed(0)} ms (p90 ${p90(
        s.map(x => x[k]),
      ).toFixed(0)})`;
    console.log(
      `| ${label} | ${(bytes(name) / 1024).toFixed(0)} KB | ${ms('api')} | ${ms(
        'rendered',
      )} | ${ms('interactive')} | ${ms('filter')} | ${ms(
        'complete',
      )} | ${median(s.map(x => x.blocking)).toFixed(0)} ms | ${median(
        s.map(x => x.heapMb),
      ).toFixed(1)} MB |`,
    );
  }
  const ratio = (k: keyof Sample) =>
    (
      median(samples.large.map(x => x[k])) /
      median(samples.small.map(x => x[k]))
    ).toFixed(2);
  const r = (k: keyof Sample) => `${ratio(k)}×`;
  console.log(
    `\nRatios large / small (medians): API answered ${r('api')}, first rows ${r(
      'rendered',
    )}, table interactive ${r('interactive')}, filter ${r(
      'filter',
    )}, page complete ${r('complete')}`,
  );
}

main().catch(e => {
  console.error(e);
  process.exit(1);
});
