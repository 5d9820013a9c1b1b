import type { Config } from '@backstage/config';
import git from 'isomorphic-git';
import fs from 'node:fs';
import { join, resolve } from 'node:path';
import type {
  ExceptionRequestRecord,
  MergeRequestState,
} from './ExceptionRequestStore';

// Without GitLab (`amiGovernance.exceptionRequests.localRepository`, as `make start` runs), the
// scaffolder action commits each request on an `exception/…` branch of a git repository on the
// backend's disk and there is no merge request to ask about: the state is read from the repository
// itself, with isomorphic-git (no git binary needed, as the action writes it).

/** The local governance repository the scaffolder module writes to, from the same app-config keys. */
export interface LocalGovernanceRepository {
  /** Absolute path of the work tree or bare repository. */
  path: string;
  /** Default: the branch checked out (HEAD), as the action does. */
  targetBranch?: string;
  configPath: string;
}

/** `amiGovernance.exceptionRequests.localRepository` and its target branch and config path, if set. */
export function readLocalGovernanceRepository(
  config: Config,
): LocalGovernanceRepository | undefined {
  const section = config.getOptionalConfig('amiGovernance.exceptionRequests');
  const path = section?.getOptionalString('localRepository');
  if (!path) return undefined;
  return {
    path: resolve(path),
    targetBranch: section?.getOptionalString('targetBranch'),
    configPath:
      section?.getOptionalString('configPath') ?? 'config/ami_publishers.json',
  };
}

const isNotFound = (e: unknown) =>
  (e as { code?: string })?.code === 'NotFoundError';

async function resolveRef(gitdir: string, ref: string) {
  try {
    return await git.resolveRef({ fs, gitdir, ref });
  } catch (e) {
    if (isNotFound(e)) return undefined;
    throw e;
  }
}

/** Whether the config at `commit` holds the request's exception: its account, expiry and ticket. */
async function configHolds(
  gitdir: string,
  commit: string,
  configPath: string,
  request: Pick<ExceptionRequestRecord, 'accountId' | 'expiresOn' | 'ticket'>,
): Promise<boolean> {
  try {
    const { blob } = await git.readBlob({
      fs,
      gitdir,
      oid: commit,
      filepath: configPath,
    });
    const config = JSON.parse(Buffer.from(blob).toString('utf8'));
    const exceptions: Record<string, unknown>[] = Array.isArray(
      config?.exception_accounts,
    )
      ? config.exception_accounts
      : [];
    return exceptions.some(
      e =>
        e.account_id === request.accountId &&
        e.expires_on === request.expiresOn &&
        e.ticket === request.ticket,
    );
  } catch (e) {
    // No config there, or not JSON: it holds nothing (the page keeps the request open).
    if (isNotFound(e) || e instanceof SyntaxError) return false;
    throw e;
  }
}

/**
 * The state of a request committed on `request.branchName` of the local repository: `merged` once
 * the branch's commit is on the target branch (a merge or fast-forward) or the target branch's config
 * holds its exception (a squash, a cherry-pick, or the branch deleted after merging); `closed` when
 * the branch was deleted without that; `opened` while it waits.
 */
export async function localBranchState(
  repository: LocalGovernanceRepository,
  request: Pick<
    ExceptionRequestRecord,
    'branchName' | 'accountId' | 'expiresOn' | 'ticket'
  >,
): Promise<MergeRequestState> {
  const dotGit = join(repository.path, '.git');
  const gitdir = fs.existsSync(dotGit) ? dotGit : repository.path;
  const targetBranch =
    repository.targetBranch ??
    (await git.currentBranch({ fs, gitdir })) ??
    'main';
  const target = await resolveRef(gitdir, `refs/heads/${targetBranch}`);
  if (!target) {
    throw new Error(
      `target branch ${targetBranch} does not exist in ${repository.path}`,
    );
  }
  const branch = await resolveRef(gitdir, `refs/heads/${request.branchName}`);
  const reached =
    branch !== undefined &&
    (branch === target ||
      (await git.isDescendent({
        fs,
        gitdir,
        oid: target,
        ancestor: branch,
        depth: -1,
      })));
  if (
    reached ||
    (await configHolds(gitdir, target, repository.configPath, request))
  ) {
    return 'merged';
  }
  return branch === undefined ? 'closed' : 'opened';
}
