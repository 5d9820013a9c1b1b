import {
  canonicalProvider,
  ImageProvider,
  sortProviders,
} from '../lib/accounts';

/** @public */
export interface AllowlistComparison {
  /** Expected (Git) but absent from the actual (AWS) list: launches AWS still blocks. */
  missing: ImageProvider[];
  /** In the actual list but no longer expected: publishers AWS still allows. */
  extra: ImageProvider[];
  inSync: boolean;
}

/** Compares two allowlists in canonical spelling, ignoring order and duplicates. @public */
export function compareAllowlists(
  expected: Iterable<string>,
  actual: Iterable<string>,
): AllowlistComparison {
  const want = new Set([...expected].map(canonicalProvider));
  const have = new Set([...actual].map(canonicalProvider));
  const missing = sortProviders([...want].filter(p => !have.has(p)));
  const extra = sortProviders([...have].filter(p => !want.has(p)));
  return { missing, extra, inSync: missing.length === 0 && extra.length === 0 };
}
