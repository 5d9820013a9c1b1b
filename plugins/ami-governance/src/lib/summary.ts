import type {
  DriftVerdict,
  PolicyDocumentKind,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import type {
  PublisherCounts,
  StatusOrganization,
  StatusPolicy,
} from '../api/types';

export type Summary = {
  /** Distinct providers allowed today. */
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

/** A policy fails when it is not deployed or its deployed content differs from what Git generates. */
export function policyFails(policy: Pick<StatusPolicy, 'deployed' | 'drift'>) {
  return !policy.deployed || !policy.drift?.inSync;
}

/** The policies of a status, failing ones first. */
export function policiesFailingFirst(org: StatusOrganization): StatusPolicy[] {
  const all = (Object.keys(org.policies) as PolicyDocumentKind[]).map(
    kind => org.policies[kind],
  );
  return [...all.filter(policyFails), ...all.filter(p => !policyFails(p))];
}

/** The page at a glance, from the counts over the whole config and the latest status. */
export function summarize(
  counts: PublisherCounts,
  status: StatusOrganization | undefined,
): Summary {
  const policies = status ? Object.values(status.policies) : [];
  return {
    allowlist: counts.allowlisted,
    active: counts.active,
    expiring: counts.expiring,
    expired: counts.expired,
    verdict: status?.verdict ?? 'unknown',
    drifted: policies.filter(policyFails).length,
    policies: policies.length,
  };
}
