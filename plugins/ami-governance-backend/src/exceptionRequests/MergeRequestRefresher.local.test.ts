import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fixedClock } from '../__testUtils__/fixtures';
import { AmiGovernanceDatabase } from '../database/AmiGovernanceDatabase';
import { MergeRequestRefresher } from './MergeRequestRefresher';

// The demo's set-up (`make start`): requests are committed on exception/… branches of a git repository
// on the backend's disk, and someone merges them there with git. Real repositories in temp folders,
// changed with the git command line as a person would; real databases.

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

const CONFIG_PATH = 'config/ami_publishers.json';

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Platform engineer',
  GIT_AUTHOR_EMAIL: 'platform@example.com',
  GIT_AUTHOR_DATE: '2026-11-23T12:00:00Z',
  GIT_COMMITTER_NAME: 'Platform engineer',
  GIT_COMMITTER_EMAIL: 'platform@example.com',
  GIT_COMMITTER_DATE: '2026-11-23T12:00:00Z',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

const git = (dir: string, ...args: string[]) =>
  execFileSync('git', args, {
    cwd: dir,
    env: { ...process.env, ...GIT_ENV },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

const configWith = (exceptions: object[]) =>
  `${JSON.stringify(
    {
      ops_publisher_account: { account_id: '123456738923' },
      exception_accounts: exceptions,
    },
    null,
    2,
  )}\n`;

const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** A work tree on `main` holding the config, committed once. */
function governanceRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ami-governance-local-'));
  folders.push(dir);
  git(dir, 'init', '--quiet', '--initial-branch=main');
  mkdirSync(join(dir, 'config'));
  writeFileSync(join(dir, CONFIG_PATH), configWith([]));
  git(dir, 'add', '.');
  git(dir, 'commit', '--quiet', '-m', 'Governance repository');
  return dir;
}

/** What the scaffolder action leaves: a branch from main adding the request's exception. */
function requestBranch(dir: string, ticket: string, accountId: string) {
  const branchName = `exception/${ticket}-${accountId}`;
  git(dir, 'checkout', '--quiet', '-b', branchName, 'main');
  writeFileSync(
    join(dir, CONFIG_PATH),
    configWith([{ account_id: accountId, expires_on: '2027-01-31', ticket }]),
  );
  git(dir, 'commit', '--quiet', '-am', `Add AMI exception for ${accountId}`);
  git(dir, 'checkout', '--quiet', 'main');
  return {
    accountId,
    ticket,
    exceptionType: 'migration' as const,
    expiresOn: '2027-01-31',
    requestedBy: 'user:default/alice',
    // As the scaffolder module records it: the branch as a file: URL, no merge request number.
    mergeRequestUrl: `${pathToFileURL(dir).href}#${branchName}`,
    projectId: dir,
    host: 'local',
    branchName,
    state: 'opened' as const,
  };
}

const localConfig = (dir: string) =>
  new ConfigReader({
    amiGovernance: {
      exceptionRequests: {
        localRepository: dir,
        targetBranch: 'main',
        configPath: CONFIG_PATH,
      },
    },
  });

describe.each(databases.eachSupportedId())(
  'MergeRequestRefresher on a local governance repository (%p)',
  databaseId => {
    async function storeWith(...records: ReturnType<typeof requestBranch>[]) {
      const knex = await databases.init(databaseId);
      const { exceptionRequests: store } = await AmiGovernanceDatabase.forTests(
        knex,
        { clock: fixedClock() },
      );
      for (const r of records) await store.record(r);
      return store;
    }
    const stateByTicket = async (
      store: Awaited<ReturnType<typeof storeWith>>,
    ) =>
      Object.fromEntries(
        (await store.list()).map(r => [r.ticket, r.state] as const),
      );

    it('shows a merged branch as merged, a deleted one as closed, and leaves a waiting one open', async () => {
      const dir = governanceRepo();
      const merged = requestBranch(dir, 'CLOUD-1', '111100001111');
      const waiting = requestBranch(dir, 'CLOUD-2', '222200002222');
      const dropped = requestBranch(dir, 'CLOUD-3', '333300003333');
      const store = await storeWith(merged, waiting, dropped);

      git(dir, 'merge', '--quiet', '--no-ff', '-m', 'Merge', merged.branchName);
      git(dir, 'branch', '-D', dropped.branchName);

      const told: [string, string][] = [];
      const refresher = new MergeRequestRefresher(
        localConfig(dir),
        store,
        mockServices.logger.mock(),
        async (request, state) => {
          told.push([request.ticket, state]);
        },
      );
      expect(await refresher.refresh()).toBe(true);
      expect(await stateByTicket(store)).toEqual({
        'CLOUD-1': 'merged',
        'CLOUD-2': 'opened',
        'CLOUD-3': 'closed',
      });
      expect(told.sort()).toEqual([
        ['CLOUD-1', 'merged'],
        ['CLOUD-3', 'closed'],
      ]);
      // Nothing changed since: nothing to tell.
      expect(await refresher.refresh()).toBe(false);
    });

    it('shows as merged a branch fast-forwarded, or squashed and deleted, by what main holds', async () => {
      const dir = governanceRepo();
      const fastForward = requestBranch(dir, 'CLOUD-4', '444400004444');
      const store = await storeWith(fastForward);
      git(dir, 'merge', '--quiet', '--ff-only', fastForward.branchName);
      const refresher = new MergeRequestRefresher(
        localConfig(dir),
        store,
        mockServices.logger.mock(),
      );
      await refresher.refresh();
      expect(await stateByTicket(store)).toEqual({ 'CLOUD-4': 'merged' });

      const squashed = requestBranch(dir, 'CLOUD-5', '555500005555');
      await store.record(squashed);
      git(dir, 'merge', '--quiet', '--squash', squashed.branchName);
      git(dir, 'commit', '--quiet', '-m', 'Squashed');
      git(dir, 'branch', '-D', squashed.branchName);
      await refresher.refresh();
      expect((await stateByTicket(store))['CLOUD-5']).toBe('merged');
    });

    it('reads only the configured repository: a record naming another path is left alone', async () => {
      const configured = governanceRepo();
      const other = governanceRepo();
      const elsewhere = requestBranch(other, 'CLOUD-6', '666600006666');
      git(
        other,
        'merge',
        '--quiet',
        '--no-ff',
        '-m',
        'Merge',
        elsewhere.branchName,
      );
      const store = await storeWith(elsewhere);
      const refresher = new MergeRequestRefresher(
        localConfig(configured),
        store,
        mockServices.logger.mock(),
      );
      expect(await refresher.refresh()).toBe(false);
      expect(await stateByTicket(store)).toEqual({ 'CLOUD-6': 'opened' });
    });

    it('keeps the last state and says why when the repository cannot be read', async () => {
      const dir = governanceRepo();
      const request = requestBranch(dir, 'CLOUD-7', '777700007777');
      const store = await storeWith(request);
      git(dir, 'branch', '-m', 'main', 'trunk');
      const logger = mockServices.logger.mock();
      await new MergeRequestRefresher(
        localConfig(dir),
        store,
        logger,
      ).refresh();
      expect(await stateByTicket(store)).toEqual({ 'CLOUD-7': 'opened' });
      expect(logger.warn).toHaveBeenCalledWith(
        `Cannot refresh ${request.mergeRequestUrl}: Error: target branch main does not exist in ${dir}`,
      );
    });
  },
);
