import {
  HttpAuthService,
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';
import {
  InputError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';
import {
  amiGovernanceSnapshotCreatePermission as snapshotCreate,
  amiGovernanceStatusReadPermission as statusRead,
  computeAllowlist,
  isAccountId,
  listPublishers,
  utcDateOf,
} from 'ami-governance-common';
import express from 'express';
import { createHash } from 'node:crypto';
import { spec } from '../schema/openapi.generated';
import { GovernanceConfigSource } from '../services/GovernanceConfigSource';
import { parseSnapshot } from '../services/parseSnapshot';
import { PolicyReport } from '../services/PolicyReport';
import { SnapshotIngestor } from '../services/SnapshotIngestor';
import { StatusService } from '../services/StatusService';
import { createAuthorizer } from './authorize';
import { addExceptionRequestRoutes } from './exceptionRequestRoutes';
import { ExceptionRequestStore } from '../services/ExceptionRequestStore';

export interface RouterOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  logger: LoggerService;
  configSource: GovernanceConfigSource;
  status: StatusService;
  policyReport: PolicyReport;
  ingestor: SnapshotIngestor;
  requests: ExceptionRequestStore;
  collectionError: () => string | null;
  maxSnapshotSize: string;
  /** The clock, replaceable in tests. */
  now?: () => Date;
}

const EXCEPTION_FILTERS = {
  active: (state: string) => state !== 'expired',
  expiring: (state: string) => state === 'expiring',
  expired: (state: string) => state === 'expired',
};

/** express.json with a size limit whose error says which setting raises it. */
function jsonBody(limit: string): express.RequestHandler {
  const parse = express.json({ limit });
  return (req, res, next) =>
    parse(req, res, (err?: { type?: string }) => {
      if (err?.type === 'entity.too.large') {
        next(
          new InputError(
            `The request body is larger than ${limit}; raise amiGovernance.organization.maxSnapshotSize to accept it`,
          ),
        );
      } else next(err);
    });
}

export type AmiGovernanceRouter = ReturnType<
  typeof createValidatedOpenApiRouter<typeof spec>
>;

export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { configSource, status, policyReport, ingestor } = options;
  const now = options.now ?? (() => new Date());
  const authorize = createAuthorizer(options.httpAuth, options.permissions);
  const router = createValidatedOpenApiRouter(spec, {
    middleware: [jsonBody(options.maxSnapshotSize)],
    validatorOptions: { validateResponses: true },
  });

  /** The config every read needs, with the metadata every response carries. */
  function configured() {
    const { config, source, readAt, configError } = configSource.current();
    const meta = { source, readAt, today: utcDateOf(now()), configError };
    if (!config) {
      throw new ServiceUnavailableError(
        `No governance config has been read yet from ${source}: ${
          configError?.message ?? 'still loading'
        }`,
      );
    }
    return { config, meta, today: meta.today };
  }

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/publishers', async (req, res) => {
    await authorize(req, statusRead, ['user', 'service']);
    const { config, meta, today } = configured();
    res.json({
      ...meta,
      enforcementMode: config.policy_config.enforcement_mode,
      warningDays: config.policy_config.warning_days,
      publishers: listPublishers(config, today),
    });
  });

  router.get('/allowlist', async (req, res) => {
    await authorize(req, statusRead, ['user', 'service']);
    const { config, meta, today } = configured();
    const providers = computeAllowlist(config, today).providers;
    const enforcementMode = config.policy_config.enforcement_mode;
    const version = createHash('sha256')
      .update(JSON.stringify({ providers, enforcementMode }))
      .digest('hex')
      .slice(0, 16);
    const etag = `"${version}"`;
    res.setHeader('ETag', etag);
    if (req.headers['if-none-match'] === etag) {
      res.status(304).end();
      return;
    }
    res.json({ ...meta, providers, enforcementMode, version });
  });

  router.get('/exceptions', async (req, res) => {
    await authorize(req, statusRead, ['user', 'service']);
    const { config, meta, today } = configured();
    const filter = req.query.status
      ? EXCEPTION_FILTERS[req.query.status]
      : () => true;
    const items = listPublishers(config, today).filter(
      p => p.exception && filter(p.exception.status.state),
    );
    res.json({ ...meta, items });
  });

  router.get('/exceptions/:accountId', async (req, res) => {
    await authorize(req, statusRead, ['user', 'service']);
    const { accountId } = req.params;
    if (!isAccountId(accountId)) {
      throw new InputError(
        `accountId "${accountId}" is not an AWS account ID: use the 12 digits, leading zeros included`,
      );
    }
    const { config, today } = configured();
    const found = listPublishers(config, today).find(
      p => p.exception && p.provider === accountId,
    );
    if (!found)
      throw new NotFoundError(
        `No exception for account ${accountId} in ${
          configSource.current().source
        }`,
      );
    res.json(found);
  });

  router.get('/policies', async (req, res) => {
    await authorize(req, statusRead, ['user', 'service']);
    const { config, meta, today } = configured();
    res.json({ ...meta, ...policyReport.report(config, meta.readAt, today) });
  });

  router.get('/status', async (req, res) => {
    await authorize(req, statusRead, ['user', 'service']);
    const view = await status.view(now());
    res.json({
      ...view,
      configError: configSource.current().configError,
      collectionError: options.collectionError(),
    });
  });

  router.post('/snapshots', async (req, res) => {
    const credentials = await authorize(req, snapshotCreate, ['service']);
    const snapshot = parseSnapshot(req.body);
    const stored = await ingestor.ingest(
      snapshot,
      `push:${credentials.principal.subject}`,
    );
    options.logger.info(
      `Stored pushed snapshot ${stored.id} from ${credentials.principal.subject}`,
    );
    res.status(201).json({
      id: stored.id,
      collectedAt: stored.collectedAt,
      accounts: stored.accountCount,
    });
  });

  addExceptionRequestRoutes(router, {
    authorize,
    requests: options.requests,
    logger: options.logger,
  });

  return router;
}
