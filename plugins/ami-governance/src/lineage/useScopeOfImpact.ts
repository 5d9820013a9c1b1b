import { useCallback } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { amiGovernanceApiRef } from '../api/AmiGovernanceApi';
import type { ScopeWorkload } from '../api/lineageTypes';
import { useGovernanceSignal } from '../hooks/useGovernanceSignal';
import { useReloadable } from '../hooks/useReloadable';

/** Rows per page of the scope of impact. */
export const SCOPE_PAGE_SIZE = 20;

type PageRequest = { page: number; pageSize: number };
type PageAnswer = { data: ScopeWorkload[]; page: number; totalCount: number };

/**
 * An AMI's scope of impact: the first page (with the totals and the derived AMIs) and the table's
 * remote data, a page at a time from the backend.
 */
export function useScopeOfImpact(imageId: string) {
  const api = useApi(amiGovernanceApiRef);
  const [first, reload] = useReloadable(
    () =>
      api.getImageDescendants(imageId, { offset: 0, limit: SCOPE_PAGE_SIZE }),
    [api, imageId],
  );
  useGovernanceSignal({ workloads: reload });
  const data = useCallback(
    async ({ page, pageSize }: PageRequest): Promise<PageAnswer> => {
      const answer = await api.getImageDescendants(imageId, {
        offset: page * pageSize,
        limit: pageSize,
      });
      return {
        data: answer?.items ?? [],
        page,
        totalCount: answer?.total ?? 0,
      };
    },
    [api, imageId],
  );
  return { first, data };
}
