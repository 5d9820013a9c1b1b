import { LoggerService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { stringifyError } from '@backstage/errors';
import { ScmIntegrations } from '@backstage/integration';
import { Gitlab } from '@gitbeaker/rest';
import {
  isMergeRequestState,
  OPEN_MERGE_REQUEST_STATES,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import {
  ExceptionRequestRecord,
  ExceptionRequestStore,
  MergeRequestState,
} from './ExceptionRequestStore';

/** Told of each request whose merge request changed state, after the change is stored. */
export type MergeRequestStateListener = (
  request: ExceptionRequestRecord,
  state: MergeRequestState,
) => Promise<void>;

type GitlabApi = InstanceType<typeof Gitlab>;

/** Gitbeaker's failure: the response GitLab answered with, if it answered. */
type GitbeakerFailure = { cause?: { response?: Response } };

/** One line for the log: GitLab's status when it answered, else the error itself. */
function describeFailure(error: unknown): string {
  const response = (error as GitbeakerFailure)?.cause?.response;
  return response
    ? `GitLab answered ${response.status} ${response.statusText}`.trim()
    : stringifyError(error);
}

/**
 * Refreshes the state of open exception-request merge requests from GitLab (REQUESTED → MERGED or
 * CLOSED), with the token of the `integrations.gitlab` entry for each request's host.
 */
export class MergeRequestRefresher {
  private readonly integrations: ScmIntegrations;
  /** One client per host, as the scaffolder module's action makes them (gitbeaker). */
  private readonly clients = new Map<string, GitlabApi>();

  constructor(
    config: Config,
    private readonly store: ExceptionRequestStore,
    private readonly logger: LoggerService,
    private readonly onStateChange?: MergeRequestStateListener,
  ) {
    this.integrations = ScmIntegrations.fromConfig(config);
  }

  /** Returns whether any request changed state. */
  async refresh(): Promise<boolean> {
    let changed = false;
    for (const request of await this.store.list([
      ...OPEN_MERGE_REQUEST_STATES,
    ])) {
      // A branch of a local governance repository: no merge request to ask GitLab about.
      if (request.mergeRequestIid === undefined) continue;
      const api = this.clientFor(request.host);
      if (!api) {
        this.logger.warn(
          `No integrations.gitlab entry for ${request.host}: cannot refresh ${request.mergeRequestUrl}`,
        );
        continue;
      }
      try {
        const { state } = await api.MergeRequests.show(
          request.projectId,
          request.mergeRequestIid,
        );
        if (!isMergeRequestState(state))
          throw new Error(`unexpected merge request state "${state}"`);
        if (state !== request.state) {
          await this.store.setState(
            request.mergeRequestUrl,
            state as MergeRequestState,
          );
          changed = true;
          await this.tell(request, state as MergeRequestState);
        }
      } catch (e) {
        // One unreachable merge request must not stop the others; the last known state keeps serving.
        this.logger.warn(
          `Cannot refresh ${request.mergeRequestUrl}: ${describeFailure(e)}`,
        );
      }
    }
    return changed;
  }

  private clientFor(host: string): GitlabApi | undefined {
    const integration = this.integrations.gitlab.byHost(host);
    if (!integration) return undefined;
    let api = this.clients.get(host);
    if (!api) {
      const { baseUrl, token } = integration.config;
      // An entry without a token still reads public projects.
      api = new Gitlab(token ? { host: baseUrl, token } : { host: baseUrl });
      this.clients.set(host, api);
    }
    return api;
  }

  /** A listener's failure (e.g. notifications down) is logged; the stored state stands. */
  private async tell(
    request: ExceptionRequestRecord,
    state: MergeRequestState,
  ) {
    try {
      await this.onStateChange?.(request, state);
    } catch (e) {
      this.logger.warn(
        `Could not tell about ${
          request.mergeRequestUrl
        } becoming ${state}: ${stringifyError(e)}`,
      );
    }
  }
}
