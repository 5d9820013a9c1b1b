import { LoggerService } from '@backstage/backend-plugin-api';
import { stringifyError } from '@backstage/errors';
import type { ExceptionRequestRecorderService } from '@ami-governance/backstage-plugin-ami-governance-node';
import type { NewExceptionRequestRecord } from '@ami-governance/backstage-plugin-ami-governance-common';
import type {
  Checkpoint,
  OpenedChange,
} from './repository/GovernanceRepository';

/**
 * Records the opened request once per task (a checkpoint), as `opened`. A failure only warns: the
 * merge request (or branch) is what matters, and the portal's list catches up on the next request.
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
    ctx.logger.warn(
      `${opened.iid === undefined ? 'Branch' : 'Merge request'} ${
        opened.url
      } is open, but recording it in the AMI governance backend failed: ${stringifyError(
        e,
      )}`,
    );
  }
}
