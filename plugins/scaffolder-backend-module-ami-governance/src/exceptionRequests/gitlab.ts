import {
  callGitlab,
  GitlabCallContext,
  GitlabClient,
  gitlabError,
  gitlabStatusOf,
} from '@ami-governance/backstage-plugin-ami-governance-node';
import { InputError } from '@backstage/errors';
import type { CommitAction } from '@gitbeaker/rest';

// The GitLab calls the exception request makes; the client and the errors its failures become come
// from ami-governance-node, shared with the backend's merge request refresher.

/** What to check when the governance project, its branch or file is not found. */
const NOT_FOUND_HINT =
  'Check amiGovernance.exceptionRequests (repoUrl, targetBranch, configPath) in app-config, and that the token can see the project.';

interface OpenMergeRequest {
  iid: number;
  webUrl: string;
  title: string;
}

/** The governance project on one GitLab host. */
export class GovernanceProject {
  constructor(
    private readonly api: GitlabClient,
    readonly host: string,
    /** Path with namespace, e.g. `example-org/aws-governance`. */
    readonly path: string,
  ) {}

  private context(doing: string): GitlabCallContext {
    return { host: this.host, doing, notFoundHint: NOT_FOUND_HINT };
  }

  private call<T>(doing: string, fn: () => Promise<T>): Promise<T> {
    return callGitlab(this.context(doing), fn);
  }

  /** `undefined` on 404 instead of an error. */
  private async optional<T>(
    doing: string,
    fn: () => Promise<T>,
  ): Promise<T | undefined> {
    try {
      return await fn();
    } catch (e) {
      if (gitlabStatusOf(e) === 404) return undefined;
      throw gitlabError(e, this.context(doing));
    }
  }

  async defaultBranch(): Promise<string> {
    const project = await this.call(`looking up project ${this.path}`, () =>
      this.api.Projects.show(this.path),
    );
    const branch = project.default_branch;
    if (typeof branch !== 'string' || !branch) {
      throw new InputError(
        `Project ${this.path} has no default branch; set amiGovernance.exceptionRequests.targetBranch.`,
      );
    }
    return branch;
  }

  /** The branch's head commit, or undefined when there is no such branch. */
  async branchHead(branch: string): Promise<{ sha: string } | undefined> {
    const found = await this.optional(`looking up branch ${branch}`, () =>
      this.api.Branches.show(this.path, branch),
    );
    return found && { sha: found.commit.id };
  }

  /** A file's text at `ref`, or undefined when it does not exist there. */
  async readFile(filePath: string, ref: string): Promise<string | undefined> {
    const raw = await this.optional(`reading ${filePath}`, () =>
      this.api.RepositoryFiles.showRaw(this.path, filePath, ref),
    );
    if (raw === undefined || typeof raw === 'string') return raw;
    if (raw instanceof Blob) return raw.text();
    // A server that labels the file application/json gets it parsed by the client.
    return `${JSON.stringify(raw, null, 2)}\n`;
  }

  async createBranch(branch: string, ref: string): Promise<void> {
    await this.call(`creating branch ${branch}`, () =>
      this.api.Branches.create(this.path, branch, ref),
    );
  }

  async deleteBranch(branch: string): Promise<void> {
    await this.call(`deleting branch ${branch}`, () =>
      this.api.Branches.remove(this.path, branch),
    );
  }

  async commit(
    branch: string,
    message: string,
    actions: CommitAction[],
  ): Promise<{ sha: string }> {
    const commit = await this.call(`committing to ${branch}`, () =>
      this.api.Commits.create(this.path, branch, message, actions),
    );
    return { sha: commit.id };
  }

  async openMergeRequests(sourceBranch: string): Promise<OpenMergeRequest[]> {
    const found = await this.call(
      `looking for open merge requests from ${sourceBranch}`,
      () =>
        this.api.MergeRequests.all({
          projectId: this.path,
          sourceBranch,
          state: 'opened',
        }),
    );
    return found.map(mr => ({
      iid: mr.iid,
      webUrl: String(mr.web_url),
      title: mr.title,
    }));
  }

  async createMergeRequest(options: {
    sourceBranch: string;
    targetBranch: string;
    title: string;
    description: string;
    labels: string[];
  }): Promise<OpenMergeRequest> {
    const mr = await this.call('opening the merge request', () =>
      this.api.MergeRequests.create(
        this.path,
        options.sourceBranch,
        options.targetBranch,
        options.title,
        {
          description: options.description,
          labels: options.labels.join(','),
          removeSourceBranch: true,
        },
      ),
    );
    return { iid: mr.iid, webUrl: String(mr.web_url), title: mr.title };
  }
}
