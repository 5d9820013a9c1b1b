import type {
  OrganizationStatus,
  PolicyStatus,
} from '@ami-governance/backstage-plugin-ami-governance-common';

/** /status's account lists cut to their first 20 beside their totals, as the backend's statusSummary.ts. */
function summarizePolicy(policy: PolicyStatus) {
  const { coverage, compliance } = policy;
  const cut = <T>(list: T[]) => list.slice(0, 20);
  return {
    ...policy,
    coverage: {
      ...coverage,
      ungoverned: cut(coverage.ungoverned),
      ungovernedTotal: coverage.ungoverned.length,
    },
    ...(compliance && {
      compliance: {
        ...compliance,
        matching: cut(compliance.matching),
        matchingTotal: compliance.matching.length,
        differing: cut(compliance.differing),
        differingTotal: compliance.differing.length,
        unknown: cut(compliance.unknown),
        unknownTotal: compliance.unknown.length,
      },
    }),
  };
}

export const summarizeStatus = (status: OrganizationStatus) => ({
  ...status,
  policies: {
    declarativePolicy: summarizePolicy(status.policies.declarativePolicy),
    scp: summarizePolicy(status.policies.scp),
  },
});
