import {
  amiGovernanceStatusReadPermission as statusRead,
  isAccountId,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { Request, Response } from 'express';
import { GovernanceConfigSource } from '../config/GovernanceConfigSource';
import { NO_WORKLOADS } from './answerParts';
import { impactAnswer } from './impactAnswer';
import { readinessAnswer } from './readinessAnswer';
import { usageAnswer } from './usageAnswer';
import { WorkloadReads } from './WorkloadReads';
import type { WorkloadGeneration } from './WorkloadStore';
import { Authorize } from '../http/authorize';
import { readConfigFor } from '../http/configured';
import { readPageRequest } from '../http/paging';
import { ResponseCache } from '../http/responseCache';
import { AmiGovernanceRouter } from '../http/types';
import {
  accountParam,
  dateParam,
  publisherParam,
  publisherListParam,
} from './workloadParams';

export type WorkloadRoutesDeps = {
  authorize: Authorize;
  configSource: GovernanceConfigSource;
  cache: ResponseCache;
  now: () => Date;
  /** Absent: no workload store, every answer says none were collected. */
  workloads?: WorkloadReads;
  /** Why the last workload collection from AWS failed, if it did. */
  workloadCollectionError: () => string | null;
};

/**
 * The config read, the workload generation served and the cache key of an answer built from both, or
 * the `available: false` answer when no workloads were collected yet.
 */
export async function workloadRead(deps: WorkloadRoutesDeps, req: Request) {
  await deps.authorize(req, statusRead, ['user', 'service']);
  const read = readConfigFor(deps.configSource, deps.now, req);
  const generation = await deps.workloads?.serving(deps.now());
  const collectionError = deps.workloadCollectionError();
  return {
    ...read,
    generation,
    collectionError,
    unavailable: {
      available: false,
      reason: NO_WORKLOADS,
      ...read.meta,
      collectionError,
    },
    key: `${read.key}|${generation?.id}|${collectionError}`,
  };
}

/**
 * Answers with `build`'s body prepared once per key (config read, generation, query), or with the
 * `available: false` answer when no workloads were collected yet.
 */
async function sendWorkloadAnswer(
  deps: WorkloadRoutesDeps,
  req: Request,
  res: Response,
  read: Awaited<ReturnType<typeof workloadRead>>,
  build: (
    reads: WorkloadReads,
    generation: WorkloadGeneration,
  ) => Promise<object>,
) {
  const { generation } = read;
  if (!generation || !deps.workloads) {
    res.json(read.unavailable);
    return;
  }
  const reads = deps.workloads;
  await deps.cache.sendAsync(req, res, read.key, async () => ({
    ...read.meta,
    collectionError: read.collectionError,
    ...(await build(reads, generation)),
  }));
}

/**
 * GET /readiness and GET /impact: what `enabled`, a date or a publisher's removal would block;
 * GET /usage: what uses each publisher's AMIs and what an exception's lapse blocks.
 */
export function addWorkloadRoutes(
  router: AmiGovernanceRouter,
  deps: WorkloadRoutesDeps,
) {
  router.get('/readiness', async (req, res) => {
    const read = await workloadRead(deps, req);
    const accountId = accountParam(req.query.account, 'account');
    const publisher = publisherParam(req.query.publisher);
    const page = readPageRequest(req.query, 50);
    // Coverage is measured against the newest organization snapshot: it keys the answer too.
    const organization = await deps.workloads?.latestOrganization(deps.now());
    const keyed = { ...read, key: `${read.key}|${organization?.snapshotId}` };
    await sendWorkloadAnswer(deps, req, res, keyed, async (reads, generation) =>
      readinessAnswer(
        reads,
        generation,
        organization,
        read.config,
        read.today,
        deps.now(),
        {
          owners: publisher
            ? await ownersOf(reads, generation.id, publisher)
            : undefined,
          accountId,
          ...page,
        },
      ),
    );
  });

  router.get('/usage', async (req, res) => {
    const read = await workloadRead(deps, req);
    const providers = publisherListParam(req.query.provider);
    await sendWorkloadAnswer(deps, req, res, read, (reads, generation) =>
      usageAnswer(
        reads,
        generation,
        read.config,
        read.today,
        deps.now(),
        providers,
      ),
    );
  });

  router.get('/impact', async (req, res) => {
    const read = await workloadRead(deps, req);
    const on = dateParam(req.query.on, read.today);
    const publisher = publisherParam(req.query.publisher);
    const accountId = accountParam(req.query.account, 'account');
    const page = readPageRequest(req.query, 50);
    await sendWorkloadAnswer(deps, req, res, read, (reads, generation) =>
      impactAnswer(
        reads,
        generation,
        read.config,
        read.today,
        deps.now(),
        { on, publisher },
        { accountId, ...page },
      ),
    );
  });
}

/** A publisher filter as AMI owners: an account ID, or every owner with that alias. */
async function ownersOf(
  reads: WorkloadReads,
  generation: number,
  publisher: string,
): Promise<string[]> {
  return isAccountId(publisher)
    ? [publisher]
    : reads.queries.ownersWithAlias(generation, publisher);
}
