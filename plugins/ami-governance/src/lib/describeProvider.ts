import type { PublisherRow } from './publisherRows';

/** `expired exception (payments-team)`, `vendor (InfoBlox)`, or `not in the config` for a provider. */
export function providerDescriber(
  rows: PublisherRow[],
): (provider: string) => string {
  const byAccount = new Map<string, string>();
  for (const row of rows) {
    const kind =
      row.category === 'exception'
        ? `${row.standingLabel.toLowerCase()} exception`
        : row.categoryLabel.toLowerCase();
    byAccount.set(row.account, row.name ? `${kind} (${row.name})` : kind);
  }
  return provider => byAccount.get(provider) ?? 'not in the config';
}
