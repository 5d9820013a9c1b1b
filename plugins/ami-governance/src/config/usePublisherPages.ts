import { useCallback, useEffect, useRef, useState } from 'react';
import type { TableProps } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import type { IsoDate } from '@ami-governance/backstage-plugin-ami-governance-common';
import { amiGovernanceApiRef } from '../api/AmiGovernanceApi';
import type { PublisherFilters } from './publisherFilters';
import { PublisherRow, toPublisherRows } from './publisherRows';
import { rowUsage } from '../workloads/usageText';
import { useGovernanceSignal } from '../hooks/useGovernanceSignal';
import type { AmiGovernanceApi } from '../api/AmiGovernanceApi';

/** The remote-data function the table calls with its page, page size and search text. */
type RemoteData = Extract<
  TableProps<PublisherRow>['data'],
  (...args: any[]) => unknown
>;
type TableQuery = Parameters<RemoteData>[0];

/** What the hook needs of the table's instance (`tableRef`): fetching again. */
type RemoteTable = {
  onQueryChange: (query?: Partial<TableQuery>) => void;
};

type PublisherPagesOptions = {
  filters: PublisherFilters;
  onFiltersChange: (change: PublisherFilters) => void;
  /** Rows are worded as of this UTC date; the page is fetched again when it changes. */
  today: IsoDate;
  /** The page is fetched again whenever this changes, e.g. when the config was read again. */
  refreshKey: unknown;
};

/**
 * The rows with what uses each publisher's AMIs, asked for this page's providers only. Usage is an
 * addition: when it is not collected yet or cannot be read, the rows show without it.
 */
async function withUsage(
  api: AmiGovernanceApi,
  rows: PublisherRow[],
): Promise<PublisherRow[]> {
  if (rows.length === 0) return rows;
  const answer = await api
    .getUsage([...new Set(rows.map(r => r.account))])
    .catch(() => undefined);
  if (!answer?.available) return rows;
  const usage = new Map(answer.items.map(u => [u.provider, rowUsage(u)]));
  return rows.map(r => ({ ...r, usage: usage.get(r.account) }));
}

/** Runs `effect` when `deps` change, but not on mount (the table fetches by itself then). */
function useOnChange(effect: () => void, deps: unknown[]) {
  const mounted = useRef(false);
  useEffect(() => {
    if (mounted.current) effect();
    mounted.current = true;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
}

/**
 * Server-side paging for the publishers table: each page the table asks for (page, page size,
 * search text) is fetched with the category and status filters, and `total` counts every match.
 */
export function usePublisherPages(options: PublisherPagesOptions) {
  const { filters, onFiltersChange, today, refreshKey } = options;
  const api = useApi(amiGovernanceApiRef);
  const tableRef = useRef<RemoteTable>();
  const [total, setTotal] = useState<number>();

  const data = useCallback<RemoteData>(
    async query => {
      const q = query.search || undefined;
      if (q !== filters.q) onFiltersChange({ q });
      const fetchPage = (page: number) =>
        api.getPublishers({
          q,
          category: filters.category,
          state: filters.state,
          offset: page * query.pageSize,
          limit: query.pageSize,
        });
      let page = query.page;
      let response = await fetchPage(page);
      // The list shrank below the page shown (filters or a new config): show the first page.
      if (response.publishers.length === 0 && page > 0) {
        page = 0;
        response = await fetchPage(page);
      }
      setTotal(response.total);
      return {
        data: await withUsage(
          api,
          toPublisherRows(response.publishers, today, response.warningDays),
        ),
        page,
        totalCount: response.total,
      };
    },
    [api, filters, onFiltersChange, today],
  );

  useOnChange(
    () => tableRef.current?.onQueryChange({ page: 0 }),
    [filters.category, filters.state],
  );
  useOnChange(() => tableRef.current?.onQueryChange(), [refreshKey, today]);
  // A new workload collection changes the usage counts of the rows shown.
  useGovernanceSignal({ workloads: () => tableRef.current?.onQueryChange() });

  return { tableRef, data, total };
}
