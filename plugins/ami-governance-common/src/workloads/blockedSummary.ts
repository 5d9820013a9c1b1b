/** How many of one account's workloads one publisher's AMIs would block (a store's grouped count). @public */
export type BlockedCount = {
  /** The AMI owner's account ID. */
  publisher: string;
  accountId: string;
  instances: number;
  launchTemplates: number;
};

/** What one publisher's AMIs would block. @public */
export type PublisherImpact = {
  publisher: string;
  instances: number;
  launchTemplates: number;
  /** Accounts with at least one of those workloads. */
  accounts: number;
};

/** Totals over grouped counts: what a readiness or impact answer leads with. @public */
export type BlockedSummary = {
  blocked: { instances: number; launchTemplates: number };
  /** Accounts with at least one blocked workload. */
  accounts: number;
  /** Most affected publisher first. */
  byPublisher: PublisherImpact[];
};

/** What one account would lose. @public */
export type AccountImpact = {
  accountId: string;
  instances: number;
  launchTemplates: number;
  /** The publishers whose AMIs those workloads use. */
  publishers: string[];
};

type Group = {
  instances: number;
  launchTemplates: number;
  members: Set<string>;
};

/** Sums of rows by one key, with the distinct values of another. */
function groupBy(
  rows: Iterable<BlockedCount>,
  key: (row: BlockedCount) => string,
  member: (row: BlockedCount) => string,
) {
  const groups = new Map<string, Group>();
  for (const row of rows) {
    if (row.instances + row.launchTemplates === 0) continue;
    const g = groups.get(key(row)) ?? {
      instances: 0,
      launchTemplates: 0,
      members: new Set<string>(),
    };
    g.instances += row.instances;
    g.launchTemplates += row.launchTemplates;
    g.members.add(member(row));
    groups.set(key(row), g);
  }
  return groups;
}

const mostAffectedFirst = (
  a: { instances: number; launchTemplates: number },
  b: { instances: number; launchTemplates: number },
) => b.instances + b.launchTemplates - (a.instances + a.launchTemplates);

/**
 * Adds up grouped counts (one row per publisher and account; rows for the same pair are summed, so
 * counts made in chunks can be passed as they come) into totals and per-publisher figures.
 * @public
 */
export function summarizeBlocked(rows: Iterable<BlockedCount>): BlockedSummary {
  const publishers = groupBy(
    rows,
    r => r.publisher,
    r => r.accountId,
  );
  const accounts = new Set<string>();
  let instances = 0;
  let launchTemplates = 0;
  for (const p of publishers.values()) {
    instances += p.instances;
    launchTemplates += p.launchTemplates;
    for (const a of p.members) accounts.add(a);
  }
  const byPublisher = [...publishers]
    .map(([publisher, p]) => ({
      publisher,
      instances: p.instances,
      launchTemplates: p.launchTemplates,
      accounts: p.members.size,
    }))
    .sort(
      (a, b) =>
        mostAffectedFirst(a, b) || a.publisher.localeCompare(b.publisher),
    );
  return {
    blocked: { instances, launchTemplates },
    accounts: accounts.size,
    byPublisher,
  };
}

/** The same counts by account, most affected first. @public */
export function blockedByAccount(
  rows: Iterable<BlockedCount>,
): AccountImpact[] {
  return [
    ...groupBy(
      rows,
      r => r.accountId,
      r => r.publisher,
    ),
  ]
    .map(([accountId, a]) => ({
      accountId,
      instances: a.instances,
      launchTemplates: a.launchTemplates,
      publishers: [...a.members].sort(),
    }))
    .sort(
      (a, b) =>
        mostAffectedFirst(a, b) || a.accountId.localeCompare(b.accountId),
    );
}
