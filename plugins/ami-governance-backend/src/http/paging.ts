import { InputError } from '@backstage/errors';

const MAX_PAGE_SIZE = 1000;

type PageRequest = { offset: number; limit: number };

/** `offset` and `limit` from a query (the OpenAPI document already checked they are digits). */
export function readPageRequest(
  query: { offset?: string; limit?: string },
  defaultLimit: number,
): PageRequest {
  const offset = query.offset === undefined ? 0 : Number(query.offset);
  const limit = query.limit === undefined ? defaultLimit : Number(query.limit);
  if (limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new InputError(
      `limit must be between 1 and ${MAX_PAGE_SIZE}, not ${limit}: ask for the next page with offset`,
    );
  }
  return { offset, limit };
}

/** One page of `items`, with the total the filters matched. */
export function pageOf<T>(items: T[], { offset, limit }: PageRequest) {
  return {
    total: items.length,
    offset,
    limit,
    items: items.slice(offset, offset + limit),
  };
}

/** A case-insensitive text filter over some fields; no text matches everything. */
export function textFilter(q: string | undefined) {
  const needle = q?.trim().toLocaleLowerCase('en-US');
  if (!needle) return () => true;
  return (...fields: (string | undefined)[]) =>
    fields.some(f => f?.toLocaleLowerCase('en-US').includes(needle));
}
