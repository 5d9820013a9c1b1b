import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import type { AsyncState } from 'react-use/esm/useAsync';
import { amiGovernanceApiRef } from '../api/AmiGovernanceApi';
import type {
  AccountStandingResponse,
  ImpactResponse,
  WorkloadItem,
} from '../api/workloadTypes';
import type { ListPaging } from '../lib/listPaging';
import { useGovernanceSignal } from '../hooks/useGovernanceSignal';
import { useReloadable } from '../hooks/useReloadable';

/** The account's blocked workloads fetched so far, and how to fetch more. */
export type AccountWorkloads = {
  items: WorkloadItem[];
  /** Undefined until the standing holds workloads. */
  paging?: ListPaging;
};

export type AccountStandingState = {
  /** `value` undefined once loaded: neither the organization nor the workloads know the account. */
  standing: AsyncState<AccountStandingResponse | undefined>;
  /** What lapses for the account the day after the next exception expiry. */
  impact: AsyncState<ImpactResponse>;
  workloads: AccountWorkloads;
};

type MorePages = { items: WorkloadItem[]; loading: boolean; error?: Error };
const NO_MORE: MorePages = { items: [], loading: false };

/** Later pages of the blocked workloads, asked of /accounts/{id} by offset; reset with a new first page. */
function useMoreWorkloads(
  accountId: string,
  first: AccountStandingResponse | undefined,
): AccountWorkloads {
  const api = useApi(amiGovernanceApiRef);
  const [more, setMore] = useState<MorePages>(NO_MORE);
  // Bumped on every new first page, so a page fetched for an older one is dropped.
  const epoch = useRef(0);
  useEffect(() => {
    epoch.current += 1;
    setMore(NO_MORE);
  }, [first]);

  const page = first?.workloads;
  const items = page ? [...page.items, ...more.items] : [];
  const onMore = useCallback(async () => {
    if (!page) return;
    const asked = epoch.current;
    setMore(m => ({ ...m, loading: true, error: undefined }));
    try {
      const next = await api.getAccountStanding(accountId, {
        offset: page.items.length + more.items.length,
        limit: page.limit,
      });
      if (asked !== epoch.current) return;
      const fetched = next?.workloads?.items ?? [];
      setMore(m => ({ items: [...m.items, ...fetched], loading: false }));
    } catch (e) {
      if (asked !== epoch.current) return;
      setMore(m => ({ ...m, loading: false, error: e as Error }));
    }
  }, [api, accountId, page, more.items.length]);
  const onFewer = useCallback(() => {
    epoch.current += 1;
    setMore(NO_MORE);
  }, []);

  if (!page) return { items };
  return {
    items,
    paging: {
      total: page.total,
      pageSize: page.limit,
      loading: more.loading,
      error: more.error,
      onMore,
      onFewer: more.items.length ? onFewer : undefined,
    },
  };
}

/**
 * One account's standing and what the next exception lapse takes from it, fetched again after a
 * new workload collection ('workloads') or a new config read ('config': the allowlist changed).
 */
export function useAccountStanding(accountId: string): AccountStandingState {
  const api = useApi(amiGovernanceApiRef);
  const [standing, reloadStanding] = useReloadable(
    () => api.getAccountStanding(accountId),
    [api, accountId],
  );
  const [impact, reloadImpact] = useReloadable(
    () => api.getImpact({ account: accountId }),
    [api, accountId],
  );
  const reload = () => {
    reloadStanding();
    reloadImpact();
  };
  useGovernanceSignal({ workloads: reload, config: reload });
  const workloads = useMoreWorkloads(accountId, standing.value);
  return { standing, impact, workloads };
}
