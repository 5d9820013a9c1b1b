import { Knex } from 'knex';

/** What the workload queries share: nulls as absent values, and a list's total beside its page. */

export const optional = <T>(value: T | null | undefined) =>
  value === null || value === undefined ? undefined : value;

const count = (rows: { count: string | number }[]) => Number(rows[0].count);

/**
 * What a filtered list query matches in all, and the rows `page` selects of it at `window`. The count
 * is asked only when the page cannot tell it: a page that ends short of its limit ends the list.
 */
export async function totalAndRows(
  query: () => Knex.QueryBuilder,
  page: (q: Knex.QueryBuilder) => Knex.QueryBuilder,
  window: { offset?: number; limit: number },
): Promise<{ total: number; rows: Record<string, any>[] }> {
  const offset = window.offset ?? 0;
  const rows = await page(query()).offset(offset).limit(window.limit);
  const ended = rows.length < window.limit && (rows.length > 0 || offset === 0);
  return {
    total: ended
      ? offset + rows.length
      : count(await query().count({ count: '*' })),
    rows,
  };
}
