import { ConfigReader } from '@backstage/config';
import git from 'isomorphic-git';
import fs, { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { actionHarness, BRANCH, JANE } from '../__testUtils__/actionHarness';
import {
  CONFIG_PATH,
  CONFIG_TEXT,
  DECLARATIVE_PATH,
  NOW,
  policiesFor,
  SCP_PATH,
} from '../__testUtils__/governanceRepo';
import { fileAt, localGovernanceRepo } from '../__testUtils__/localRepo';

const h = actionHarness();

/** app-config of `make start`: a local repository, and a GitLab entry without a token (unused). */
const localConfig = (localRepository: string) =>
  new ConfigReader({
    integrations: { gitlab: [{ host: 'gitlab.com' }] },
    amiGovernance: {
      exceptionRequests: {
        repoUrl: 'gitlab.com?owner=example-org&repo=aws-governance',
        localRepository,
        targetBranch: 'main',
        configPath: CONFIG_PATH,
      },
    },
  });

describe('ami-governance:exception:request on a local governance repository', () => {
  it('commits the change on a new branch, leaves main and the work tree alone, and records it', async () => {
    const { dir, head } = await localGovernanceRepo();
    const { outputs } = await h.run({}, { config: localConfig(dir) });

    const branchHead = await git.resolveRef({ fs, dir, ref: BRANCH });
    const { commit } = await git.readCommit({ fs, dir, oid: branchHead });
    expect(commit.parent).toEqual([head]);
    expect(commit.message).toMatch(
      /^Add AMI exception for 999900001111 until 2027-01-31 \(CLOUD-1400\)\n/,
    );
    expect(commit.committer.timestamp).toBe(NOW.getTime() / 1000);

    const configText = (await fileAt(dir, BRANCH, CONFIG_PATH))!;
    expect(JSON.parse(configText).exception_accounts[2]).toMatchObject({
      account_id: '999900001111',
      requested_by: JANE,
    });
    const policies = policiesFor(configText);
    expect(await fileAt(dir, BRANCH, DECLARATIVE_PATH)).toBe(
      policies.declarative,
    );
    expect(await fileAt(dir, BRANCH, SCP_PATH)).toBe(policies.scp);

    // The target branch and the checked-out files are untouched.
    expect(await git.resolveRef({ fs, dir, ref: 'main' })).toBe(head);
    expect(readFileSync(join(dir, CONFIG_PATH), 'utf8')).toBe(CONFIG_TEXT);
    expect(await git.currentBranch({ fs, dir })).toBe('main');

    const url = `${pathToFileURL(dir).href}#${BRANCH}`;
    expect(h.recorded.map(r => r.body)).toEqual([
      {
        accountId: '999900001111',
        ticket: 'CLOUD-1400',
        exceptionType: 'migration',
        expiresOn: '2027-01-31',
        requestedBy: JANE,
        mergeRequestUrl: url,
        projectId: dir,
        host: 'local',
        branchName: BRANCH,
        state: 'opened',
      },
    ]);
    expect(outputs).toEqual({
      branchName: BRANCH,
      expiresOn: '2027-01-31',
      allowlistSize: 6,
      nextSteps: `The migration exception for account \`999900001111\` until 2027-01-31 is committed on branch \`${BRANCH}\` of the local governance repository \`${dir}\` (this portal has no GitLab). Review it and merge it there (\`git merge ${BRANCH}\`); once merged and deployed, the allowlist holds 6 providers. The AMI Governance page lists the request as open.`,
    });
  });

  it('returns the same branch when the same request runs again, and refuses a different one', async () => {
    const { dir } = await localGovernanceRepo();
    await h.run({}, { config: localConfig(dir) });
    const first = await git.resolveRef({ fs, dir, ref: BRANCH });
    await h.run({}, { config: localConfig(dir) });
    expect(await git.resolveRef({ fs, dir, ref: BRANCH })).toBe(first);
    expect(h.logged('info')).toContainEqual(
      expect.stringContaining(
        `Branch ${BRANCH} of the local governance repository`,
      ),
    );

    await expect(
      h.run({ expiresOn: '2027-01-15' }, { config: localConfig(dir) }),
    ).rejects.toThrow(
      new RegExp(
        `Branch ${BRANCH} already exists in the local governance repository .* for another change`,
      ),
    );
    expect(await git.resolveRef({ fs, dir, ref: BRANCH })).toBe(first);

    // The same ticket, account and date with another reason is another request.
    await expect(
      h.run(
        { reason: 'Another reason, just as long as needed' },
        { config: localConfig(dir) },
      ),
    ).rejects.toThrow(
      `its exception for 999900001111 differs from this one (dates, type, reason or notes)`,
    );
  });

  it('answers two submissions of one request racing with one branch, both successfully', async () => {
    const { dir } = await localGovernanceRepo();
    const runs = await Promise.allSettled([
      h.run({}, { config: localConfig(dir) }),
      h.run({}, { config: localConfig(dir) }),
    ]);
    expect(runs.map(r => r.status)).toEqual(['fulfilled', 'fulfilled']);
    expect(await fileAt(dir, BRANCH, CONFIG_PATH)).toContain('999900001111');
  });

  it('refuses the loser of two different requests racing for one branch as a conflict', async () => {
    const { dir } = await localGovernanceRepo();
    const runs = await Promise.allSettled([
      h.run({}, { config: localConfig(dir) }),
      h.run(
        { reason: 'Another reason, just as long as needed' },
        { config: localConfig(dir) },
      ),
    ]);
    const failed = runs.filter(
      (r): r is PromiseRejectedResult => r.status === 'rejected',
    );
    expect(failed).toHaveLength(1);
    expect(failed[0].reason.name).toBe('ConflictError');
  });

  it('refuses by the rules of the core before writing anything', async () => {
    const { dir } = await localGovernanceRepo();
    await expect(
      h.run({ accountId: '123456738923' }, { config: localConfig(dir) }),
    ).rejects.toThrow(/is already the ops golden AMI publisher/);
    expect(await git.listBranches({ fs, dir })).toEqual(['main']);
  });

  it('writes nothing on a dry run', async () => {
    const { dir } = await localGovernanceRepo();
    const { outputs } = await h.run(
      {},
      { config: localConfig(dir), isDryRun: true },
    );
    expect(outputs.mergeRequestUrl).toBeUndefined();
    expect(outputs.nextSteps).toMatch(/^Dry run:/);
    expect(await git.listBranches({ fs, dir })).toEqual(['main']);
    expect(h.recorded).toEqual([]);
  });

  it('tells the requester in one sentence when the folder is not a repository', async () => {
    const { dir } = await localGovernanceRepo();
    fs.rmSync(join(dir, '.git'), { recursive: true });
    await expect(h.run({}, { config: localConfig(dir) })).rejects.toThrow(
      /^Your exception request was not sent because the portal's connection to the governance repository is not set up correctly/,
    );
    expect(h.logged('error')).toEqual([
      expect.stringContaining(`localRepository ${dir} is not a git repository`),
    ]);
  });
});
