import { accountAncestry } from '../organization/ancestry';
import { targetTypeOf } from '../planApply/policyNames';
import type {
  DeployedPolicy,
  OrganizationSnapshot,
  SnapshotAccount,
  TargetType,
} from '../organization/snapshotSchema';

/** A root, OU or account of the organization. @public */
export type OrganizationNode = { id: string; name: string; type: TargetType };

/** Whether a deployed policy governs one account, and through which attachments. @public */
export type PolicyGovernance = {
  id: string;
  name: string;
  governs: boolean;
  /** The attachments on the account's ancestry (the account, its OUs, its root) that reach it. */
  via: OrganizationNode[];
  /** Why it does not govern the account although attached on its ancestry. */
  note?: string;
};

/** One account's place in the organization and the policies that govern it. @public */
export type AccountStanding = {
  accountId: string;
  name: string;
  status?: string;
  managementAccount: boolean;
  /** From the root down to the OU the account sits in. */
  path: OrganizationNode[];
  policies: {
    declarativePolicy: PolicyGovernance | null;
    scp: PolicyGovernance | null;
  };
};

/** What an organization snapshot is looked up by, built once per snapshot. @public */
export type OrganizationIndex = {
  ancestry: Map<string, string[]>;
  nodes: Map<string, OrganizationNode>;
  accounts: Map<string, SnapshotAccount>;
};

/** @public */
export type OrganizationParts = Pick<
  OrganizationSnapshot,
  'organization' | 'roots' | 'organizationalUnits' | 'accounts' | 'policies'
>;

/** Indexes a snapshot's tree: linear in its size, so one account's standing is then a few lookups. @public */
export function organizationIndex(
  snapshot: OrganizationParts,
): OrganizationIndex {
  const nodes = new Map<string, OrganizationNode>();
  for (const r of snapshot.roots)
    nodes.set(r.id, { id: r.id, name: r.name, type: 'ROOT' });
  for (const ou of snapshot.organizationalUnits)
    nodes.set(ou.id, { id: ou.id, name: ou.name, type: 'ORGANIZATIONAL_UNIT' });
  return {
    ancestry: accountAncestry(snapshot),
    nodes,
    accounts: new Map(snapshot.accounts.map(a => [a.id, a])),
  };
}

const SCP_MANAGEMENT_NOTE =
  'SCPs never restrict the management account, wherever the SCP is attached.';

function governance(
  policy: DeployedPolicy | null,
  chain: string[],
  isManagementScp: boolean,
): PolicyGovernance | null {
  if (!policy) return null;
  const onChain = new Set(chain);
  const via = policy.targets
    .filter(t => onChain.has(t.targetId))
    .map(t => ({ id: t.targetId, name: t.name, type: t.type }));
  return {
    id: policy.id,
    name: policy.name,
    governs: via.length > 0 && !isManagementScp,
    via,
    ...(isManagementScp && { note: SCP_MANAGEMENT_NOTE }),
  };
}

/**
 * One account's OU path and governing policies from a snapshot: a policy governs the account when it
 * is attached to the account, one of its OUs or its root — except the SCP for the management account.
 * Undefined when the snapshot has no such account.
 * @public
 */
export function accountStanding(
  snapshot: OrganizationParts,
  index: OrganizationIndex,
  accountId: string,
): AccountStanding | undefined {
  const account = index.accounts.get(accountId);
  if (!account) return undefined;
  const chain = index.ancestry.get(accountId) ?? [accountId];
  const management = snapshot.organization.managementAccountId === accountId;
  const path = chain
    .slice(1)
    .reverse()
    .map(
      id =>
        // A parent the snapshot does not describe (a partial collection) is named by its ID.
        index.nodes.get(id) ?? {
          id,
          name: id,
          type: targetTypeOf(id) ?? 'ORGANIZATIONAL_UNIT',
        },
    );
  return {
    accountId,
    name: account.name,
    ...(account.status !== undefined && { status: account.status }),
    managementAccount: management,
    path,
    policies: {
      declarativePolicy: governance(
        snapshot.policies.declarativePolicy,
        chain,
        false,
      ),
      scp: governance(snapshot.policies.scp, chain, management),
    },
  };
}
