import { LoggerService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { stringifyError } from '@backstage/errors';
import { ScmIntegrations } from '@backstage/integration';
import {
  ExceptionRequest,
  ExceptionRequestStore,
  MergeRequestState,
} from './ExceptionRequestStore';

/** Told of each request whose merge request changed state, after the change is stored. */
export type MergeRequestStateListener = (
  request: ExceptionRequest,
  state: MergeRequestState,
) => Promise<void>;

const STATES: MergeRequestState[] = ['opened', 'merged', 'closed', 'locked'];

/**
 * Refreshes the state of open exception-request merge requests from GitLab (REQUESTED → MERGED or
 * CLOSED), with the token of the `integrations.gitlab` entry for each request's host.
 */
export class MergeRequestRefresher {
  private readonly integrations: ScmIntegrations;

  constructor(
    config: Config,
    private readonly store: ExceptionRequestStore,
    private readonly logger: LoggerService,
    private readonly fetchFn: typeof fetch = fetch,
    private readonly onStateChange?: MergeRequestStateListener,
  ) {
    this.integrations = ScmIntegrations.fromConfig(config);
  }

  /** Returns whether any request changed state. */
  async refresh(): Promise<boolean> {
    let changed = false;
    for (const request of await this.store.list(['opened', 'locked'])) {
      // A branch of a local governance repository: no merge request to ask GitLab about.
      if (request.mergeRequestIid === undefined) continue;
      const integration = this.integrations.gitlab.byHost(request.host);
      if (!integration) {
        this.logger.warn(
          `No integrations.gitlab entry for ${request.host}: cannot refresh ${request.mergeRequestUrl}`,
        );
        continue;
      }
      const { apiBaseUrl, token } = integration.config;
      const url = `${apiBaseUrl}/projects/${encodeURIComponent(
        request.projectId,
      )}/merge_requests/${request.mergeRequestIid}`;
      try {
        const response = await this.fetchFn(url, {
          headers: token ? { 'PRIVATE-TOKEN': token } : {},
        });
        if (!response.ok)
          throw new Error(
            `GitLab answered ${response.status} ${response.statusText}`,
          );
        const { state } = (await response.json()) as { state?: string };
        if (!STATES.includes(state as MergeRequestState))
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
          `Cannot refresh ${request.mergeRequestUrl}: ${(e as Error).message}`,
        );
      }
    }
    return changed;
  }

  /** A listener's failure (e.g. notifications down) is logged; the stored state stands. */
  private async tell(request: ExceptionRequest, state: MergeRequestState) {
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
