import { useApi } from '@backstage/core-plugin-api';
import type { AsyncState } from 'react-use/esm/useAsync';
import { amiGovernanceApiRef } from '../api/AmiGovernanceApi';
import type {
  ExceptionRequestsResponse,
  PoliciesResponse,
  PublishersResponse,
  StatusResponse,
} from '../api/types';
import type { ReadinessResponse } from '../api/workloadTypes';
import { useGovernanceSignal } from './useGovernanceSignal';
import { useReadiness } from '../workloads/useReadiness';
import { useReloadable } from './useReloadable';

/** Everything the page shows, each loaded on its own so one failure leaves the rest on screen. */
export type GovernanceData = {
  /** The first page of publishers, unfiltered: counts, enforcement mode and where the config came from. */
  publishers: AsyncState<PublishersResponse>;
  policies: AsyncState<PoliciesResponse>;
  status: AsyncState<StatusResponse>;
  /** `value` is undefined when the backend does not offer exception requests. */
  requests: AsyncState<ExceptionRequestsResponse | undefined>;
  /** What `enabled` would block (or blocks), from the newest workload collection. */
  readiness: AsyncState<ReadinessResponse>;
};

/** The page's data, each part refetched when the backend signals that it changed. */
export function useGovernanceData(): GovernanceData {
  const api = useApi(amiGovernanceApiRef);
  const [publishers, reloadPublishers] = useReloadable(
    () => api.getPublishers(),
    [api],
  );
  const [policies, reloadPolicies] = useReloadable(
    () => api.getPolicies(),
    [api],
  );
  const [status, reloadStatus] = useReloadable(() => api.getStatus(), [api]);
  const [requests, reloadRequests] = useReloadable(
    () => api.getExceptionRequests(),
    [api],
  );
  const [readiness, reloadReadiness] = useReadiness();
  useGovernanceSignal({
    status: reloadStatus,
    config: () => {
      reloadPublishers();
      reloadPolicies();
      reloadStatus();
      // Readiness is measured against the allowlist the config generates.
      reloadReadiness();
    },
    'exception-requests': reloadRequests,
    workloads: reloadReadiness,
  });
  return { publishers, policies, status, requests, readiness };
}
