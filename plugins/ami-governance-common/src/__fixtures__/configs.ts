import type { ExceptionRequest } from '../exceptionRequests/exceptionRequest';

/** Raw config objects for tests, shaped like the files organizations keep. */

export const TODAY = '2026-11-23';

export function rawConfig(overrides: Record<string, unknown> = {}) {
  return {
    ops_publisher_account: {
      account_id: '123456738923',
      description: 'Ops golden AMI publisher',
      purpose: 'Hardened base images, patched monthly',
    },
    vendor_publisher_accounts: [
      {
        account_id: '111122223333',
        vendor_name: 'InfoBlox',
        description: 'DDI appliances',
        business_justification: 'Network team standard',
      },
      {
        account_id: '444455556666',
        vendor_name: 'Terraform Enterprise',
        description: 'TFE appliance',
        business_justification: 'Platform tooling',
      },
    ],
    exception_accounts: [] as Record<string, unknown>[],
    policy_config: {
      enforcement_mode: 'audit_mode',
      block_public_ami_sharing: true,
      deny_ami_creation_in_workloads: true,
    },
    metadata: { version: '1.0', contact: 'cloud-platform-team@example.com' },
    ...overrides,
  };
}

export function exception(
  accountId: string,
  expiresOn: string,
  extra: Record<string, unknown> = {},
) {
  return {
    account_id: accountId,
    expires_on: expiresOn,
    reason: 'Migration from legacy image pipeline',
    exception_type: 'migration',
    ticket: 'CLOUD-1234',
    requested_by: 'app-team-alpha',
    approved_by: 'security-lead',
    approval_date: '2026-11-01',
    notes: '',
    ...extra,
  };
}

/** `count` distinct 12-digit account IDs starting at `from`, zero-padded. */
export function accountIds(count: number, from = 1): string[] {
  return Array.from({ length: count }, (_, i) =>
    String(from + i).padStart(12, '0'),
  );
}

/** A well-formed exception request for a new account, as of TODAY. */
export const exceptionRequestOf = (
  overrides: Partial<ExceptionRequest> = {},
): ExceptionRequest => ({
  accountId: '999900001111',
  exceptionType: 'migration',
  expiresOn: '2027-01-31',
  reason: 'Moving the batch fleet to golden images',
  ticket: 'CLOUD-1400',
  requestedBy: 'user:default/jane',
  ...overrides,
});
