import type { ApiComponents } from '../api/contract';
import type {
  AccountRef,
  OrganizationStatus,
  PolicyStatus,
} from './statusTypes';

/** How many accounts of each list /status carries; /status/accounts pages through the rest. @public */
export const STATUS_LIST_PREVIEW_SIZE = 20;

/** The account lists of a policy's status that /status cuts short. @public */
export type AccountListName =
  | 'ungoverned'
  | 'matching'
  | 'differing'
  | 'unknown';

/** The full account list of one policy's status, or undefined when that policy has no such list. @public */
export function accountList(
  policy: PolicyStatus,
  list: AccountListName,
): AccountRef[] | undefined {
  if (list === 'ungoverned') return policy.coverage.ungoverned;
  return policy.compliance?.[list];
}

function summarizePolicy(
  policy: PolicyStatus,
): ApiComponents['schemas']['StatusPolicy'] {
  const { coverage, compliance, ...rest } = policy;
  return {
    ...rest,
    coverage: {
      ...coverage,
      ungoverned: coverage.ungoverned.slice(0, STATUS_LIST_PREVIEW_SIZE),
      ungovernedTotal: coverage.ungoverned.length,
    },
    ...(compliance && {
      compliance: {
        ...compliance,
        matching: compliance.matching.slice(0, STATUS_LIST_PREVIEW_SIZE),
        matchingTotal: compliance.matching.length,
        differing: compliance.differing.slice(0, STATUS_LIST_PREVIEW_SIZE),
        differingTotal: compliance.differing.length,
        unknown: compliance.unknown.slice(0, STATUS_LIST_PREVIEW_SIZE),
        unknownTotal: compliance.unknown.length,
      },
    }),
  };
}

/**
 * What the page shows first: every count and verdict, and the first accounts of each list, as the
 * contract's `StatusOrganization`.
 * @public
 */
export function summarizeStatus(
  status: OrganizationStatus,
): ApiComponents['schemas']['StatusOrganization'] {
  return {
    ...status,
    policies: {
      declarativePolicy: summarizePolicy(status.policies.declarativePolicy),
      scp: summarizePolicy(status.policies.scp),
    },
  };
}
