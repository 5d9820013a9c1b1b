import { isDeepStrictEqual } from 'node:util';
import type { ProposedChange } from './GovernanceRepository';

/** The account's exception entry in a config's text; undefined when absent or not JSON. */
function exceptionEntry(configText: string | undefined, accountId: string) {
  if (configText === undefined) return undefined;
  try {
    const entries = JSON.parse(configText)?.exception_accounts;
    return Array.isArray(entries)
      ? entries.find(e => e?.account_id === accountId)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether the config on an existing branch already holds this very request: the account's exception
 * entry is the one this change writes, field for field (dates, type, reason, notes, requester). Decided
 * by content, never by a title or commit message, which leave the reason out.
 */
export function holdsThisRequest(
  configOnBranch: string | undefined,
  change: ProposedChange,
): boolean {
  const ours = exceptionEntry(change.files[0].content, change.accountId);
  return (
    ours !== undefined &&
    isDeepStrictEqual(exceptionEntry(configOnBranch, change.accountId), ours)
  );
}
