import {
  canonicalProvider,
  ImageProvider,
  listPublishers,
  Publisher,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import type {
  GovernanceConfig,
  IsoDate,
} from '@ami-governance/backstage-plugin-ami-governance-common';

/** Why a provider enters or leaves an allowlist, in the words a reviewer reads in a plan. @public */
export interface ProviderNotes {
  /** E.g. `exception CLOUD-4242 until 2027-01-15`, `vendor InfoBlox`, `ops publisher`. */
  added(provider: ImageProvider): string;
  /** E.g. `expired 2026-11-16`, `no longer in the config`. */
  removed(provider: ImageProvider): string;
}

function describeEntry(p: Publisher): string {
  switch (p.category) {
    case 'ops':
      return 'ops publisher';
    case 'vendor':
      return `vendor ${p.name}`;
    case 'alias':
      return 'owner alias';
    default: {
      const e = p.exception!;
      return `exception${e.ticket ? ` ${e.ticket}` : ''} until ${e.expires_on}`;
    }
  }
}

/** Notes for the providers of `config` as of `today` (the same date the allowlist is computed for). @public */
export function providerNotesOf(
  config: GovernanceConfig,
  today: IsoDate,
): ProviderNotes {
  const active = new Map<ImageProvider, string>();
  const expired = new Map<ImageProvider, string>();
  for (const p of listPublishers(config, today)) {
    const key = canonicalProvider(p.provider);
    if (p.exception && !p.exception.status.inAllowlist) {
      if (!expired.has(key))
        expired.set(key, `expired ${p.exception.expires_on}`);
    } else if (!active.has(key)) active.set(key, describeEntry(p));
  }
  return {
    added: provider =>
      active.get(canonicalProvider(provider)) ?? 'not in the config',
    removed: provider =>
      expired.get(canonicalProvider(provider)) ?? 'no longer in the config',
  };
}
