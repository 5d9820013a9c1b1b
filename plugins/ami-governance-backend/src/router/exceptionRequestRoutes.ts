import { LoggerService } from '@backstage/backend-plugin-api';
import { amiGovernanceStatusReadPermission as statusRead } from 'ami-governance-common';
import { ExceptionRequestStore } from '../services/ExceptionRequestStore';
import { createAuthorizer } from './authorize';
import type { AmiGovernanceRouter } from './createRouter';

/** GET and POST /exception-requests: what the scaffolder action opened, and its merge request state. */
export function addExceptionRequestRoutes(
  router: AmiGovernanceRouter,
  deps: {
    authorize: ReturnType<typeof createAuthorizer>;
    requests: ExceptionRequestStore;
    logger: LoggerService;
  },
) {
  router.get('/exception-requests', async (req, res) => {
    await deps.authorize(req, statusRead, ['user', 'service']);
    const state = req.query.state;
    res.json({ items: await deps.requests.list(state ? [state] : undefined) });
  });

  router.post('/exception-requests', async (req, res) => {
    // Only backend services (the scaffolder action) record requests; people open them through the template.
    const credentials = await deps.authorize(req, statusRead, ['service']);
    const stored = await deps.requests.upsert({
      ...req.body,
      state: req.body.state ?? 'opened',
    });
    deps.logger.info(
      `Recorded exception request ${stored.mergeRequestUrl} from ${credentials.principal.subject}`,
    );
    res.status(201).json(stored);
  });
}
