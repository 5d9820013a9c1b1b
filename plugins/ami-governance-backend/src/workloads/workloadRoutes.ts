import {
  amiGovernanceStatusReadPermission as statusRead,
  isAccountId,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { Request, Response } from 'express';
import { NO_WORKLOADS } from './answerParts';
import { impactAnswer } from './impactAnswer';
import { readinessAnswer } from './readinessAnswer';
import { usageAnswer } from './usageAnswer';
import { WorkloadReads } from './WorkloadReads';
import type { WorkloadGeneration } from './WorkloadStore';
import { Authorize } from '../http/authorize';
import { readConfigFor } from '../http/configured';
import { readPageRequest } from '../http/paging';
import { PluginState, readState } from '../http/answerInputs';
import { answerKey, ResponseCache } from '../http/responseCache';
import { serializedOnce } from '../http/serializedOnce';
import { AmiGovernanceRouter } from '../http/types';
import {
  accountParam,
  dateParam,
  publisherParam,
  publisherListParam,
} from './workloadParams';

export type WorkloadRoutesDeps = PluginState & {
  authorize: Authorize;
  cache: ResponseCache;
};

/**
 * The config read, the newest data (the generation served, the organization snapshot) and the key of
 * an answer built from them (answerKey), or the `available: false` answer when no workloads were
 * collected yet.
 */
export async function workloadRead(deps: WorkloadRoutesDeps, req: Request) {
  await deps.authorize(req, statusRead, ['user', 'service']);
  const read = readConfigFor(deps.configSource, deps.now, req);
  const { now, current, inputs } = await readState(deps);
  const collectionError = deps.workloadCollectionError();
  return {
    ...read,
    now,
    generation: current.generation,
    organization: current.organization,
    collectionError,
    unavailable: {
      available: false,
      reason: NO_WORKLOADS,
      ...read.meta,
      collectionError,
    },
    key: answerKey(req, inputs),
  };
}

/**
 * Answers with `build`'s body prepared once per key, or with the `available: false` answer when no
 * workloads were collected yet.
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
  if (!generation) {
    res.json(read.unavailable);
    return;
  }
  await deps.cache.sendAsync(req, res, read.key, async () => ({
    ...read.meta,
    collectionError: read.collectionError,
    ...(await build(deps.data, generation)),
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
    await sendWorkloadAnswer(deps, req, res, read, async (reads, generation) =>
      readinessBody(
        await readinessAnswer(
          reads,
          generation,
          // Coverage is measured against the newest organization snapshot.
          await read.organization(),
          read.config,
          read.today,
          read.now,
          {
            owners: publisher
              ? await ownersOf(reads, generation.id, publisher)
              : undefined,
            accountId,
            ...page,
          },
        ),
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
        read.now,
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
        read.now,
        { on, publisher },
        { accountId, ...page },
      ),
    );
  });
}

/**
 * A readiness answer as it is sent: its coverage lists (the sorted IDs of every account of the
 * organization: 75 KB at 5,000 accounts, the same on every page of a question) are serialized once.
 */
function readinessBody<T extends { coverage: object }>(answer: T): T {
  return { ...answer, coverage: serializedOnce(answer.coverage) };
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
