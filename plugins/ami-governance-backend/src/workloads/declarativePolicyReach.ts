import {
  accountAncestry,
  computeCoverage,
  OrganizationParts,
  readScp,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { preview } from './answerParts';

type AccountBlocked = {
  accountId: string;
  instances: number;
  launchTemplates: number;
  publishers: string[];
};

const OUTSIDE_NOTE =
  'The declarative policy is attached neither to these accounts nor to their OUs or root: switching it to enabled changes nothing there. Their workloads are counted in blocked (what the allowlist does not allow) but are not blocked by enabled; scpDeniesToday says whether the deployed SCP already denies launching them.';

/**
 * Which accounts the deployed declarative policy reaches (attachments along each account's ancestry,
 * newest organization snapshot), and for those it does not: what `enabled` would have blocked there
 * (it blocks nothing: the policy does not apply) and whether the SCP already denies those launches
 * today (it governs the account and lists none of the publishers: `all`; some of them: `some`).
 * Unknown (`known: false`) without a snapshot. Narrowed to one account when given.
 */
export function declarativePolicyReach(
  snapshot: OrganizationParts | undefined,
  blockedByAccount: AccountBlocked[],
  accountId?: string,
) {
  if (!snapshot)
    return {
      known: false,
      reached: 0,
      notReached: { total: 0, items: [] },
      blockedOutsideReach: { instances: 0, launchTemplates: 0, accounts: 0 },
      note: OUTSIDE_NOTE,
    };
  const ancestry = accountAncestry(snapshot);
  const coverage = computeCoverage(
    snapshot,
    snapshot.policies.declarativePolicy,
    'declarativePolicy',
    ancestry,
  );
  const scp = snapshot.policies.scp;
  const scpTargets = new Set(scp?.targets.map(t => t.targetId) ?? []);
  const scpRead = scp ? readScp(scp.content) : undefined;
  const listed = new Set(
    scpRead?.ok ? scpRead.policy.launchGuard?.providers ?? [] : [],
  );
  const guarded = Boolean(scpRead?.ok && scpRead.policy.launchGuard);
  const blocked = new Map(blockedByAccount.map(b => [b.accountId, b]));
  const only = <T extends { id: string }>(list: T[]) =>
    accountId === undefined ? list : list.filter(a => a.id === accountId);
  const items = only(coverage.ungoverned).map(({ id, name }) => {
    const scpGoverns =
      id !== snapshot.organization.managementAccountId &&
      (ancestry.get(id) ?? [id]).some(node => scpTargets.has(node));
    const there = blocked.get(id);
    const publishers = there?.publishers ?? [];
    const denied = publishers.filter(
      p => scpGoverns && guarded && !listed.has(p),
    );
    let scpDeniesToday: 'all' | 'some' | 'none' = 'none';
    if (publishers.length > 0 && denied.length === publishers.length)
      scpDeniesToday = 'all';
    else if (denied.length > 0) scpDeniesToday = 'some';
    return {
      accountId: id,
      name,
      scpGoverns,
      blocked: {
        instances: there?.instances ?? 0,
        launchTemplates: there?.launchTemplates ?? 0,
      },
      scpDeniesToday,
    };
  });
  const outside = items.filter(
    i => i.blocked.instances + i.blocked.launchTemplates > 0,
  );
  const members = only(snapshot.accounts);
  return {
    known: true,
    reached: members.length - items.length,
    notReached: preview(items),
    blockedOutsideReach: {
      instances: outside.reduce((n, i) => n + i.blocked.instances, 0),
      launchTemplates: outside.reduce(
        (n, i) => n + i.blocked.launchTemplates,
        0,
      ),
      accounts: outside.length,
    },
    note: OUTSIDE_NOTE,
  };
}
