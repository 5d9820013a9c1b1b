import type { PolicyDocumentKind } from '../lib/accounts';
import { accountAncestry } from './ancestry';
import type { DeployedPolicy, OrganizationSnapshot } from './snapshotSchema';
import type { AccountRef, PolicyCoverage } from './statusTypes';

const MANAGEMENT_NOTES = {
  scp: 'SCPs never restrict the management account: it is not governed by the SCP wherever the SCP is attached.',
  declarativePolicy:
    'Declarative policies apply to the management account like any other account: it counts as governed only when an attachment reaches it.',
} as const;

/**
 * Which accounts a policy governs: attached to the account, its OU, an ancestor OU or the root. For
 * the SCP the management account is never governed (and not listed as ungoverned, since attaching
 * the SCP elsewhere cannot change that); it is reported on its own.
 * @public
 */
export function computeCoverage(
  snapshot: Pick<
    OrganizationSnapshot,
    'organization' | 'roots' | 'organizationalUnits' | 'accounts'
  >,
  policy: DeployedPolicy | null,
  kind: PolicyDocumentKind,
  ancestry: Map<string, string[]> = accountAncestry(snapshot),
): PolicyCoverage {
  const targets = new Set(policy?.targets.map(t => t.targetId) ?? []);
  const managementId = snapshot.organization.managementAccountId;
  const reached = (id: string) =>
    (ancestry.get(id) ?? [id]).some(node => targets.has(node));
  let governedCount = 0;
  const ungoverned: AccountRef[] = [];
  for (const { id, name } of snapshot.accounts) {
    if (kind === 'scp' && id === managementId) continue;
    if (reached(id)) governedCount++;
    else ungoverned.push({ id, name });
  }
  const management = snapshot.accounts.find(a => a.id === managementId);
  return {
    totalAccounts: snapshot.accounts.length,
    governedCount,
    ungoverned,
    managementAccount: {
      id: managementId,
      name: management?.name ?? managementId,
      governed: kind !== 'scp' && reached(managementId),
      note: MANAGEMENT_NOTES[kind],
    },
  };
}
