import {
  HttpAuthService,
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';
import compression from 'compression';
import express from 'express';
import { spec } from '../schema/openapi.generated';
import { ExceptionRequestStore } from '../exceptionRequests/ExceptionRequestStore';
import { GovernanceConfigSource } from '../config/GovernanceConfigSource';
import { PolicyReport } from '../organization/PolicyReport';
import { SnapshotIngestor } from '../organization/SnapshotIngestor';
import { StatusService } from '../organization/StatusService';
import type { LatestData } from '../organization/LatestData';
import type { LaunchExplainer } from '../explain/LaunchExplainer';
import { createAuthorizer } from './authorize';
import { addConfigRoutes } from '../config/configRoutes';
import { addExceptionRequestPreviewRoutes } from '../exceptionRequests/exceptionRequestPreviewRoutes';
import { addExceptionRequestRoutes } from '../exceptionRequests/exceptionRequestRoutes';
import { addExplainRoutes } from '../explain/explainRoutes';
import { failurePath } from './failurePath';
import { addOrganizationAccountRoutes } from '../organization/organizationAccountRoutes';
import { ResponseCache } from './responseCache';
import { addStatusRoutes } from '../organization/statusRoutes';
import { addWorkloadAccountRoutes } from '../workloads/workloadAccountRoutes';
import { addWorkloadRoutes } from '../workloads/workloadRoutes';
import { createWriteRoutes } from './writeRoutes';

interface RouterOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  logger: LoggerService;
  configSource: GovernanceConfigSource;
  status: StatusService;
  policyReport: PolicyReport;
  ingestor: SnapshotIngestor;
  requests: ExceptionRequestStore;
  /** The newest organization snapshot and workload collection: every read of them goes through it. */
  data: LatestData;
  collectionError: () => string | null;
  /** Why the last workload collection from AWS failed, if it did. */
  workloadCollectionError?: () => string | null;
  /** Answers GET /explain. */
  explainer?: LaunchExplainer;
  maxSnapshotSize: string;
  /** Largest POST /exception-requests body. */
  maxRequestSize?: string;
  /** How long a read waits (for the database) before it is answered without it (`amiGovernance.database.timeout`). */
  databaseTimeoutMs: number;
  /** Check every answer against the OpenAPI document: for tests, too slow for production. */
  validateResponses?: boolean;
  onExceptionRequestRecorded?: () => void;
  /** The clock, replaceable in tests. */
  now?: () => Date;
}

/** Why the plugin is degraded: no config ever loaded, or the database unreachable. */
export function healthProblems(options: {
  configSource: GovernanceConfigSource;
  data: Pick<LatestData, 'databaseProblem'>;
}): string[] {
  const reasons: string[] = [];
  if (!options.configSource.current().config)
    reasons.push('no governance config has been read successfully yet');
  const database = options.data.databaseProblem();
  if (database) reasons.push(database);
  return reasons;
}

export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const now = options.now ?? (() => new Date());
  const authorize = createAuthorizer(options.httpAuth, options.permissions);
  const cache = new ResponseCache();
  const failures = failurePath({
    cache,
    logger: options.logger,
    timeoutMs: options.databaseTimeoutMs,
  });
  // The OpenAPI router turns every error reaching it into a 400, so the gate of the write routes, which
  // answers 401, 403 and 413, sits in front of it. No body parser runs for every route: each write
  // route parses its body, after authorization (writeRoutes.ts). Answers are compressed when the
  // client accepts it. Every read is bounded in time, and every error leaves through one failure
  // path (failurePath.ts).
  const router = createValidatedOpenApiRouter(spec, {
    // @types/compression names another copy of @types/express; the middleware is the same.
    middleware: [compression() as unknown as express.RequestHandler],
    validatorOptions: { validateResponses: options.validateResponses ?? false },
  });
  const { gate, writes } = createWriteRoutes({ authorize, router });
  const outer = express.Router();
  outer.use(failures.boundReads);
  outer.use(gate);
  outer.use(router);

  router.get('/health', (_req, res) => {
    const reasons = healthProblems(options);
    res.json(
      reasons.length ? { status: 'degraded', reasons } : { status: 'ok' },
    );
  });

  const state = {
    configSource: options.configSource,
    data: options.data,
    collectionError: options.collectionError,
    workloadCollectionError: options.workloadCollectionError ?? (() => null),
    now,
  };
  addConfigRoutes(router, { ...options, authorize, cache, now });
  addStatusRoutes(router, { ...options, ...state, authorize, writes, cache });
  addExceptionRequestPreviewRoutes(router, {
    ...options,
    authorize,
    cache,
    now,
  });
  addOrganizationAccountRoutes(router, { ...state, authorize, cache });
  const workloadDeps = { ...state, authorize, cache };
  addWorkloadRoutes(router, workloadDeps);
  addWorkloadAccountRoutes(router, workloadDeps);
  addExplainRoutes(router, { authorize, explainer: options.explainer });
  addExceptionRequestRoutes(router, {
    authorize,
    writes,
    maxRequestSize: options.maxRequestSize ?? '16kb',
    requests: options.requests,
    logger: options.logger,
    onRecorded: options.onExceptionRequestRecorded,
  });
  outer.use(failures.answerFailures);
  return outer;
}
