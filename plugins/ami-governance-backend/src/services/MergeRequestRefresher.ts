import { LoggerService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import {
  ExceptionRequestStore,
  MergeRequestState,
} from './ExceptionRequestStore';

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
}
