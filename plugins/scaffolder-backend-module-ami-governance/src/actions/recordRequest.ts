import {
  AuthService,
  DiscoveryService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { ResponseError } from '@backstage/errors';
import type { ExceptionRequestRecord } from '@ami-governance/backstage-plugin-ami-governance-common';
import type { OpenedChange } from './repository/GovernanceRepository';

/**
 * Records an opened merge request in the `ami-governance` backend, as this plugin's own service
 * identity, so the portal can list it as REQUESTED until GitLab reports it merged or closed.
 * Throws when the backend is unreachable or refuses: the caller decides how much that matters.
 */
export async function recordExceptionRequest(
  services: { discovery: DiscoveryService; auth: AuthService },
  record: ExceptionRequestRecord & { state: 'opened' },
): Promise<void> {
  const { discovery, auth } = services;
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
}

/**
 * Records the opened request once per task (a checkpoint), as `opened`. A failure only warns: the
 * merge request (or branch) is what matters, and the portal's list catches up on the next request.
 */
export async function recordOpenedRequest(
  services: { discovery: DiscoveryService; auth: AuthService },
  ctx: {
    logger: LoggerService;
    checkpoint(opts: {
      key: string;
      fn: () => Promise<{ recorded: boolean }>;
    }): Promise<{ recorded: boolean }>;
  },
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
        await recordExceptionRequest(services, {
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
      } is open, but recording it in the AMI governance backend failed: ${
        (e as Error).message
      }`,
    );
  }
}
