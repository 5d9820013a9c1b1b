import { readPageRequest } from '../router/paging';
import { AmiGovernanceRouter } from '../router/types';
import { accountParam } from '../router/workloadParams';
import { WorkloadRoutesDeps, workloadRead } from '../router/workloadRoutes';
import {
  descendantsAnswer,
  imageAnswer,
  imageIdParam,
  provenanceAnswer,
  provenanceParam,
} from './lineageAnswers';
import { LineageStore } from './LineageStore';

export type LineageRoutesDeps = WorkloadRoutesDeps & { lineage?: LineageStore };

/**
 * GET /images/{imageId}, GET /images/{imageId}/descendants and GET /provenance: the lineage answers,
 * read permission as every other read route.
 */
export function addLineageRoutes(
  router: AmiGovernanceRouter,
  deps: LineageRoutesDeps,
) {
  router.get('/images/:imageId', async (req, res) => {
    const read = await workloadRead(deps, req);
    const imageId = imageIdParam(req.params.imageId);
    if (!deps.lineage) {
      res.json(read.unavailable);
      return;
    }
    const store = deps.lineage;
    await deps.cache.sendAsync(req, res, `${read.key}|lineage`, async () => ({
      available: true,
      ...read.meta,
      ...(await imageAnswer(
        store,
        read.generation,
        read.config,
        read.today,
        deps.now(),
        imageId,
      )),
    }));
  });

  router.get('/images/:imageId/descendants', async (req, res) => {
    const read = await workloadRead(deps, req);
    const imageId = imageIdParam(req.params.imageId);
    const page = readPageRequest(req.query, 50);
    if (!deps.lineage) {
      res.json(read.unavailable);
      return;
    }
    const store = deps.lineage;
    await deps.cache.sendAsync(req, res, `${read.key}|lineage`, async () => ({
      available: true,
      ...read.meta,
      ...(await descendantsAnswer(store, read.generation, imageId, page)),
    }));
  });

  router.get('/provenance', async (req, res) => {
    const read = await workloadRead(deps, req);
    const accountId = accountParam(req.query.account, 'account');
    const provenance = provenanceParam(req.query.provenance);
    const page = readPageRequest(req.query, 50);
    if (!deps.lineage || !read.generation) {
      res.json(read.unavailable);
      return;
    }
    const store = deps.lineage;
    const generation = read.generation;
    await deps.cache.sendAsync(req, res, `${read.key}|lineage`, async () => ({
      available: true,
      ...read.meta,
      ...(await provenanceAnswer(
        store,
        generation,
        read.config,
        deps.now(),
        { accountId, provenance },
        page,
      )),
    }));
  });
}
