import { amiGovernanceStatusReadPermission as statusRead } from '@ami-governance/backstage-plugin-ami-governance-common';
import { organizationAccountsOf } from './OrganizationAccounts';
import { Authorize } from '../http/authorize';
import { PluginState, readState } from '../http/answerInputs';
import { pageOf, readPageRequest, textFilter } from '../http/paging';
import { answerKey, ResponseCache } from '../http/responseCache';
import { AmiGovernanceRouter } from '../http/types';

/**
 * GET /organization/accounts: the accounts of the newest organization snapshot with their OUs, page
 * by page and searchable, for the exception request form's account suggestions and the catalog module
 * that turns them into catalog entities.
 */
export function addOrganizationAccountRoutes(
  router: AmiGovernanceRouter,
  deps: PluginState & {
    authorize: Authorize;
    cache: ResponseCache;
  },
) {
  router.get('/organization/accounts', async (req, res) => {
    await deps.authorize(req, statusRead, ['user', 'service']);
    // A database failure takes the router's failure path, which names no host.
    // Reads no workloads: never waits for a replica's first evaluation of them.
    const { current, inputs } = await readState(deps, { workloads: false });
    const organization = await current.organization();
    const page = readPageRequest(req.query, 20);
    if (!organization) {
      res.json({
        available: false,
        reason:
          'No organization snapshot yet: the form can still suggest accounts from the catalog.',
        ...pageOf([], page),
      });
      return;
    }
    deps.cache.send(req, res, answerKey(req, inputs), () => {
      const latest = organizationAccountsOf(organization);
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
