import { amiGovernanceStatusReadPermission as statusRead } from '@ami-governance/backstage-plugin-ami-governance-common';
import { NotFoundError } from '@backstage/errors';
import { accountAnswer } from './accountAnswer';
import { NO_WORKLOADS } from './answerParts';
import { readPageRequest } from '../http/paging';
import { readState } from '../http/answerInputs';
import { answerKey } from '../http/responseCache';
import { AmiGovernanceRouter } from '../http/types';
import { accountParam, regionParam } from './workloadParams';
import { WorkloadRoutesDeps, workloadRead } from './workloadRoutes';

/** GET /accounts/{accountId} (one account's standing) and GET /public-images (member-owned public AMIs). */
export function addWorkloadAccountRoutes(
  router: AmiGovernanceRouter,
  deps: WorkloadRoutesDeps,
) {
  router.get('/accounts/:accountId', async (req, res) => {
    const read = await workloadRead(deps, req);
    // A path parameter is always there: what is checked is its form.
    const accountId = accountParam(req.params.accountId, 'accountId')!;
    const page = readPageRequest(req.query, 50);
    const { generation, config, today } = read;
    const organization = await read.organization();
    if (!generation && !organization) {
      res.json({ ...read.unavailable, accountId, inOrganization: false });
      return;
    }
    const answer = async () => {
      const body = await accountAnswer(
        deps.data,
        generation,
        organization,
        config,
        today,
        read.now,
        { accountId, ...page },
      );
      if (!body)
        throw new NotFoundError(
          `Account ${accountId} is neither in the newest organization snapshot nor in the newest workload collection`,
        );
      return {
        ...read.meta,
        collectionError: read.collectionError,
        ...body,
      };
    };
    await deps.cache.sendAsync(req, res, read.key, answer);
  });

  // Needs no governance config: served even before one was read.
  router.get('/public-images', async (req, res) => {
    await deps.authorize(req, statusRead, ['user', 'service']);
    const accountId = accountParam(req.query.account, 'account');
    const region = regionParam(req.query.region);
    const page = readPageRequest(req.query, 50);
    const { current, inputs } = await readState(deps);
    const { generation } = current;
    const collectionError = deps.workloadCollectionError();
    if (!generation) {
      res.json({
        available: false,
        reason: NO_WORKLOADS,
        collectionError,
        total: 0,
        ...page,
        items: [],
      });
      return;
    }
    await deps.cache.sendAsync(req, res, answerKey(req, inputs), async () => ({
      available: true,
      collectedAt: generation.collectedAt,
      collectionError,
      note: 'block_new_sharing stops new public sharing only: these AMIs stay public until their owners make them private.',
      ...(await deps.data.queries.publicImages(
        generation.id,
        { accountId, region },
        page.offset,
        page.limit,
      )),
      ...page,
    }));
  });
}
