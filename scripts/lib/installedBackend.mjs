// The minimal Backstage backend the install test builds from the packed tarballs, outside the
// repository, and what it needs around it: a free port, PostgreSQL when it answers, cleanup.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const freePort = () =>
  new Promise(resolve => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

export function postgresReady(root) {
  try {
    execFileSync(join(root, 'scripts/postgres-ready.sh'), { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * The user's backend: createBackend() with the plugin from its tarball, on a small config, installed
 * with npm into `work`/backend. `run` runs a command and logs it.
 */
export async function backendFromTarballs({ root, work, tarballs, run }) {
  const dir = join(work, 'backend');
  mkdirSync(dir);
  const usePostgres = postgresReady(root);
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({
      name: 'install-test-backend',
      version: '0.0.0',
      private: true,
      dependencies: {
        '@backstage/backend-defaults': '^0.18.0',
        '@ami-governance/backstage-plugin-ami-governance-backend': `file:${tarballs.backend}`,
        '@ami-governance/backstage-plugin-ami-governance-common': `file:${tarballs.common}`,
        '@ami-governance/backstage-plugin-ami-governance-node': `file:${tarballs.node}`,
      },
    }),
  );
  writeFileSync(
    join(dir, 'index.js'),
    [
      "const { createBackend } = require('@backstage/backend-defaults');",
      'const backend = createBackend();',
      "backend.add(import('@ami-governance/backstage-plugin-ami-governance-backend'));",
      'backend.start();',
      '',
    ].join('\n'),
  );
  copyFileSync(
    join(root, 'examples/governance-repo/config/ami_publishers.json'),
    join(dir, 'ami_publishers.json'),
  );
  const port = await freePort();
  const prefix = `amigov_install_${process.pid}_`;
  // A collector's service token, so the test can push a snapshot through the installed plugin.
  const token = `install-test-${process.pid}-0123456789`;
  writeFileSync(
    join(dir, 'app-config.yaml'),
    [
      'backend:',
      `  baseUrl: http://127.0.0.1:${port}`,
      `  listen: { port: ${port}, host: 127.0.0.1 }`,
      usePostgres
        ? `  database: { client: pg, prefix: ${prefix}, connection: { host: 127.0.0.1, port: 5432, user: postgres } }`
        : '  database: { client: better-sqlite3, connection: ":memory:" }',
      `  auth: { externalAccess: [{ type: static, options: { token: ${token}, subject: install-test } }] }`,
      'amiGovernance:',
      '  config: { location: ami_publishers.json }',
      '',
    ].join('\n'),
  );
  // With PostgreSQL the native SQLite driver is never loaded, so its compile step is skipped.
  run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--loglevel=error',
      ...(usePostgres ? ['--ignore-scripts'] : []),
    ],
    { cwd: dir },
  );
  return { dir, port, token, prefix: usePostgres ? prefix : undefined };
}

export async function waitForHealth(url, child, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the backend exited with ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return res;
    } catch {
      // not up yet
    }
    await new Promise(r => setTimeout(r, 500));
  }
  throw new Error(`no answer from ${url} within ${timeoutMs / 1000} s`);
}

/** Drops the databases the backend created under `prefix` (PostgreSQL). */
export function dropDatabases(prefix) {
  const list = execFileSync(
    'psql',
    [
      '-h',
      '127.0.0.1',
      '-U',
      'postgres',
      '-Atc',
      `SELECT datname FROM pg_database WHERE datname LIKE '${prefix}%'`,
    ],
    { encoding: 'utf8' },
  );
  for (const name of list.split('\n').filter(Boolean)) {
    execFileSync('psql', [
      '-h',
      '127.0.0.1',
      '-U',
      'postgres',
      '-qc',
      `DROP DATABASE "${name}"`,
    ]);
  }
}
