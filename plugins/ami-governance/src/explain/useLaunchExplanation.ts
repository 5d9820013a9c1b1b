import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { amiGovernanceApiRef } from '../api/AmiGovernanceApi';
import type { ExplainLaunchQuery } from '../api/explainTypes';
import { queryString } from '../api/queryString';

/** The backend's answer to a question; nothing is fetched until there is one. */
export function useLaunchExplanation(query: ExplainLaunchQuery | undefined) {
  const api = useApi(amiGovernanceApiRef);
  // Keyed on the query's text: a new object for the same question does not refetch.
  const key = query && queryString(query);
  return useAsync(
    async () => (query ? api.explain(query) : undefined),
    [api, key],
  );
}
