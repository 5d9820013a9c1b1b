import {
  AuthService,
  DiscoveryService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { ResponseError, stringifyError } from '@backstage/errors';
import type { ExceptionRequestRecord } from '@ami-governance/backstage-plugin-ami-governance-common';
import type {
  Checkpoint,
  OpenedChange,
} from './repository/GovernanceRepository';

/** Records an opened request in the `ami-governance` backend; throws when it cannot. */
export interface ExceptionRequestRecorder {
  record(record: ExceptionRequestRecord & { state: 'opened' }): Promise<void>;
}

/**
 * The recorder that POSTs to the `ami-governance` backend as this plugin's own service identity, so
 * the portal lists the request as REQUESTED until GitLab reports it merged or closed.
 */
export function httpExceptionRequestRecorder(services: {
  discovery: DiscoveryService;
  auth: AuthService;
}): ExceptionRequestRecorder {
  const { discovery, auth } = services;
  return {
    async record(record) {
      const baseUrl = await discovery.getBaseUrl('ami-governance');
      const { token } = await auth.getPluginRequestToken({
        onBehalfOf: await auth.getOwnServiceCredentials(),
        targetPluginId: 'ami-governance',
      });
      const response = await fetch(`${baseUrl}/exception-requests`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
        },
        body: JSON.stringify(record),
      });
      if (!response.ok) throw await ResponseError.fromResponse(response);
    },
  };
}

/**
 * Records the opened request once per task (a checkpoint), as `opened`. A failure only warns: the
 * merge request (or branch) is what matters, and the portal's list catches up on the next request.
 */
export async function recordOpenedRequest(
  recorder: ExceptionRequestRecorder,
  ctx: { logger: LoggerService; checkpoint: Checkpoint },
  opened: OpenedChange,
  request: Pick<
    ExceptionRequestRecord,
    | 'accountId'
    | 'ticket'
    | 'exceptionType'
    | 'expiresOn'
    | 'requestedBy'
    | 'branchName'
  >,
): Promise<void> {
  try {
    await ctx.checkpoint({
      key: `ami-exception.record.${opened.host}.${opened.projectId}.${
        opened.iid ?? request.branchName
      }`,
      fn: async () => {
        await recorder.record({
          ...request,
          mergeRequestUrl: opened.url,
          mergeRequestIid: opened.iid,
          projectId: opened.projectId,
          host: opened.host,
          state: 'opened',
        });
        return { recorded: true };
      },
    });
  } catch (e) {
    ctx.logger.warn(
      `${opened.iid === undefined ? 'Branch' : 'Merge request'} ${
        opened.url
      } is open, but recording it in the AMI governance backend failed: ${stringifyError(
        e,
      )}`,
    );
  }
}
