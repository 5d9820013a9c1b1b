import { Knex } from 'knex';

/** What the workload queries share: nulls as absent values, and a list's total beside its page. */

export const optional = <T>(value: T | null | undefined) =>
  value === null || value === undefined ? undefined : value;

const count = (rows: { count: string | number }[]) => Number(rows[0].count);

/** What a filtered list query matches in all, and the rows `page` reads of it. */
export async function totalAndRows(
  query: () => Knex.QueryBuilder,
  page: (q: Knex.QueryBuilder) => Knex.QueryBuilder,
): Promise<{ total: number; rows: Record<string, any>[] }> {
  return {
    total: count(await query().count({ count: '*' })),
    rows: await page(query()),
  };
}
