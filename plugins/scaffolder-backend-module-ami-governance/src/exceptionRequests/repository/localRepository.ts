import { LoggerService } from '@backstage/backend-plugin-api';
import { ConflictError } from '@backstage/errors';
import git, { TreeEntry } from 'isomorphic-git';
import fs from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SetUpError } from '../notSent';
import { holdsThisRequest } from './sameRequest';
import {
  FileChange,
  GovernanceRepository,
  OpenedChange,
  ProposedChange,
} from './GovernanceRepository';

/** The host recorded for requests committed to a local repository. */
const LOCAL_HOST = 'local';

const SIGNATURE = {
  name: 'Backstage AMI governance',
  email: 'ami-governance@backstage.invalid',
};

const isNotFound = (e: unknown) =>
  (e as { code?: string })?.code === 'NotFoundError';

/**
 * A git repository on the backend's disk (a work tree or a bare repository), read and written with
 * isomorphic-git: the change becomes one commit on a new branch, written as objects and a ref only,
 * so the checked-out files and the target branch are never touched.
 */
export class LocalGovernanceRepository implements GovernanceRepository {
  readonly label: string;
  private readonly path: string;
  private readonly gitdir: string;

  constructor(
    path: string,
    private readonly options: { logger: LoggerService; now: () => Date },
  ) {
    this.path = resolve(path);
    const dotGit = join(this.path, '.git');
    this.gitdir = fs.existsSync(dotGit) ? dotGit : this.path;
    this.label = `the local governance repository ${this.path}`;
  }

  private async resolveRef(ref: string): Promise<string | undefined> {
    try {
      return await git.resolveRef({ fs, gitdir: this.gitdir, ref });
    } catch (e) {
      if (isNotFound(e)) return undefined;
      throw e;
    }
  }

  async base(targetBranch?: string) {
    if (!fs.existsSync(join(this.gitdir, 'HEAD'))) {
      throw new SetUpError(
        `amiGovernance.exceptionRequests.localRepository ${this.path} is not a git repository.`,
      );
    }
    const branch =
      targetBranch ??
      (await git.currentBranch({ fs, gitdir: this.gitdir })) ??
      'main';
    const sha = await this.resolveRef(`refs/heads/${branch}`);
    if (!sha) {
      throw new SetUpError(
        `Target branch ${branch} does not exist in ${this.label}; check amiGovernance.exceptionRequests.targetBranch.`,
      );
    }
    return { branch, sha };
  }

  async readFile(path: string, sha: string): Promise<string | undefined> {
    try {
      const { blob } = await git.readBlob({
        fs,
        gitdir: this.gitdir,
        oid: sha,
        filepath: path,
      });
      return Buffer.from(blob).toString('utf8');
    } catch (e) {
      if (isNotFound(e)) return undefined;
      throw e;
    }
  }

  dryRunUrl() {
    return undefined;
  }

  async propose(change: ProposedChange): Promise<OpenedChange> {
    const { branchName } = change;
    const ref = `refs/heads/${branchName}`;
    const opened: OpenedChange = {
      url: `${pathToFileURL(this.path).href}#${branchName}`,
      host: LOCAL_HOST,
      projectId: this.path,
    };
    const existing = await this.resolveRef(ref);
    if (existing) return this.alreadyThere(existing, change, opened);
    const base = await git.readCommit({
      fs,
      gitdir: this.gitdir,
      oid: change.baseSha,
    });
    const tree = await this.writeTree(base.commit.tree, change.files);
    const signature = {
      ...SIGNATURE,
      timestamp: Math.floor(this.options.now().getTime() / 1000),
      timezoneOffset: 0,
    };
    const oid = await git.writeCommit({
      fs,
      gitdir: this.gitdir,
      commit: {
        message: `${change.message}\n`,
        tree,
        parent: [change.baseSha],
        author: signature,
        committer: signature,
      },
    });
    // A branch another submission created meanwhile is never overwritten: the loser finds it there.
    if (!(await this.createRef(ref, oid))) {
      const raced = await this.resolveRef(ref);
      if (!raced)
        throw new Error(`${ref} could not be created in ${this.label}`);
      return this.alreadyThere(raced, change, opened);
    }
    this.options.logger.info(
      `Committed ${change.files
        .map(f => f.path)
        .join(', ')} on branch ${branchName} of ${this.label}, from ${
        change.targetBranch
      }. Review and merge it there, e.g. git merge ${branchName}.`,
    );
    return opened;
  }

  /**
   * Creates a branch ref only when it does not exist yet, atomically (an exclusive create of the loose
   * ref file, as git's own ref lock): of two submissions racing, exactly one creates it. isomorphic-git's
   * writeRef checks, then writes, so both could pass the check and the second would overwrite the first.
   */
  private async createRef(ref: string, oid: string): Promise<boolean> {
    const file = join(this.gitdir, ref);
    await fs.promises.mkdir(dirname(file), { recursive: true });
    try {
      await fs.promises.writeFile(file, `${oid}\n`, { flag: 'wx' });
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw e;
    }
  }

  /**
   * The branch exists (from an earlier submission, or one racing this one): the same request, decided
   * by the config it holds, is answered with it; another request is a conflict.
   */
  private async alreadyThere(
    head: string,
    change: ProposedChange,
    opened: OpenedChange,
  ): Promise<OpenedChange> {
    const { branchName } = change;
    const onBranch = await this.readFile(change.files[0].path, head);
    if (!holdsThisRequest(onBranch, change)) {
      throw new ConflictError(
        `Branch ${branchName} already exists in ${this.label} for another change: its exception for ${change.accountId} differs from this one (dates, type, reason or notes). Delete it (git branch -D ${branchName}) or use another ticket.`,
      );
    }
    this.options.logger.info(
      `Branch ${branchName} of ${this.label} already holds this request.`,
    );
    return opened;
  }

  /** The tree `treeOid` with `files` written in, nested folders included. */
  private async writeTree(
    treeOid: string | undefined,
    files: FileChange[],
  ): Promise<string> {
    const entries: TreeEntry[] = treeOid
      ? (await git.readTree({ fs, gitdir: this.gitdir, oid: treeOid })).tree
      : [];
    const byName = new Map(entries.map(e => [e.path, e]));
    const folders = new Map<string, FileChange[]>();
    for (const file of files) {
      const [name, ...rest] = file.path.split('/');
      if (rest.length) {
        folders.set(name, [
          ...(folders.get(name) ?? []),
          { path: rest.join('/'), content: file.content },
        ]);
        continue;
      }
      const oid = await git.writeBlob({
        fs,
        gitdir: this.gitdir,
        blob: Buffer.from(file.content, 'utf8'),
      });
      const mode = byName.get(name)?.mode ?? '100644';
      byName.set(name, { mode, path: name, oid, type: 'blob' });
    }
    for (const [name, inside] of folders) {
      const existing = byName.get(name);
      const oid = await this.writeTree(
        existing?.type === 'tree' ? existing.oid : undefined,
        inside,
      );
      byName.set(name, { mode: '040000', path: name, oid, type: 'tree' });
    }
    return git.writeTree({
      fs,
      gitdir: this.gitdir,
      tree: [...byName.values()],
    });
  }
}
