import { useCallback, useEffect, useRef } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { amiGovernanceApiRef } from '../api/AmiGovernanceApi';
import type { AccountProvenance, ImageProvenance } from '../api/lineageTypes';
import { useGovernanceSignal } from '../hooks/useGovernanceSignal';
import { useReloadable } from '../hooks/useReloadable';

/** Accounts per page of the provenance panel. */
export const PROVENANCE_PAGE_SIZE = 10;

type PageRequest = { page: number; pageSize: number };
type PageAnswer = {
  data: AccountProvenance[];
  page: number;
  totalCount: number;
};

/**
 * The organization's totals (the unfiltered first page) and the accounts, a page at a time, kept to
 * those running images of `provenance` when one is chosen.
 */
export function useProvenance(provenance: ImageProvenance | undefined) {
  const api = useApi(amiGovernanceApiRef);
  const [first, reload] = useReloadable(
    () => api.getProvenance({ offset: 0, limit: PROVENANCE_PAGE_SIZE }),
    [api],
  );
  const tableRef = useRef<{ onQueryChange: () => void }>();
  useGovernanceSignal({ workloads: reload });
  const data = useCallback(
    async ({ page, pageSize }: PageRequest): Promise<PageAnswer> => {
      const answer = await api.getProvenance({
        provenance,
        offset: page * pageSize,
        limit: pageSize,
      });
      const collected = answer.available ? answer : undefined;
      return {
        data: collected?.items ?? [],
        page,
        totalCount: collected?.total ?? 0,
      };
    },
    [api, provenance],
  );
  // A new filter or collection: the table asks again.
  useEffect(() => tableRef.current?.onQueryChange(), [data, first.value]);
  return { first, data, tableRef };
}
