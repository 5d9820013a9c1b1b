import {
  accountAncestry,
  OrganizationSnapshot,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import type { SnapshotStore } from './SnapshotStore';
import { withTimeout } from './withTimeout';

/** An account of the organization, as the exception request form suggests it. */
export type AccountChoice = {
  id: string;
  name: string;
  /** `ACTIVE`, `SUSPENDED`…, when the snapshot says. */
  status?: string;
  /** Its organizational units from the root down, e.g. `Root / Workloads / Payments`. */
  ou: string;
};

export type OrganizationAccountList = {
  snapshotId: number;
  collectedAt: string;
  accounts: AccountChoice[];
};

/** Every account of a snapshot with the path of its OUs, sorted by name. */
export function accountChoices(
  snapshot: OrganizationSnapshot,
): AccountChoice[] {
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
      ou: (ancestry.get(account.id) ?? [])
        .slice(1)
        .reverse()
        .map(id => names.get(id) ?? id)
        .join(' / '),
    }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/**
 * The accounts of the newest stored snapshot, for the form's account suggestions. Worked out once per
 * snapshot; each call asks the database only for the newest snapshot's ID (3 s at most).
 */
export class OrganizationAccounts {
  private cached?: OrganizationAccountList;

  constructor(
    private readonly store: Pick<SnapshotStore, 'latestMeta' | 'get'>,
    private readonly timeoutMs = 3000,
  ) {}

  async latest(): Promise<OrganizationAccountList | undefined> {
    const slow =
      'The AMI governance database is unreachable or too slow to answer';
    const meta = await withTimeout(
      this.store.latestMeta(),
      this.timeoutMs,
      slow,
    );
    if (!meta) return undefined;
    if (this.cached?.snapshotId !== meta.id) {
      const stored = await withTimeout(
        this.store.get(meta.id),
        this.timeoutMs,
        slow,
      );
      if (!stored) return undefined;
      this.cached = {
        snapshotId: meta.id,
        collectedAt: meta.collectedAt,
        accounts: accountChoices(stored.snapshot),
      };
    }
    return this.cached;
  }
}
