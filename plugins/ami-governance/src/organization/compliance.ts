import type { StatusAccountLists } from '../api/types';
import { modeLabel } from '../lib/format';

/** How an account's effective declarative policy differs from the reference, in words. */
export function describeDifference(d: StatusAccountLists['differing']): string {
  const parts: string[] = [];
  if (d.missing.length) parts.push(`lacks ${d.missing.join(', ')}`);
  if (d.extra.length) parts.push(`also allows ${d.extra.join(', ')}`);
  if (d.mode !== d.expectedMode) {
    parts.push(
      `mode ${modeLabel(d.mode)}, expected ${modeLabel(d.expectedMode)}`,
    );
  }
  if (d.unrestrictedCriteria?.length) {
    parts.push(
      `criteria allowing any publisher: ${d.unrestrictedCriteria.join(', ')}`,
    );
  }
  return parts.join('; ') || 'differs';
}
