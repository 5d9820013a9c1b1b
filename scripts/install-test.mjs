// Install test, run by `make test` (scripts/test.sh, stage install-test): proves every public package
// installs from its packed artifact, outside this repository, as its users install it.
//  1. builds and packs every public package (yarn pack, which runs backstage-cli prepack); with
//     `--prebuilt` (make test: its build stage built every package once, for this test and the browser
//     test) it packs what is built;
//  2. installs the backend plugin's, node's and common's tarballs with @backstage/backend-defaults into a
//     minimal backend in a temporary folder outside the repository, starts it on a free port and checks
//     that /api/ami-governance/health answers and /allowlist refuses an unauthenticated call;
//  3. installs the CLI's tarball with npm into a prefix and runs it under the machine's own Node;
//  4. checks that the frontend tarball carries its built entry points and type declarations.
// Results: test-results/install.json ({numPassedTests, numFailedTests, testResults}), counted by
// scripts/count-test-results.mjs. Logs: test-results/install-test.log. test-results/install-test.packed
// says packing is over (the package.json files are as committed again).
import { execFileSync, spawn } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createChecks } from './lib/checks.mjs';
import {
  backendFromTarballs,
  dropDatabases,
  waitForHealth,
} from './lib/installedBackend.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The packages are built already (scripts/test.sh's build stage): pack them as they are. */
const PREBUILT = process.argv.includes('--prebuilt');
const results = join(root, 'test-results');
const logFile = join(results, 'install-test.log');
/** Written once packing is over, whether it worked or not. */
const PACKED_MARKER = join(results, 'install-test.packed');
const started = Date.now();
const log = message => {
  const line = `install-test [${((Date.now() - started) / 1000).toFixed(
    1,
  )} s]: ${message}`;
  console.log(line);
  appendFileSync(logFile, `${line}\n`);
};
const { checks, check, finish } = createChecks(log);

const PUBLIC_PACKAGES = {
  frontend: 'plugins/ami-governance',
  backend: 'plugins/ami-governance-backend',
  common: 'plugins/ami-governance-common',
  node: 'plugins/ami-governance-node',
  scaffolder: 'plugins/scaffolder-backend-module-ami-governance',
  catalog: 'plugins/catalog-backend-module-ami-governance',
  cli: 'packages/ami-governance-cli',
};

// Outside the repository on purpose: nothing may resolve through the monorepo's node_modules. The
// toolchain points TMPDIR into the repository, so the system's temporary folder is named here.
const work = mkdtempSync(
  join(process.env.INSTALL_TEST_DIR ?? '/tmp', 'ami-governance-install-'),
);
mkdirSync(results, { recursive: true });
writeFileSync(logFile, '');

function run(command, args, options = {}) {
  log(`$ ${command} ${args.join(' ')}`);
  const out = execFileSync(command, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
    ...options,
  });
  appendFileSync(logFile, out);
  return out;
}

const tarballs = {};
function pack() {
  const packs = join(work, 'packs');
  mkdirSync(packs);
  if (!PREBUILT) run('yarn', ['backstage-cli', 'repo', 'build'], { cwd: root });
  for (const [key, dir] of Object.entries(PUBLIC_PACKAGES)) {
    run('yarn', ['pack', '--out', join(packs, `${key}.tgz`)], {
      cwd: join(root, dir),
    });
    tarballs[key] = join(packs, `${key}.tgz`);
  }
}

/** The Node the machine came with (not the toolchain's Node 22), for the CLI: its users run Node 20+. */
function machineNode() {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir.startsWith(join(root, '.tools'))) continue;
    if (existsSync(join(dir, 'node'))) return join(dir, 'node');
  }
  return process.execPath;
}

