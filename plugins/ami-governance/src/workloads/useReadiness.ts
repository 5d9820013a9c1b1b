import { useApi } from '@backstage/core-plugin-api';
import type { AsyncState } from 'react-use/esm/useAsync';
import { amiGovernanceApiRef } from '../api/AmiGovernanceApi';
import type { ReadinessResponse } from '../api/workloadTypes';
import { useReloadable } from '../hooks/useReloadable';

/**
 * The unfiltered readiness answer and a reload. The caller reloads it on the 'workloads' signal
 * and on 'config' (the allowlist it is measured against may have changed); the page does so in
 * useGovernanceData, sharing its one signal subscription.
 */
export function useReadiness(): [AsyncState<ReadinessResponse>, () => void] {
  const api = useApi(amiGovernanceApiRef);
  return useReloadable(() => api.getReadiness(), [api]);
}
