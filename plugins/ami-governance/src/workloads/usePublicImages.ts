import { useCallback, useEffect, useRef } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import type { AsyncState } from 'react-use/esm/useAsync';
import { amiGovernanceApiRef } from '../api/AmiGovernanceApi';
import type {
  PublicImageItem,
  PublicImagesResponse,
} from '../api/workloadTypes';
import { useGovernanceSignal } from '../hooks/useGovernanceSignal';
import { useReloadable } from '../hooks/useReloadable';

/** Rows per page of the public AMIs table. */
export const PUBLIC_IMAGES_PAGE_SIZE = 20;

/** A page the table asks for, and what it gets back. */
type PageRequest = { page: number; pageSize: number };
type PageAnswer = { data: PublicImageItem[]; page: number; totalCount: number };

/** What the hook needs of the table's instance (`tableRef`): fetching again. */
type RefreshableTable = { onQueryChange: () => void };

export type PublicImages = {
  /** The first page: whether anything was collected, the note and the total. */
  first: AsyncState<PublicImagesResponse>;
  tableRef: React.MutableRefObject<RefreshableTable | undefined>;
  /** The table's remote data: the first page from `first`, later pages from the backend. */
  data: (query: PageRequest) => Promise<PageAnswer>;
};

/**
 * The public AMIs of member accounts, a page at a time, fetched again after a new workload
 * collection. The first page is loaded once for both the states around the table and the table.
 */
export function usePublicImages(): PublicImages {
  const api = useApi(amiGovernanceApiRef);
  const [first, reload] = useReloadable(
    () =>
      api.getPublicImages({
        offset: '0',
        limit: String(PUBLIC_IMAGES_PAGE_SIZE),
      }),
    [api],
  );
  useGovernanceSignal({ workloads: reload });
  const tableRef = useRef<RefreshableTable>();
  const firstRef = useRef(first.value);
  firstRef.current = first.value;

  const data = useCallback(
    async ({ page, pageSize }: PageRequest): Promise<PageAnswer> => {
      const seeded = firstRef.current;
      const fetchPage = async (n: number) =>
        n === 0 && pageSize === PUBLIC_IMAGES_PAGE_SIZE && seeded
          ? seeded
          : api.getPublicImages({
              offset: String(n * pageSize),
              limit: String(pageSize),
            });
      let answer = await fetchPage(page);
      // The list shrank below the page shown (a new collection): show the first page.
      if (answer.items.length === 0 && page > 0) {
        answer = await fetchPage(0);
        return { data: answer.items, page: 0, totalCount: answer.total };
      }
      return { data: answer.items, page, totalCount: answer.total };
    },
    [api],
  );

  // A new first page (a new collection): the table shows its current page afresh.
  useEffect(() => {
    tableRef.current?.onQueryChange();
  }, [first.value]);

  return { first, tableRef, data };
}
