import { LoggerService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { stringifyError } from '@backstage/errors';
import { ScmIntegrations } from '@backstage/integration';
import {
  isMergeRequestState,
  OPEN_MERGE_REQUEST_STATES,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import {
  callGitlab,
  createGitlabClient,
  GitlabClient,
} from '@ami-governance/backstage-plugin-ami-governance-node';
import { resolve } from 'node:path';
import {
  ExceptionRequestRecord,
  ExceptionRequestStore,
  MergeRequestState,
} from './ExceptionRequestStore';
import {
  LocalGovernanceRepository,
  localBranchState,
  readLocalGovernanceRepository,
} from './localBranchState';

/** Told of each request whose merge request changed state, after the change is stored. */
export type MergeRequestStateListener = (
  request: ExceptionRequestRecord,
  state: MergeRequestState,
) => Promise<void>;

/** The host the scaffolder module records for requests committed to a local repository. */
const LOCAL_HOST = 'local';

/**
 * Refreshes the state of open exception-request merge requests from GitLab (REQUESTED → MERGED or
 * CLOSED), with the token of the `integrations.gitlab` entry for each request's host; and of requests
 * committed on a branch of the local governance repository (`exceptionRequests.localRepository`),
 * from that repository.
 */
export class MergeRequestRefresher {
  private readonly integrations: ScmIntegrations;
  /** One client per host, made as the scaffolder module's action makes them (ami-governance-node). */
  private readonly clients = new Map<string, GitlabClient>();
  private readonly localRepository?: LocalGovernanceRepository;

  constructor(
    config: Config,
    private readonly store: ExceptionRequestStore,
    private readonly logger: LoggerService,
    private readonly onStateChange?: MergeRequestStateListener,
  ) {
    this.integrations = ScmIntegrations.fromConfig(config);
    this.localRepository = readLocalGovernanceRepository(config);
  }

  /** Returns whether any request changed state. */
  async refresh(): Promise<boolean> {
    let changed = false;
    for (const request of await this.store.list([
      ...OPEN_MERGE_REQUEST_STATES,
    ])) {
      const read = this.stateReader(request);
      if (!read) continue;
      try {
        const state = await read();
        if (state !== request.state) {
          await this.store.setState(request.mergeRequestUrl, state);
          changed = true;
          await this.tell(request, state);
        }
      } catch (e) {
        // One unreachable merge request must not stop the others; the last known state keeps serving.
        this.logger.warn(
          `Cannot refresh ${request.mergeRequestUrl}: ${stringifyError(e)}`,
        );
      }
    }
    return changed;
  }

  /**
   * How to read a request's current state, or undefined (told in the log) when it cannot be: a branch
   * of a local repository other than the configured one is never read, since paths come from records.
   */
  private stateReader(
    request: ExceptionRequestRecord,
  ): (() => Promise<MergeRequestState>) | undefined {
    const { mergeRequestIid, projectId } = request;
    if (mergeRequestIid === undefined) {
      const local = this.localRepository;
      if (
        request.host !== LOCAL_HOST ||
        !local ||
        resolve(projectId) !== local.path
      ) {
        this.logger.debug(
          `${request.mergeRequestUrl} is a branch of a repository other than amiGovernance.exceptionRequests.localRepository: not refreshed`,
        );
        return undefined;
      }
      return () => localBranchState(local, request);
    }
    const { host } = request;
    return async () => {
      const api = this.clientFor(host);
      const { state } = await callGitlab(
        {
          host,
          doing: `reading merge request !${mergeRequestIid} of ${projectId}`,
          notFoundHint: `Check that project ${projectId} still exists and that the integrations.gitlab token for ${host} can see it.`,
        },
        () => api.MergeRequests.show(projectId, mergeRequestIid),
      );
      if (!isMergeRequestState(state))
        throw new Error(`unexpected merge request state "${state}"`);
      return state;
    };
  }

  /** Throws an InputError naming the setting when the host has no integrations.gitlab entry. */
  private clientFor(host: string): GitlabClient {
    let api = this.clients.get(host);
    if (!api) {
      // An entry without a token still reads public projects.
      api = createGitlabClient({ integrations: this.integrations, host });
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
