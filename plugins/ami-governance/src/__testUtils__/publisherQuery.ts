import type {
  ExceptionState,
  Publisher,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import type {
  ExceptionsQuery,
  ExceptionsResponse,
  PublisherCounts,
  PublishersQuery,
  PublishersResponse,
} from '../api/types';
import { toPublisherRows } from '../lib/publisherRows';
import { matchesText, slicePage } from './paging';

/** Everything of a publishers answer but the page. */
export type PublishersMeta = Omit<
  PublishersResponse,
  'publishers' | 'total' | 'offset' | 'limit' | 'counts'
>;

const STATE_MATCHES: Record<ExceptionState, (s: ExceptionState) => boolean> = {
  active: s => s !== 'expired',
  expiring: s => s === 'expiring',
  expired: s => s === 'expired',
};

const stateOf = (p: Publisher) => p.exception?.status.state;

function counts(all: Publisher[]): PublisherCounts {
  const count = (test: (p: Publisher) => boolean) => all.filter(test).length;
  const inState = (state: ExceptionState) => (p: Publisher) =>
    Boolean(p.exception) && STATE_MATCHES[state](stateOf(p)!);
  return {
    all: all.length,
    ops: count(p => p.category === 'ops'),
    vendor: count(p => p.category === 'vendor'),
    exception: count(p => p.category === 'exception'),
    active: count(inState('active')),
    expiring: count(inState('expiring')),
    expired: count(inState('expired')),
    allowlisted: new Set(
      all.filter(p => stateOf(p) !== 'expired').map(p => p.provider),
    ).size,
  };
}

function matches(p: Publisher, query: PublishersQuery | ExceptionsQuery) {
  const e = p.exception;
  return matchesText(
    query.q,
    p.provider,
    p.name,
    p.description,
    e?.ticket,
    e?.reason,
  );
}

/** Soonest expiry first, as the backend orders them. */
function ordered(all: Publisher[], meta: PublishersMeta): Publisher[] {
  const byPath = new Map(all.map(p => [p.path, p]));
  return toPublisherRows(all, meta.today, meta.warningDays).map(
    r => byPath.get(r.id)!,
  );
}

/** `GET /publishers` over a fixture list: filters, then pages (default 100), counts over everything. */
export function answerPublishers(
  all: Publisher[],
  query: PublishersQuery,
  meta: PublishersMeta,
): PublishersResponse {
  const { state, category } = query;
  const found = ordered(all, meta).filter(
    p =>
      matches(p, query) &&
      (!category || p.category === category) &&
      (!state || (p.exception && STATE_MATCHES[state](stateOf(p)!))),
  );
  const { items, ...page } = slicePage(found, query, 100);
  return { ...meta, ...page, publishers: items, counts: counts(all) };
}

/** `GET /exceptions` over a fixture list (default limit 50). */
export function answerExceptions(
  all: Publisher[],
  query: ExceptionsQuery,
  meta: PublishersMeta,
): ExceptionsResponse {
  const { status } = query;
  const found = ordered(all, meta).filter(
    p =>
      p.exception &&
      matches(p, query) &&
      (!status || STATE_MATCHES[status](stateOf(p)!)),
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
