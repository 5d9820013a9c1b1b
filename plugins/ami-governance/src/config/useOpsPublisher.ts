import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { amiGovernanceApiRef } from '../api/AmiGovernanceApi';

/** The ops golden AMI publisher from the config, to name where golden AMIs come from. */
export function useOpsPublisher() {
  const api = useApi(amiGovernanceApiRef);
  return useAsync(async () => {
    const page = await api.getPublishers({ category: 'ops', limit: 1 });
    return page.publishers[0];
  }, [api]);
}
