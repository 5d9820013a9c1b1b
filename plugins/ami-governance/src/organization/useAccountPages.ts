import { useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import type { PolicyDocumentKind } from '@ami-governance/backstage-plugin-ami-governance-common';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { amiGovernanceApiRef } from '../api/AmiGovernanceApi';
import type { StatusAccountList, StatusAccountLists } from '../api/types';
import type { ListPaging } from '../lib/listPaging';

/** Entries each "Show more" fetches from `GET /status/accounts`. */
const ACCOUNT_PAGE_SIZE = 50;

/**
 * One account list of the status: the first entries `GET /status` carries, then further pages from
 * `GET /status/accounts` as the user asks for them. A new status starts again from its first entries.
 */
export function useAccountPages<L extends StatusAccountList>(
  policy: PolicyDocumentKind,
  list: L,
  first: StatusAccountLists[L][],
  total: number,
): { items: StatusAccountLists[L][]; paging: ListPaging } {
  const api = useApi(amiGovernanceApiRef);
  // Further pages belong to the first entries they followed; a new status drops them.
  const [fetched, setFetched] = useState({
    after: first,
    items: [] as typeof first,
  });
  const more = fetched.after === first ? fetched.items : [];
  const [state, fetchMore] = useAsyncFn(async () => {
    const page = await api.getStatusAccounts({
      policy,
      list,
      offset: first.length + more.length,
      limit: ACCOUNT_PAGE_SIZE,
    });
    setFetched({ after: first, items: [...more, ...page.items] });
  }, [api, policy, list, first, more]);
  return {
    items: more.length ? [...first, ...more] : first,
    paging: {
      total,
      pageSize: ACCOUNT_PAGE_SIZE,
      loading: state.loading,
      error: state.error,
      onMore: fetchMore,
      onFewer: more.length
        ? () => setFetched({ after: first, items: [] })
        : undefined,
    },
  };
}
