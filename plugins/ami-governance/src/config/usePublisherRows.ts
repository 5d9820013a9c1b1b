import { useMemo } from 'react';
import { utcDateOf } from '@ami-governance/backstage-plugin-ami-governance-common';
import type { PublishersResponse } from '../api/types';
import { PublisherRow, toPublisherRows } from './publisherRows';

/**
 * Table rows as of the UTC date of `now`. Rebuilt only when the data or the date changes, so a
 * ticking clock costs nothing until midnight UTC, when every countdown moves at once.
 */
export function usePublisherRows(
  response: PublishersResponse | undefined,
  now: Date,
): PublisherRow[] {
  const today = utcDateOf(now);
  return useMemo(
    () =>
      response
        ? toPublisherRows(response.publishers, today, response.warningDays)
        : [],
    [response, today],
  );
}
