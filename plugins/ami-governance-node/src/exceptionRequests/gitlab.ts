import {
  AuthenticationError,
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';
import { ScmIntegrationRegistry } from '@backstage/integration';
import { Gitlab } from '@gitbeaker/rest';

// GitLab for exception requests: the scaffolder action writes the merge request, the backend's
// refresher reads its state. Both reach GitLab with the `integrations.gitlab` entry of its host and
// turn its failures into the same @backstage/errors, each saying what to fix.

/**
 * A gitbeaker (`@gitbeaker/rest`) client.
 *
 * @public
 */
export type GitlabClient = InstanceType<typeof Gitlab>;

/**
 * A gitbeaker client for `host`, with the token of its `integrations.gitlab` entry: the only
 * credential used, so what it can reach is what the administrator gave that token. Throws an
 * InputError naming the setting when the host has no entry, or (with `requireToken`) no token; without
 * `requireToken` an entry without a token gives a client that reads public projects only.
 *
 * @public
 */
export function createGitlabClient(options: {
  integrations: ScmIntegrationRegistry;
  host: string;
  requireToken?: boolean;
}): GitlabClient {
  const { integrations, host, requireToken } = options;
  const integration = integrations.gitlab.byHost(host);
  if (!integration) {
    throw new InputError(
      `No integrations.gitlab entry for host ${host}: add one to app-config (host, and a token with the api scope).`,
    );
  }
  const { baseUrl, token } = integration.config;
  if (!token && requireToken) {
    throw new InputError(
      `No GitLab token for ${host}: set integrations.gitlab[].token (a token with the api scope).`,
    );
  }
  return new Gitlab(token ? { host: baseUrl, token } : { host: baseUrl });
}

/** Gitbeaker's failure: GitLab's answer in `cause`, when GitLab answered at all. */
type GitbeakerFailure = Error & {
  cause?: { description?: string; response?: { status?: number } };
};

/**
 * The HTTP status GitLab answered a failed gitbeaker call with; undefined when it did not answer.
 *
 * @public
 */
export function gitlabStatusOf(error: unknown): number | undefined {
  return (error as GitbeakerFailure)?.cause?.response?.status;
}

/**
 * What a GitLab call was doing, for the error it may become.
 *
 * @public
 */
export interface GitlabCallContext {
  /** The GitLab host, e.g. `gitlab.example.com`. */
  host: string;
  /** What the call did, completing "while …", e.g. `reading config/ami_publishers.json`. */
  doing: string;
  /** What to check when GitLab finds nothing (404); by default, that the project exists and the token sees it. */
  notFoundHint?: string;
}

/**
 * A failed gitbeaker call as an \@backstage/errors error naming the host, what was being done and
 * what to fix: 401 AuthenticationError, 403 NotAllowedError, 404 NotFoundError, 409 ConflictError,
 * 400 and 422 InputError; no answer or any other status ServiceUnavailableError.
 *
 * @public
 */
export function gitlabError(error: unknown, context: GitlabCallContext): Error {
  const { host, doing } = context;
  const failure = error as GitbeakerFailure;
  const status = gitlabStatusOf(error);
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
    case 404: {
      const hint =
        context.notFoundHint ??
        `Check that the project exists and that the integrations.gitlab token for ${host} can see it.`;
      return new NotFoundError(
        `GitLab (${host}) found nothing while ${doing} (404 Not Found)${said}. ${hint}`,
      );
    }
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

/**
 * Runs a gitbeaker call; its failure is thrown as {@link gitlabError}.
 *
 * @public
 */
export async function callGitlab<T>(
  context: GitlabCallContext,
  fn: () => Promise<T>,
): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw gitlabError(e, context);
  }
}
