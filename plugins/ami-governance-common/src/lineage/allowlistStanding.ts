import { canonicalProvider } from '../lib/accounts';
import type { GovernanceConfig } from '../config/schema';
import type { IsoDate } from '../lib/dates';
import { listPublishers, PublisherCategory } from '../config/publishers';

/**
 * Where an AMI's owner stands in the allowlist, shown beside its provenance (never instead: an
 * allowlisted vendor image can descend from an untrusted community AMI).
 * @public
 */
export type AllowlistStanding = {
  /** The owner is a provider of the allowlist as of the day asked. */
  allowed: boolean;
  /** Which entry lists it; absent when none does (or the owner is unknown). */
  category?: PublisherCategory;
  /** JSON path of the entry in the config file. */
  path?: string;
  name?: string;
};

/** The allowlist standing of an owner (account ID or alias) on `today`. @public */
export function allowlistStanding(
  owner: { ownerId?: string; ownerAlias?: string },
  config: GovernanceConfig,
  today: IsoDate,
): AllowlistStanding {
  const keys = [owner.ownerId, owner.ownerAlias]
    .filter((k): k is string => !!k)
    .map(canonicalProvider);
  const entry = listPublishers(config, today).find(p =>
    keys.includes(p.provider),
  );
  if (!entry) return { allowed: false };
  return {
    allowed: !entry.exception || entry.exception.status.inAllowlist,
    category: entry.category,
    path: entry.path,
    ...(entry.name && { name: entry.name }),
  };
}
