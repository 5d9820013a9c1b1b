/**
 * The accounts of an organization whose workloads a collection reads: ACTIVE ones, or those whose
 * status the snapshot does not give (a suspended account runs nothing), in the snapshot's order.
 */
export function collectableAccountIds(organization: {
  accounts: { id: string; status?: string }[];
}): string[] {
  return organization.accounts
    .filter(a => a.status === undefined || a.status === 'ACTIVE')
    .map(a => a.id);
}
