import {
  accountAncestry,
  ApiComponents,
  OrganizationSnapshot,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import type { LatestOrganization } from '../workloads/WorkloadReads';

/** An account of the organization, as the exception request form suggests it. */
type AccountChoice = ApiComponents['schemas']['OrganizationAccount'];

type OrganizationAccountList = {
  snapshotId: number;
  collectedAt: string;
  organizationId: string;
  accounts: AccountChoice[];
};

/** Every account of a snapshot with the path of its OUs and its tags, sorted by name. */
function accountChoices(snapshot: OrganizationSnapshot): AccountChoice[] {
  const names = new Map<string, string>([
    ...snapshot.roots.map(r => [r.id, r.name] as const),
    ...snapshot.organizationalUnits.map(ou => [ou.id, ou.name] as const),
  ]);
  const ancestry = accountAncestry(snapshot);
  return snapshot.accounts
    .map(account => ({
      id: account.id,
      name: account.name,
      ...(account.status && { status: account.status }),
      ...(account.tags && { tags: account.tags }),
      ou: (ancestry.get(account.id) ?? [])
        .slice(1)
        .reverse()
        .map(id => names.get(id) ?? id)
        .join(' / '),
    }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

const lists = new WeakMap<LatestOrganization, OrganizationAccountList>();

/**
 * The accounts of the newest snapshot, for the form's account suggestions and the catalog module:
 * listed once per snapshot (kept with the parsed snapshot LatestData holds).
 */
export function organizationAccountsOf(
  latest: LatestOrganization,
): OrganizationAccountList {
  let list = lists.get(latest);
  if (!list) {
    list = {
      snapshotId: latest.snapshotId,
      collectedAt: latest.collectedAt,
      organizationId: latest.full.organization.id,
      accounts: accountChoices(latest.full),
    };
    lists.set(latest, list);
  }
  return list;
}
