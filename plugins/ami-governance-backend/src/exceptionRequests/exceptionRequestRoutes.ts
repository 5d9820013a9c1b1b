import { LoggerService } from '@backstage/backend-plugin-api';
import {
  amiGovernanceExceptionRequestCreatePermission,
  amiGovernanceStatusReadPermission as statusRead,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { ExceptionRequestStore } from './ExceptionRequestStore';
import { Authorize } from '../http/authorize';
import { AmiGovernanceRouter } from '../http/types';
import { WriteRoutes } from '../http/writeRoutes';

/** GET and POST /exception-requests: what the scaffolder action opened, and its merge request state. */
export function addExceptionRequestRoutes(
  router: AmiGovernanceRouter,
  deps: {
    authorize: Authorize;
    writes: WriteRoutes;
    /** Largest POST /exception-requests body. */
    maxRequestSize: string;
    requests: ExceptionRequestStore;
    logger: LoggerService;
    /** Told about every recorded request (the signal to open pages). */
    onRecorded?: () => void;
  },
) {
  router.get('/exception-requests', async (req, res) => {
    await deps.authorize(req, statusRead, ['user', 'service']);
    const state = req.query.state;
    res.json({ items: await deps.requests.list(state ? [state] : undefined) });
  });

  // Only backend services with ami-governance.exception-request.create (the scaffolder action)
  // record requests.
  deps.writes.post(
    '/exception-requests',
    {
      permission: amiGovernanceExceptionRequestCreatePermission,
      limit: deps.maxRequestSize,
    },
    async (req, res, writer) => {
      const b = req.body;
      // The same request twice (a retried task) answers the recorded one (200); a different request under
      // a recorded merge request is 409 naming what differs.
      const { record: stored, created } = await deps.requests.record({
        accountId: b.accountId,
        ticket: b.ticket,
        exceptionType: b.exceptionType,
        expiresOn: b.expiresOn,
        requestedBy: b.requestedBy,
        mergeRequestUrl: b.mergeRequestUrl,
        mergeRequestIid: b.mergeRequestIid,
        projectId: b.projectId,
        host: b.host,
        branchName: b.branchName,
        state: b.state ?? 'opened',
      });
      if (!created) {
        res.status(200).json(stored);
        return;
      }
      deps.logger.info(
        `Recorded exception request ${stored.mergeRequestUrl} from ${writer.principal.subject}`,
      );
      deps.onRecorded?.();
      res.status(201).json(stored);
    },
  );
}
