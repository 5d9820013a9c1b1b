import { amiGovernanceStatusReadPermission as statusRead } from '@ami-governance/backstage-plugin-ami-governance-common';
import { OrganizationAccounts } from './OrganizationAccounts';
import { Authorize } from '../http/authorize';
import { pageOf, readPageRequest, textFilter } from '../http/paging';
import { ResponseCache } from '../http/responseCache';
import { AmiGovernanceRouter } from '../http/types';

/**
 * GET /organization/accounts: the accounts of the newest organization snapshot with their OUs, page
 * by page and searchable, for the exception request form's account suggestions and the catalog module
 * that turns them into catalog entities.
 */
export function addOrganizationAccountRoutes(
  router: AmiGovernanceRouter,
  deps: {
    authorize: Authorize;
    accounts?: OrganizationAccounts;
    cache: ResponseCache;
  },
) {
  router.get('/organization/accounts', async (req, res) => {
    await deps.authorize(req, statusRead, ['user', 'service']);
    // A database failure takes the router's failure path, which names no host.
    const latest = await deps.accounts?.latest();
    const page = readPageRequest(req.query, 20);
    if (!latest) {
      res.json({
        available: false,
        reason:
          'No organization snapshot yet: the form can still suggest accounts from the catalog.',
        ...pageOf([], page),
      });
      return;
    }
    const key = `${req.path}|${JSON.stringify(req.query)}|${latest.snapshotId}`;
    deps.cache.send(req, res, key, () => {
      const matches = textFilter(req.query.q);
      return {
        available: true,
        collectedAt: latest.collectedAt,
        organizationId: latest.organizationId,
        ...pageOf(
          latest.accounts.filter(a => matches(a.id, a.name, a.ou)),
          page,
        ),
      };
    });
  });
}
