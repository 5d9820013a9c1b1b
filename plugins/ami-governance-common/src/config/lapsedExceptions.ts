import { applyEdits, parseTree } from 'jsonc-parser';
import type { GovernanceConfig } from './schema';
import type { IsoDate } from '../lib/dates';
import { endOf, propertyOf } from '../exceptionRequests/exceptionRequestText';
import { exceptionStatus } from './exceptionStatus';

// The housekeeping an exception request's change carries: an exception whose date has passed stays in
// the config until someone removes it, and until then validation fails on every branch (the shipped
// CI's validate job), so one team's lapse would turn every other team's request red. The change
// removes lapsed exceptions; its merge request lists them apart, so reviewers see it.

/**
 * Positions in `exception_accounts` of the exceptions expired as of `today`, except those of
 * `keepAccountId`: the requested account's own lapsed exception is renewed by the request, not removed.
 * They are already out of the allowlist and the generated policies; removing them changes neither.
 */
export function lapsedExceptionIndices(
  config: GovernanceConfig,
  today: IsoDate,
  keepAccountId: string,
): number[] {
  return config.exception_accounts.flatMap((entry, index) =>
    entry.account_id !== keepAccountId &&
    exceptionStatus(entry.expires_on, today).state === 'expired'
      ? [index]
      : [],
  );
}

/** The edit that takes `exception_accounts[index]` out of `text`, with its comma and line. */
function removalOf(text: string, index: number) {
  const list = propertyOf(parseTree(text)!, 'exception_accounts')!.value;
  const items = list.children!;
  const item = items[index];
  if (items.length === 1) {
    return { offset: list.offset, length: list.length, content: '[]' };
  }
  // The next entry moves up to where this one started; the last one takes the comma before it.
  const [start, end] =
    index < items.length - 1
      ? [item.offset, items[index + 1].offset]
      : [endOf(items[index - 1]), endOf(item)];
  return { offset: start, length: end - start, content: '' };
}

/**
 * The config text without the exception entries at `indices`, the rest written as it was (key order,
 * indentation, line endings), so the merge request's diff shows only the entries removed.
 */
export function removeExceptionEntries(
  text: string,
  indices: readonly number[],
): string {
  if (!indices.length) return text;
  let result = text;
  // From the end, so the positions still to remove stay where they were.
  for (const index of [...indices].sort((a, b) => b - a)) {
    result = applyEdits(result, [removalOf(result, index)]);
  }
  const document = JSON.parse(text) as Record<string, unknown>;
  const removed = new Set(indices);
  const expected = {
    ...document,
    exception_accounts: (document.exception_accounts as unknown[]).filter(
      (_, i) => !removed.has(i),
    ),
  };
  // Belt and braces: the edited text must mean exactly the document without those entries.
  if (JSON.stringify(JSON.parse(result)) !== JSON.stringify(expected)) {
    throw new Error('removing lapsed exceptions changed more than the entries');
  }
  return result;
}
