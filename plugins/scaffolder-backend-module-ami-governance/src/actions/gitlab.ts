import {
  AuthenticationError,
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';
import { ScmIntegrationRegistry } from '@backstage/integration';
import { CommitAction, Gitlab } from '@gitbeaker/rest';

// The GitLab calls the exception request makes, each failure turned into an error that says what to do.

type GitlabApi = InstanceType<typeof Gitlab>;

/**
 * A client for `host` with its `integrations.gitlab` token: the only credential the action uses, so
 * what it can reach is what the administrator gave that token.
 */
export function createGitlabClient(options: {
  integrations: ScmIntegrationRegistry;
  host: string;
}): GitlabApi {
  const { integrations, host } = options;
  const integration = integrations.gitlab.byHost(host);
  if (!integration) {
    throw new InputError(
      `No integrations.gitlab entry for host ${host}: add one to app-config (host, token with the api scope) or point amiGovernance.exceptionRequests.repoUrl at a configured GitLab host.`,
    );
  }
  const { baseUrl, token } = integration.config;
  if (!token) {
    throw new InputError(
      `No GitLab token for ${host}: set integrations.gitlab[].token (a token with the api scope).`,
    );
  }
  return new Gitlab({ host: baseUrl, token });
}

type GitbeakerFailure = Error & {
  cause?: { description?: string; response?: { status?: number } };
};

/** The HTTP status of a failed GitLab call, if GitLab answered at all. */
function statusOf(error: unknown): number | undefined {
  return (error as GitbeakerFailure)?.cause?.response?.status;
}

function describeFailure(error: unknown, doing: string, host: string): Error {
  const failure = error as GitbeakerFailure;
  const status = statusOf(error);
  const detail = (failure?.cause?.description || failure?.message || '').trim();
  const said = detail ? `: ${detail}` : '';
  switch (status) {
    case undefined:
      return new ServiceUnavailableError(
        `Could not reach GitLab at ${host} while ${doing}${said}.`,
      );
    case 401:
      return new AuthenticationError(
        `GitLab (${host}) rejected the token while ${doing} (401 Unauthorized). Check integrations.gitlab for ${host}: the token must be valid and have the api scope.`,
      );
    case 403:
      return new NotAllowedError(
        `GitLab (${host}) refused ${doing} (403 Forbidden)${said}. The token needs the api scope and at least the Developer role on the governance project.`,
      );
    case 404:
      return new NotFoundError(
        `GitLab (${host}) found nothing while ${doing} (404 Not Found)${said}. Check amiGovernance.exceptionRequests (repoUrl, targetBranch, configPath) in app-config, and that the token can see the project.`,
      );
    case 409:
      return new ConflictError(
        `GitLab (${host}) reported a conflict while ${doing} (409 Conflict)${said}. Another change may be in progress for this branch; check the project's open merge requests.`,
      );
    case 400:
    case 422:
      return new InputError(
        `GitLab (${host}) refused ${doing} (${status})${said}.`,
      );
    default:
      return new ServiceUnavailableError(
        `GitLab (${host}) failed while ${doing} (${status})${said}. Try again later.`,
      );
  }
}

interface OpenMergeRequest {
  iid: number;
  webUrl: string;
  title: string;
}

/** The governance project on one GitLab host. */
export class GovernanceProject {
  constructor(
    private readonly api: GitlabApi,
    readonly host: string,
    /** Path with namespace, e.g. `example-org/aws-governance`. */
    readonly path: string,
  ) {}

  private async call<T>(doing: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      throw describeFailure(e, doing, this.host);
    }
  }

  /** `undefined` on 404 instead of an error. */
  private async optional<T>(
    doing: string,
    fn: () => Promise<T>,
  ): Promise<T | undefined> {
    try {
      return await fn();
    } catch (e) {
      if (statusOf(e) === 404) return undefined;
      throw describeFailure(e, doing, this.host);
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
