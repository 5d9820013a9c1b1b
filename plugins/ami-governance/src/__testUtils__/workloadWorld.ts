import type { AmiGovernanceApi } from '../api/AmiGovernanceApi';
import type { WorkloadsUnavailable } from '../api/workloadTypes';

/** What every workload route answers before the first collection (the backend's wording). */
export const NOT_COLLECTED: WorkloadsUnavailable = {
  available: false,
  reason:
    'No workloads collected yet: set amiGovernance.organization.aws.workloads.roleName, or store a snapshot with a workloads section (ami-governance snapshot --workloads).',
  collectionError: null,
};

/** The workload routes of a backend that has collected nothing yet. */
export function notCollectedApi(): Pick<
  AmiGovernanceApi,
  | 'getReadiness'
  | 'getImpact'
  | 'getUsage'
  | 'getAccountStanding'
  | 'getPublicImages'
> {
  return {
    getReadiness: async () => NOT_COLLECTED,
    getImpact: async () => NOT_COLLECTED,
    getUsage: async () => NOT_COLLECTED,
    getAccountStanding: async () => undefined,
    getPublicImages: async () => ({
      ...NOT_COLLECTED,
      total: 0,
      offset: 0,
      limit: 50,
      items: [],
    }),
  };
}
