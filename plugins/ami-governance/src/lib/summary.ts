import type {
  DriftVerdict,
  OrganizationStatus,
  PolicyStatus,
} from 'ami-governance-common';
import type { PublisherRow } from './publisherRows';

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
export function policyFails(policy: PolicyStatus): boolean {
  return !policy.deployed || !policy.drift?.inSync;
}

export function summarize(
  rows: PublisherRow[],
  status: OrganizationStatus | undefined,
): Summary {
  const allowed = new Set<string>();
  let active = 0;
  let expiring = 0;
  let expired = 0;
  for (const row of rows) {
    if (row.standing === 'expired') expired++;
    else allowed.add(row.account);
    if (row.standing === 'active' || row.standing === 'expiring') active++;
    if (row.standing === 'expiring') expiring++;
  }
  const policies = status ? Object.values(status.policies) : [];
  return {
    allowlist: allowed.size,
    active,
    expiring,
    expired,
    verdict: status?.verdict ?? 'unknown',
    drifted: policies.filter(policyFails).length,
    policies: policies.length,
  };
}