async function main() {
  await check(
    'every public package packs (build, prepack, yarn pack)',
    async () => {
      pack();
    },
  );
  // Packing rewrites each package.json for a moment (backstage-cli prepack); from here on the
  // workspace is left alone, and make test starts the browser test (scripts/test.sh).
  writeFileSync(PACKED_MARKER, `${checks[0].status}\n`);
  if (checks[0].status === 'failed') return;

  await check(
    'the backend plugin installs from its tarball into a new backend and serves /health',
    async () => {
      const { dir, port, token, prefix } = await backendFromTarballs({
        root,
        work,
        tarballs,
        run,
      });
      const child = spawn(
        process.execPath,
        ['index.js', '--config', 'app-config.yaml'],
        {
          cwd: dir,
          stdio: ['ignore', 'pipe', 'pipe'],
          env: { ...process.env, NODE_ENV: 'production' },
        },
      );
      const exited = new Promise(r => child.once('exit', r));
      child.stdout.on('data', d => appendFileSync(logFile, d));
      child.stderr.on('data', d => appendFileSync(logFile, d));
      try {
        const base = `http://127.0.0.1:${port}/api/ami-governance`;
        const health = await (
          await waitForHealth(`${base}/health`, child)
        ).json();
        if (health.status !== 'ok')
          throw new Error(`/health says ${JSON.stringify(health)}`);
        await check(
          'the installed backend refuses an unauthenticated /allowlist with 401',
          async () => {
            const res = await fetch(`${base}/allowlist`);
            if (res.status !== 401)
              throw new Error(`/allowlist answered ${res.status}`);
          },
        );
        await check(
          "the installed backend checks a pushed snapshot in its built worker: stores the example, refuses a NUL with the field's path",
          async () => {
            const push = body =>
              fetch(`${base}/snapshots`, {
                method: 'POST',
                headers: {
                  authorization: `Bearer ${token}`,
                  'content-type': 'application/json',
                },
                body: JSON.stringify(body),
              });
            const example = JSON.parse(
              readFileSync(join(root, 'examples/org-snapshot.json'), 'utf8'),
            );
            // Collected now, whatever the date: the backend refuses collection times in its future.
            const now = new Date().toISOString();
            example.collectedAt = now;
            for (const report of example.workloads?.accounts ?? [])
              report.collectedAt = now;
            const stored = await push(example);
            if (stored.status !== 201)
              throw new Error(
                `the example snapshot got ${
                  stored.status
                }: ${await stored.text()}`,
              );
            example.accounts[0].name = 'nul\u0000';
            const refused = await push(example);
            const message = (await refused.json()).error?.message ?? '';
            if (
              refused.status !== 400 ||
              !message.startsWith(
                'accounts[0].name holds the control character',
              )
            )
              throw new Error(
                `a NUL in accounts[0].name got ${refused.status}: ${message}`,
              );
          },
        );
      } finally {
        child.kill('SIGTERM');
        await new Promise(r => child.once('exit', r));
        if (prefix) dropDatabases(prefix);
      }
    },
  );

  const node = machineNode();
  const cliPrefix = join(work, 'cli');
  const cli = args =>
    execFileSync(node, [join(cliPrefix, 'bin', 'ami-governance'), ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  await check(
    `the CLI installs from its tarball with npm and prints its version (${execFileSync(
      node,
      ['-v'],
      { encoding: 'utf8' },
    ).trim()})`,
    async () => {
      // The machine's npm and Node, as in a bare CI image.
      const path = [
        dirname(node),
        ...(process.env.PATH ?? '').split(delimiter),
      ].join(delimiter);
      run(
        'npm',
        [
          'install',
          '-g',
          '--prefix',
          cliPrefix,
          '--no-audit',
          '--no-fund',
          '--prefer-offline',
          '--loglevel=error',
          tarballs.cli,
          tarballs.common,
          tarballs.node,
        ],
        { env: { ...process.env, PATH: path, npm_config_nodedir: '' } },
      );
      const version = cli(['--version']).trim();
      const expected = JSON.parse(
        readFileSync(join(root, PUBLIC_PACKAGES.cli, 'package.json'), 'utf8'),
      ).version;
      if (version !== expected)
        throw new Error(`--version printed ${version}, not ${expected}`);
    },
  );
  await check(
    'the installed CLI validates and generates the example config',
    async () => {
      const config = join(
        root,
        'examples/governance-repo/config/ami_publishers.json',
      );
      // The example's tracked dates hold on this day (make start re-dates a copy instead).
      const today = '2026-11-23';
      let validation = '';
      try {
        validation = cli(['validate', '--config', config, '--today', today]);
      } catch (e) {
        // The example keeps one expired exception on purpose: exit 1, with its findings.
        if (e.status !== 1) throw e;
        validation = e.stdout;
      }
      if (!validation.includes(`Allowlist as of ${today}`))
        throw new Error(`validate printed: ${validation}`);
      const out = join(work, 'dist');
      cli(['generate', '--config', config, '--out', out, '--today', today]);
      const files = readdirSync(out).sort().join(', ');
      if (files !== 'declarative-policy-ec2.json, scp-ami-guardrail.json')
        throw new Error(`generate wrote ${files}`);
    },
  );

  await check(
    'the frontend tarball carries its built entry points and type declarations',
    async () => {
      const listing = run('tar', ['-tzf', tarballs.frontend]).split('\n');
      for (const file of [
        'dist/index.esm.js',
        'dist/index.d.ts',
        'dist/alpha.esm.js',
        'dist/alpha.d.ts',
      ]) {
        if (!listing.includes(`package/${file}`))
          throw new Error(`${file} is missing`);
      }
      const manifest = JSON.parse(
        run('tar', ['-xzOf', tarballs.frontend, 'package/package.json']),
      );
      if (
        manifest.exports?.['.']?.import !== './dist/index.esm.js' ||
        manifest.exports?.['./alpha']?.types !== './dist/alpha.d.ts'
      )
        throw new Error(
          `exports point elsewhere: ${JSON.stringify(manifest.exports)}`,
        );
      if (JSON.stringify(manifest).includes('workspace:'))
        throw new Error('a workspace: range was left in package.json');
    },
  );
}

// Six checks; those a broken run never reached count as failed.
const EXPECTED = Array.from({ length: 6 }, (_, i) => `check ${i + 1}`);
try {
  await main();
} catch (e) {
  log(`error: ${e?.message ?? e}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
finish(join(results, 'install.json'), EXPECTED);
