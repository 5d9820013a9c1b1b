import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import { ResponseError } from '@backstage/errors';
import type { ApiComponents } from '@ami-governance/backstage-plugin-ami-governance-common';
import type { OrganizationAccount } from './accountEntities';

type AccountsPage = ApiComponents['schemas']['OrganizationAccountsResponse'];

/** The newest organization snapshot's accounts, or why there are none yet. */
export type OrganizationAccountsReading =
  | {
      available: true;
      collectedAt?: string;
      organizationId?: string;
      accounts: OrganizationAccount[];
    }
  | { available: false; reason?: string };

/** The largest page `GET /organization/accounts` answers. */
const PAGE_SIZE = 1000;

/**
 * Reads every account of the newest organization snapshot from the `ami-governance` backend's
 * `GET /organization/accounts`, page by page, as this plugin's own service identity. The pages must
 * all come from one snapshot: when a newer one is stored mid-way, the reading is refused (the next run
 * reads the new snapshot whole) rather than mixing two.
 */
export async function readOrganizationAccounts(services: {
  discovery: DiscoveryService;
  auth: AuthService;
}): Promise<OrganizationAccountsReading> {
  const { discovery, auth } = services;
  const baseUrl = await discovery.getBaseUrl('ami-governance');
  const { token } = await auth.getPluginRequestToken({
    onBehalfOf: await auth.getOwnServiceCredentials(),
    targetPluginId: 'ami-governance',
  });
  const accounts: OrganizationAccount[] = [];
  let first: AccountsPage | undefined;
  for (let offset = 0; ; offset += PAGE_SIZE) {
    const response = await fetch(
      `${baseUrl}/organization/accounts?offset=${offset}&limit=${PAGE_SIZE}`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    if (!response.ok) throw await ResponseError.fromResponse(response);
    const page = (await response.json()) as AccountsPage;
    if (!page.available) return { available: false, reason: page.reason };
    first ??= page;
    if (page.collectedAt !== first.collectedAt)
      throw new Error(
        `the organization snapshot changed while its accounts were read (collected ${first.collectedAt}, then ${page.collectedAt}); the next run reads the new one`,
      );
    accounts.push(...page.items);
    if (page.items.length === 0 || offset + PAGE_SIZE >= page.total) break;
  }
  return {
    available: true,
    collectedAt: first.collectedAt,
    organizationId: first.organizationId,
    accounts,
  };
}
