import { LoggerService } from '@backstage/backend-plugin-api';
import { ResponseError, stringifyError } from '@backstage/errors';
import type { ExceptionRequestRecorderService } from '@ami-governance/backstage-plugin-ami-governance-node';
import type { NewExceptionRequestRecord } from '@ami-governance/backstage-plugin-ami-governance-common';
import type {
  Checkpoint,
  OpenedChange,
} from './repository/GovernanceRepository';

/** The backend's own words when it refused the record as a conflict (409), else undefined. */
function conflictMessage(error: unknown): string | undefined {
  if (!(error instanceof ResponseError) || error.statusCode !== 409)
    return undefined;
  return error.body.error.message;
}

/**
 * Records the opened request once per task (a checkpoint), as `opened`. A failure only warns: the
 * merge request (or branch) is what matters, and the portal's list catches up on the next request. The
 * backend answers the same request again with the recorded one; a different request under the same
 * merge request is a conflict, told as such.
 */
export async function recordOpenedRequest(
  recorder: ExceptionRequestRecorderService,
  ctx: { logger: LoggerService; checkpoint: Checkpoint },
  opened: OpenedChange,
  request: Pick<
    NewExceptionRequestRecord,
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
    const what = `${opened.iid === undefined ? 'Branch' : 'Merge request'} ${
      opened.url
    } is open`;
    const conflict = conflictMessage(e);
    ctx.logger.warn(
      conflict
        ? `${what}, but the AMI governance backend records another request under it (409 Conflict): ${conflict}`
        : `${what}, but recording it in the AMI governance backend failed: ${stringifyError(
            e,
          )}`,
    );
  }
}
