import { ApiComponents } from '@ami-governance/backstage-plugin-ami-governance-common';
import { collectableAccountIds } from './collectableAccounts';

/** Which accounts of the organization a readiness answer covers (the contract's Coverage). */
export type Coverage = ApiComponents['schemas']['Coverage'];

/**
 * What a workload collection covers, measured against the accounts of the newest organization
 * snapshot (its ACTIVE accounts; none known without one): the accounts read, those the collector was
 * refused, and those neither (not collected), each sorted. Narrowed to one account when given.
 */
export function coverageOf(
  accounts: { collected: string[]; notVisible: string[] },
  organization: { accounts: { id: string; status?: string }[] } | undefined,
  partial: boolean,
  accountId?: string,
): Coverage {
  const only = (ids: string[]) =>
    accountId === undefined ? ids : ids.filter(id => id === accountId);
  const collected = only(accounts.collected);
  const notVisible = only(accounts.notVisible);
  const members =
    organization && only(collectableAccountIds(organization)).sort();
  const seen = new Set([...collected, ...notVisible]);
  const notCollected = members?.filter(id => !seen.has(id)) ?? [];
  return {
    organizationAccounts: members ? members.length : null,
    collected: collected.length,
    notVisible: notVisible.length,
    notCollected: notCollected.length,
    collectedAccountIds: collected,
    notVisibleAccountIds: notVisible,
    notCollectedAccountIds: notCollected,
    partial,
  };
}
