import { isAccountId } from '@ami-governance/backstage-plugin-ami-governance-common';
import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { amiGovernanceApiRef } from '../api/AmiGovernanceApi';

/**
 * The rules the exception request form applies (today, caps, warning window), and what a request for
 * `accountId` would be once it is a 12-digit ID.
 */
export function useExceptionRequestContext(accountId?: string) {
  const api = useApi(amiGovernanceApiRef);
  const id = accountId && isAccountId(accountId) ? accountId : undefined;
  return useAsync(() => api.getExceptionRequestContext(id), [api, id]);
}
