// What examples/org-snapshot.json holds, for tests that stand in for the code reading it.

// Spelled out: the testUtils entry's API report cannot follow the contract's type alias.
/** The example's payments accounts, with their OU paths, as the request form suggests them. @public */
export const EXAMPLE_PAYMENTS_ACCOUNTS: {
  id: string;
  name: string;
  ou: string;
  status?: string;
}[] = [
  {
    id: '210987654321',
    name: 'payments-prod',
    ou: 'Root / Workloads / Production',
    status: 'ACTIVE',
  },
  {
    id: '310987654321',
    name: 'payments-staging',
    ou: 'Root / Workloads / Non-production',
  },
];

/** The example account whose effective policy adds a provider to the deployed one. @public */
export const EXAMPLE_DIFFERING_ACCOUNT = {
  id: '210987654322',
  name: 'orders-prod',
  missing: [] as string[],
  extra: ['999900001111'],
  mode: 'audit_mode' as const,
  expectedMode: 'audit_mode' as const,
};
