import {
  accountList,
  summarizeStatus,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { LoggerService } from '@backstage/backend-plugin-api';
import { InputError, ServiceUnavailableError } from '@backstage/errors';
import {
  amiGovernanceSnapshotCreatePermission,
  amiGovernanceStatusReadPermission as statusRead,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import {
  checkedOffThread,
  checkSnapshotOffThread,
} from './checkSnapshotOffThread';
import { SnapshotIngestor } from './SnapshotIngestor';
import { StatusService } from './StatusService';
import { Authorize } from '../http/authorize';
import { pageOf, readPageRequest, textFilter } from '../http/paging';
import { answerKey, ResponseCache } from '../http/responseCache';
import { answerInputs, PluginState } from '../http/answerInputs';
import { AmiGovernanceRouter } from '../http/types';
import { WriteRoutes } from '../http/writeRoutes';

type StatusRoutesDeps = Omit<PluginState, 'data'> & {
  authorize: Authorize;
  writes: WriteRoutes;
  /** Largest pushed snapshot (`amiGovernance.organization.maxSnapshotSize`). */
  maxSnapshotSize: string;
  status: StatusService;
  ingestor: SnapshotIngestor;
  cache: ResponseCache;
  logger: LoggerService;
};

/** The organization's status from the newest snapshot, its account lists page by page, and pushed snapshots. */
export function addStatusRoutes(
  router: AmiGovernanceRouter,
  deps: StatusRoutesDeps,
) {
  const { authorize, status, cache } = deps;

  router.get('/status', async (req, res) => {
    await authorize(req, statusRead, ['user', 'service']);
    const now = deps.now();
    const {
      status: full,
      snapshotGeneration,
      stale,
      ...view
    } = await status.view(now);
    const configError = deps.configSource.current().configError;
    const collectionError = deps.collectionError();
    // The workload collection is no input of the status: its ID stays out of the key.
    const inputs = answerInputs(deps, now, {
      snapshotGeneration,
      collectionGeneration: null,
    });
    const key = answerKey(req, inputs, { stale, degraded: view.degraded });
    cache.send(req, res, key, () => ({
      ...view,
      ...(full && { status: summarizeStatus(full) }),
      configError,
      collectionError,
    }));
  });

  router.get('/status/accounts', async (req, res) => {
    await authorize(req, statusRead, ['user', 'service']);
    const now = deps.now();
    const view = await status.view(now);
    if (!view.status)
      throw new ServiceUnavailableError(view.reason ?? 'No status yet');
    const { policy, list, q } = req.query;
    const accounts = accountList(view.status.policies[policy], list);
    if (!accounts) {
      throw new InputError(
        `list=${list} does not exist for policy=${policy}: only the declarative policy has the compliance lists matching, differing and unknown`,
      );
    }
    const page = readPageRequest(req.query, 50);
    const inputs = answerInputs(deps, now, {
      snapshotGeneration: view.snapshotGeneration,
      collectionGeneration: null,
    });
    cache.send(
      req,
      res,
      answerKey(req, inputs, { degraded: view.degraded }),
      () => {
        const matches = textFilter(q);
        return pageOf(
          accounts.filter(a => matches(a.id, a.name)),
          page,
        );
      },
    );
  });

  deps.writes.post(
    '/snapshots',
    {
      permission: amiGovernanceSnapshotCreatePermission,
      limit: deps.maxSnapshotSize,
      limitSetting: 'amiGovernance.organization.maxSnapshotSize',
      // A worker parses and checks the body: a push of 200,000 instances would otherwise hold this
      // replica's event loop for over a second and leave it a gigabyte of garbage to collect.
      parseBody: json =>
        checkSnapshotOffThread(json, 'The snapshot', { logger: deps.logger }),
    },
    async (req, res, writer) => {
      const snapshot: unknown = req.body;
      if (!checkedOffThread(snapshot))
        throw new Error('POST /snapshots got a body its check did not produce');
      const stored = await deps.ingestor.ingest(
        snapshot,
        `push:${writer.principal.subject}`,
      );
      deps.logger.info(
        `Stored pushed snapshot ${stored.id} from ${writer.principal.subject}`,
      );
      res.status(201).json({
        id: stored.id,
        collectedAt: stored.collectedAt,
        accounts: stored.accountCount,
        ...(stored.workloads && {
          workloads: {
            generation: stored.workloads.id,
            accounts: stored.workloads.accountCount,
            partial: stored.workloads.partial,
          },
        }),
      });
    },
  );
}
