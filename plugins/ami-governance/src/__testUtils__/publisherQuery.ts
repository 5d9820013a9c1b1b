import {
  countPublishers,
  filterPublishers,
  matchesPublisherQuery,
  Publisher,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import type {
  ExceptionsQuery,
  ExceptionsResponse,
  PublishersQuery,
  PublishersResponse,
} from '../api/types';
import { slicePage } from './paging';

// The fake backend's /publishers and /exceptions: filtered, ordered and counted by the functions of
// common the backend's configRoutes.ts uses, so the page is tested against the real semantics.

/** Everything of a publishers answer but the page. */
export type PublishersMeta = Omit<
  PublishersResponse,
  'publishers' | 'total' | 'offset' | 'limit' | 'counts'
>;

/** The allowlist's size: every provider whose entry has not lapsed. */
const allowlisted = (all: Publisher[]) =>
  new Set(
    all
      .filter(p => p.exception?.status.state !== 'expired')
      .map(p => p.provider),
  ).size;

/** `GET /publishers` over a fixture list: filters, then pages (default 100), counts over everything. */
export function answerPublishers(
  all: Publisher[],
  query: PublishersQuery,
  meta: PublishersMeta,
): PublishersResponse {
  const { state, category, q } = query;
  const found = filterPublishers(all, { state, category, q });
  const { items, ...page } = slicePage(found, query, 100);
  return {
    ...meta,
    ...page,
    publishers: items,
    counts: countPublishers(all, allowlisted(all)),
  };
}

/** `GET /exceptions` over a fixture list (default limit 50). */
export function answerExceptions(
  all: Publisher[],
  query: ExceptionsQuery,
  meta: PublishersMeta,
): ExceptionsResponse {
  const found = all.filter(
    p =>
      p.exception &&
      matchesPublisherQuery(p, { state: query.status, q: query.q }),
  );
  const { source, readAt, today, configError } = meta;
  return {
    source,
    readAt,
    today,
    configError,
    ...slicePage(found, query, 50),
  };
}
