import { createQuerySerializer } from 'openapi-fetch';

// openapi-fetch's serializer: arrays as repeated names (`form`, exploded), values through
// encodeURIComponent, so a space is %20, never the `+` URLSearchParams writes.
const formQuery = createQuerySerializer<Record<string, unknown>>();

// The backend's OpenAPI validation refuses every reserved character sent raw, including these
// five that encodeURIComponent leaves as they are.
const percentEncode = (c: string) =>
  `%${c.charCodeAt(0).toString(16).toUpperCase()}`;

/** `a=1&b=x%20y&p=1&p=2` from the parameters that are set (not undefined, null or ''). */
export function serializeQuery(params: Record<string, unknown>): string {
  const set = Object.entries(params).filter(([, value]) => value !== '');
  return formQuery(Object.fromEntries(set)).replace(/[!'()*]/g, percentEncode);
}

/** `?a=1&b=x%20y` from the parameters that are set, or `''` when none is. */
export function queryString(
  params: Record<string, string | number | undefined>,
): string {
  const text = serializeQuery(params);
  return text ? `?${text}` : '';
}
