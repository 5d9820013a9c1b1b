import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { amiGovernanceApiRef } from '../api/AmiGovernanceApi';

/** The publisher list and the entries for one account (none when it is not an allowed publisher). */
export function useAccountPublisher(accountId: string) {
  const api = useApi(amiGovernanceApiRef);
  return useAsync(async () => {
    const response = await api.getPublishers();
    const entries = response.publishers.filter(p => p.provider === accountId);
    return { response, entries };
  }, [api, accountId]);
}
