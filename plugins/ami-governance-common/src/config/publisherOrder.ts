import type { components } from '../schema/openapi.generated';
import {
  ExceptionStateFilter,
  matchesExceptionStateFilter,
} from './exceptionStatus';
import type { Publisher } from './publishers';

// The order of the publisher list, and what it counts.

const CATEGORY_ORDER = { exception: 0, ops: 1, vendor: 2, alias: 3 };
const STATE_FILTERS: ExceptionStateFilter[] = ['active', 'expiring', 'expired'];

/**
 * The order the publisher list is shown in: exceptions first, soonest expiry first (expired ones
 * first), then the ops publisher, vendors and owner aliases; by provider within each.
 * @public
 */
export function comparePublishers(a: Publisher, b: Publisher): number {
  return (
    CATEGORY_ORDER[a.category] - CATEGORY_ORDER[b.category] ||
    (a.exception?.expires_on ?? '').localeCompare(
      b.exception?.expires_on ?? '',
    ) ||
    a.provider.localeCompare(b.provider)
  );
}

/** The counts of a publisher list, as the API reports them with a page of publishers. @public */
export type PublisherCounts = components['schemas']['PublisherCounts'];

/**
 * Counts `publishers` by category (aliases only in `all`) and by exception state filter, so each count
 * is what that filter lists: `active` includes `expiring` (both are in the allowlist). `allowlisted`
 * is the allowlist's size, given.
 * @public
 */
export function countPublishers(
  publishers: readonly Publisher[],
  allowlisted: number,
): PublisherCounts {
  const counts: PublisherCounts = {
    all: publishers.length,
    ops: 0,
    vendor: 0,
    exception: 0,
    active: 0,
    expiring: 0,
    expired: 0,
    allowlisted,
  };
  for (const p of publishers) {
    if (p.category !== 'alias') counts[p.category]++;
    const state = p.exception?.status.state;
    if (!state) continue;
    for (const filter of STATE_FILTERS) {
      if (matchesExceptionStateFilter(filter, state)) counts[filter]++;
    }
  }
  return counts;
}
