import { Request, Response } from 'express';
import { readPageRequest } from '../http/paging';
import { AmiGovernanceRouter } from '../http/types';
import { accountParam } from '../workloads/workloadParams';
import {
  sendWorkloadAnswer,
  WorkloadRoutesDeps,
  workloadRead,
} from '../workloads/workloadRoutes';
import {
  descendantsAnswer,
  imageAnswer,
  imageIdParam,
  provenanceAnswer,
  provenanceParam,
} from './lineageAnswers';
import { LineageStore } from './LineageStore';

export type LineageRoutesDeps = WorkloadRoutesDeps & { lineage?: LineageStore };

type Read = Awaited<ReturnType<typeof workloadRead>>;

/**
 * An AMI's answer: from the graph, whether a workload generation is served or not (then no usage),
 * prepared once per key; `available: false` when the plugin keeps no lineage graph.
 */
async function sendImageAnswer(
  deps: LineageRoutesDeps,
  req: Request,
  res: Response,
  read: Read,
  build: (store: LineageStore) => Promise<object>,
) {
  const store = deps.lineage;
  if (!store) {
    res.json(read.unavailable);
    return;
  }
  await deps.cache.sendAsync(req, res, `${read.key}|lineage`, async () => ({
    available: true,
    ...read.meta,
    collectionError: read.collectionError,
    ...(await build(store)),
  }));
}

/**
 * GET /images/{imageId}, GET /images/{imageId}/descendants and GET /provenance: the lineage answers,
 * read permission as every other read route (workloadRead authorizes).
 */
export function addLineageRoutes(
  router: AmiGovernanceRouter,
  deps: LineageRoutesDeps,
) {
  router.get('/images/:imageId', async (req, res) => {
    const read = await workloadRead(deps, req);
    const imageId = imageIdParam(req.params.imageId);
    await sendImageAnswer(deps, req, res, read, store =>
      imageAnswer(
        store,
        read.generation,
        read.config,
        read.today,
        deps.now(),
        imageId,
      ),
    );
  });

  router.get('/images/:imageId/descendants', async (req, res) => {
    const read = await workloadRead(deps, req);
    const imageId = imageIdParam(req.params.imageId);
    const page = readPageRequest(req.query, 50);
    await sendImageAnswer(deps, req, res, read, store =>
      descendantsAnswer(store, read.generation, imageId, page),
    );
  });

  router.get('/provenance', async (req, res) => {
    const read = await workloadRead(deps, req);
    const accountId = accountParam(req.query.account, 'account');
    const provenance = provenanceParam(req.query.provenance);
    const page = readPageRequest(req.query, 50);
    const store = deps.lineage;
    if (!store) {
      res.json(read.unavailable);
      return;
    }
    await sendWorkloadAnswer(
      deps,
      req,
      res,
      read,
      async (_reads, generation) => ({
        available: true,
        ...(await provenanceAnswer(
          store,
          generation,
          read.config,
          deps.now(),
          { accountId, provenance },
          page,
        )),
      }),
    );
  });
}
