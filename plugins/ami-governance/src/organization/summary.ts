import {
  DriftVerdict,
  PolicyDocumentKind,
  policyOutOfSync,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import type {
  PublisherCounts,
  StatusOrganization,
  StatusPolicy,
} from '../api/types';

export type Summary = {
  /** Distinct publishers allowed today. */
  allowlist: number;
  /** Exceptions in the allowlist, expiring ones included. */
  active: number;
  /** Active exceptions inside the warning window. */
  expiring: number;
  /** Exceptions past their date that are still in the config. */
  expired: number;
  verdict: DriftVerdict;
  /** Policies missing from AWS or differing from Git. */
  drifted: number;
  policies: number;
};

/** The policies of a status, failing ones first. */
export function policiesFailingFirst(org: StatusOrganization): StatusPolicy[] {
  const all = (Object.keys(org.policies) as PolicyDocumentKind[]).map(
    kind => org.policies[kind],
  );
  return [
    ...all.filter(policyOutOfSync),
    ...all.filter(p => !policyOutOfSync(p)),
  ];
}

/** Whether AWS holds what Git generates, from the latest status (unknown without one). */
export function summarizePolicies(
  status: StatusOrganization | undefined,
): Pick<Summary, 'verdict' | 'drifted' | 'policies'> {
  const policies = status ? Object.values(status.policies) : [];
  return {
    verdict: status?.verdict ?? 'unknown',
    drifted: policies.filter(policyOutOfSync).length,
    policies: policies.length,
  };
}

/** The page at a glance, from the counts over the whole config and the latest status. */
export function summarize(
  counts: PublisherCounts,
  status: StatusOrganization | undefined,
): Summary {
  return {
    allowlist: counts.allowlisted,
    active: counts.active,
    expiring: counts.expiring,
    expired: counts.expired,
    ...summarizePolicies(status),
  };
}
