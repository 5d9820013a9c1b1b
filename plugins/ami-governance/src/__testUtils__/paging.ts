import type { PageInfo, PageQuery } from '../api/types';

/** The slice of `items` a paged endpoint answers with: the backend's semantics (limit capped at 1000). */
export function slicePage<T>(
  items: T[],
  query: PageQuery,
  defaultLimit: number,
): PageInfo & { items: T[] } {
  const offset = Math.max(0, query.offset ?? 0);
  const limit = Math.min(Math.max(1, query.limit ?? defaultLimit), 1000);
  return {
    items: items.slice(offset, offset + limit),
    total: items.length,
    offset,
    limit,
  };
}

/** True when `q` is empty or any field contains it, ignoring case. */
export function matchesText(
  q: string | undefined,
  ...fields: (string | undefined)[]
): boolean {
  if (!q) return true;
  const needle = q.toLowerCase();
  return fields.some(f => f?.toLowerCase().includes(needle));
}
