import type { PublisherRow } from './publisherRows';

/**
 * `expired exception (payments-team)`, `vendor (InfoBlox)` for a publisher in `rows`. For others:
 * `not in the config` when `rows` hold the whole config, else nothing (it may be on a later page).
 */
export function publisherDescriber(
  rows: PublisherRow[],
  complete: boolean,
): (publisher: string) => string | undefined {
  const byAccount = new Map<string, string>();
  for (const row of rows) {
    const kind =
      row.category === 'exception'
        ? `${row.standingLabel.toLowerCase()} exception`
        : row.categoryLabel.toLowerCase();
    byAccount.set(row.account, row.name ? `${kind} (${row.name})` : kind);
  }
  const fallback = complete ? 'not in the config' : undefined;
  return publisher => byAccount.get(publisher) ?? fallback;
}
