import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry, { AsyncStateRetry } from 'react-use/esm/useAsyncRetry';
import { amiGovernanceApiRef } from '../api/AmiGovernanceApi';
import type {
  ExceptionRequestsResponse,
  PoliciesResponse,
  PublishersResponse,
  StatusResponse,
} from '../api/types';

/** Everything the page shows, each loaded on its own so one failure leaves the rest on screen. */
export type GovernanceData = {
  publishers: AsyncStateRetry<PublishersResponse>;
  policies: AsyncStateRetry<PoliciesResponse>;
  status: AsyncStateRetry<StatusResponse>;
  /** `value` is undefined when the backend does not offer exception requests. */
  requests: AsyncStateRetry<ExceptionRequestsResponse | undefined>;
};

export function useGovernanceData(): GovernanceData {
  const api = useApi(amiGovernanceApiRef);
  const publishers = useAsyncRetry(() => api.getPublishers(), [api]);
  const policies = useAsyncRetry(() => api.getPolicies(), [api]);
  const status = useAsyncRetry(() => api.getStatus(), [api]);
  const requests = useAsyncRetry(() => api.getExceptionRequests(), [api]);
  return { publishers, policies, status, requests };
}
