import type { ExceptionState } from '@ami-governance/backstage-plugin-ami-governance-common';
import type { PublisherCategoryFilter, PublishersQuery } from '../api/types';

/** The publishers table's filters, as kept in the page's query string (`?q=&category=&state=`). */
export type PublisherFilters = Pick<
  PublishersQuery,
  'q' | 'category' | 'state'
>;

export const CATEGORY_FILTER_LABELS: Record<PublisherCategoryFilter, string> = {
  ops: 'Ops',
  vendor: 'Vendor',
  exception: 'Exception',
};

export const STATE_FILTER_LABELS: Record<ExceptionState, string> = {
  active: 'Active, expiring included',
  expiring: 'Expiring',
  expired: 'Expired',
};

function oneOf<T extends string>(
  labels: Record<T, string>,
  value: string | null,
): T | undefined {
  return value && value in labels ? (value as T) : undefined;
}

/** The filters in a query string; unknown values are ignored. */
export function readPublisherFilters(
  params: URLSearchParams,
): PublisherFilters {
  return {
    q: params.get('q') || undefined,
    category: oneOf(CATEGORY_FILTER_LABELS, params.get('category')),
    state: oneOf(STATE_FILTER_LABELS, params.get('state')),
  };
}

/** `params` with the filters written over it: unset filters are removed, other parameters kept. */
export function writePublisherFilters(
  params: URLSearchParams,
  filters: PublisherFilters,
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of ['q', 'category', 'state'] as const) {
    const value = filters[key];
    if (value) next.set(key, value);
    else next.delete(key);
  }
  return next;
}
