import type {
  OrganizationStatus,
  PolicyStatus,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import type {
  StatusAccountList,
  StatusAccountsQuery,
  StatusAccountsResponse,
  StatusOrganization,
  StatusPolicy,
} from '../api/types';
import { matchesText, slicePage } from './paging';

/** How many entries of each account list `GET /status` carries. */
export const STATUS_LIST_LIMIT = 20;

const first = <T>(items: T[]) => items.slice(0, STATUS_LIST_LIMIT);

function cutPolicy(policy: PolicyStatus): StatusPolicy {
  const { coverage, compliance } = policy;
  return {
    ...policy,
    coverage: {
      ...coverage,
      ungoverned: first(coverage.ungoverned),
      ungovernedTotal: coverage.ungoverned.length,
    },
    compliance: compliance && {
      ...compliance,
      matching: first(compliance.matching),
      differing: first(compliance.differing),
      unknown: first(compliance.unknown),
      matchingTotal: compliance.matching.length,
      differingTotal: compliance.differing.length,
      unknownTotal: compliance.unknown.length,
    },
  };
}

/** The organization status as `GET /status` serves it: each account list cut to 20, totals beside. */
export function cutStatus(org: OrganizationStatus): StatusOrganization {
  const { declarativePolicy, scp } = org.policies;
  return {
    ...org,
    policies: {
      declarativePolicy: cutPolicy(declarativePolicy),
      scp: cutPolicy(scp),
    },
  };
}

function listOf(org: OrganizationStatus, query: StatusAccountsQuery) {
  const policy = org.policies[query.policy];
  if (query.list === 'ungoverned') return policy.coverage.ungoverned;
  return policy.compliance?.[query.list] ?? [];
}

/** `GET /status/accounts` over the full status (default limit 50); `q` matches ID and name. */
export function answerStatusAccounts<L extends StatusAccountList>(
  org: OrganizationStatus,
  query: StatusAccountsQuery<L>,
): StatusAccountsResponse<L> {
  const found = listOf(org, query).filter(a =>
    matchesText(query.q, a.id, a.name),
  );
  return slicePage(found, query, 50) as StatusAccountsResponse<L>;
}
