import { validateConfig } from '@ami-governance/backstage-plugin-ami-governance-common';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import yaml from 'yaml';
import {
  CONFIG_PATH,
  CONFIG_TEXT,
  DECLARATIVE_PATH,
  SCP_PATH,
  TODAY,
} from '../__testUtils__/governanceRepo';
import { requestToPlan } from '../__testUtils__/requests';
import { planExceptionChange } from './planChange';

// A request's merge request goes through the shipped CI's validate job even when another team's
// exception has lapsed in the config: the change removes it. The job's script runs here as written in
// examples/governance-repo/.gitlab-ci.yml, with bash and git on real repositories and the real CLI
// (its TypeScript sources); only `--today` is pinned, and /tmp/ is this test's own folder.

const ROOT = resolve(__dirname, '../../../..');
const CLI = join(ROOT, 'packages/ami-governance-cli/bin/ami-governance');
const CI_FILE = join(ROOT, 'examples/governance-repo/.gitlab-ci.yml');

const BRANCH = 'exception/CLOUD-1400-999900001111';

/** The ml-team's exception, lapsed on 2026-11-01: not the requester's, and not theirs to remove. */
const LAPSED_CONFIG = CONFIG_TEXT.replace(
  '"expires_on": "2026-12-20"',
  '"expires_on": "2026-11-01"',
).replace('"approval_date": "2026-10-25"', '"approval_date": "2026-09-15"');

/** dist/ as the target branch holds it: generated before the exception lapsed. */
function distAsOf(configText: string, today: string): Record<string, string> {
  const generation = validateConfig(configText, { today }).generation;
  if (!generation?.ok) throw new Error('fixture does not generate');
  return {
    [DECLARATIVE_PATH]: generation.declarativePolicy.pretty,
    [SCP_PATH]: generation.scp.pretty,
  };
}

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Example',
  GIT_AUTHOR_EMAIL: 'example@example.com',
  GIT_AUTHOR_DATE: '2026-11-22T12:00:00Z',
  GIT_COMMITTER_NAME: 'Example',
  GIT_COMMITTER_EMAIL: 'example@example.com',
  GIT_COMMITTER_DATE: '2026-11-22T12:00:00Z',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

function git(cwd: string, ...args: string[]) {
  return execFileSync('git', args, {
    cwd,
    env: { ...process.env, ...GIT_ENV },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function writeFiles(dir: string, files: Record<string, string>) {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

/** The governance project on GitLab: `main` holding the config and dist/. */
function originRepo(tmp: string, files: Record<string, string>): string {
  const origin = join(tmp, 'origin');
  mkdirSync(origin);
  git(origin, 'init', '--quiet', '--initial-branch=main');
  writeFiles(origin, files);
  git(origin, 'add', '.');
  git(origin, 'commit', '--quiet', '-m', 'Governance repository');
  return origin;
}

/** The runner's checkout of a merge request's source branch, with `origin` the project. */
function checkoutWithChange(
  tmp: string,
  origin: string,
  files: { path: string; content: string }[],
): string {
  const checkout = join(tmp, 'checkout');
  git(tmp, 'clone', '--quiet', `file://${origin}`, checkout);
  git(checkout, 'checkout', '--quiet', '-b', BRANCH);
  writeFiles(checkout, Object.fromEntries(files.map(f => [f.path, f.content])));
  git(checkout, 'add', '.');
  git(checkout, 'commit', '--quiet', '-m', 'The request');
  return checkout;
}

/** The shipped validate job, run in `checkout`: its variables, its script lines, in bash -e. */
function runValidateJob(tmp: string, checkout: string) {
  const ci = yaml.parse(readFileSync(CI_FILE, 'utf8'), { logLevel: 'silent' });
  const script: string[] = ci.validate.script;
  // `$AMI_GOVERNANCE <command> …` with the date pinned, as `npx …ami-governance-cli` would run it.
  const cli = join(tmp, 'ami-governance');
  writeFileSync(
    cli,
    `#!/bin/sh\ncommand="$1"; shift\nexec "${process.execPath}" "${CLI}" "$command" --today ${TODAY} "$@"\n`,
  );
  chmodSync(cli, 0o755);
  const scratch = join(tmp, 'scratch');
  mkdirSync(scratch, { recursive: true });
  const result = spawnSync(
    'bash',
    ['-e', '-c', script.join('\n').replaceAll('/tmp/', `${scratch}/`)],
    {
      cwd: checkout,
      encoding: 'utf8',
      timeout: 120_000,
      env: {
        ...process.env,
        ...GIT_ENV,
        ...ci.variables,
        AMI_GOVERNANCE: cli,
        CI_PIPELINE_SOURCE: 'merge_request_event',
        CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
        FORCE_COLOR: '0',
        NO_COLOR: '1',
      },
    },
  );
  return { status: result.status, output: result.stdout + result.stderr };
}

const folders: string[] = [];
const tempFolder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ami-governance-ci-'));
  folders.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

describe('a request’s merge request in the shipped CI, another team’s exception lapsed', () => {
  jest.setTimeout(180_000);

  it('the validate job passes on the files planExceptionChange writes', () => {
    const tmp = tempFolder();
    const origin = originRepo(tmp, {
      [CONFIG_PATH]: LAPSED_CONFIG,
      ...distAsOf(LAPSED_CONFIG, '2026-10-31'),
    });

    const change = planExceptionChange(LAPSED_CONFIG, requestToPlan(), TODAY, {
      configPath: CONFIG_PATH,
    });
    if (!change.ok) throw new Error(JSON.stringify(change.findings));
    expect(change.lapsedRemoved.map(e => e.account_id)).toEqual([
      '222233334444',
    ]);
    expect(change.description).toContain(
      '## Housekeeping: removed lapsed exceptions',
    );
    expect(change.description).toContain(
      '| `222233334444` | 2026-11-01 | CLOUD-1301 | ml-team |',
    );
    expect(change.message).toContain(
      'Housekeeping: removed lapsed exceptions 222233334444 (expired 2026-11-01).',
    );

    const checkout = checkoutWithChange(tmp, origin, change.files);
    const job = runValidateJob(tmp, checkout);
    expect(job.output).toContain('Valid: ');
    expect(job.output).not.toMatch(/\berror\b/i);
    expect(job.status).toBe(0);
  });

  it('fails on the target branch as it is (the reason for the housekeeping)', () => {
    const tmp = tempFolder();
    const origin = originRepo(tmp, {
      [CONFIG_PATH]: LAPSED_CONFIG,
      ...distAsOf(LAPSED_CONFIG, '2026-10-31'),
    });
    // A change that leaves the config alone: the job judges what the target branch already holds.
    const checkout = checkoutWithChange(tmp, origin, [
      { path: 'README.md', content: 'unrelated\n' },
    ]);
    const job = runValidateJob(tmp, checkout);
    expect(job.output).toMatch(/exception-expired|expired/);
    expect(job.status).toBe(1);
  });
});
