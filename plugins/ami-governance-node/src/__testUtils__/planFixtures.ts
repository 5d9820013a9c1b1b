/**
 * A small organization with nothing of ours deployed yet, and governance configs to plan from, for
 * the plan / apply tests. The organization lives in memory (fakeOrganization.ts) and really stores
 * what CreatePolicy, UpdatePolicy, AttachPolicy and DetachPolicy do.
 */
import { sha256 } from '../planApply/deployedHash';
import { FakeOrganization, fullAwsAccess } from './fakeOrganization';
import { PlanInputOptions, preparePlanInput } from '../planApply/planInput';

export const TODAY = '2026-11-23';
export const NOW = new Date('2026-11-23T09:30:00.000Z');
export const ROOT = 'r-ab12';
export const WORKLOADS = 'ou-ab12-work0001';
export const PRODUCTION = 'ou-ab12-prod0001';
export const INFRA = 'ou-ab12-infra001';
export const MANAGEMENT = '000011112222';
export const OPS = '123456738923';

export function planOrganization(): FakeOrganization {
  return {
    id: 'o-ab12cd34ef',
    managementAccountId: MANAGEMENT,
    roots: [{ id: ROOT, name: 'Root' }],
    organizationalUnits: [
      { id: WORKLOADS, name: 'Workloads', parentId: ROOT },
      { id: PRODUCTION, name: 'Production', parentId: WORKLOADS },
      { id: INFRA, name: 'Infrastructure', parentId: ROOT },
    ],
    accounts: [
      { id: MANAGEMENT, name: 'management', parentId: ROOT },
      { id: OPS, name: 'ami-factory', parentId: INFRA },
      { id: '000033334444', name: 'prod-app', parentId: PRODUCTION },
      { id: '000055556666', name: 'dev-app', parentId: WORKLOADS },
    ],
    policies: [fullAwsAccess(ROOT)],
    effective: {},
  };
}

/** The example governance config: ops, one vendor, `amazon`, an active and an expired exception. */
export function governanceConfig(
  policyConfig: Record<string, unknown> = {},
  extraExceptions: object[] = [],
) {
  return {
    ops_publisher_account: { account_id: OPS, description: 'Ops golden AMIs' },
    vendor_publisher_accounts: [
      { account_id: '111122223333', vendor_name: 'InfoBlox' },
    ],
    exception_accounts: [
      {
        account_id: '555566667777',
        expires_on: '2026-11-16',
        reason: 'Legacy pipeline',
        exception_type: 'migration',
        ticket: 'CLOUD-4100',
        approval_date: '2026-09-01',
      },
      ...extraExceptions,
    ],
    policy_config: {
      enforcement_mode: 'audit_mode',
      additional_image_providers: ['amazon'],
      ...policyConfig,
    },
  };
}

export const CLOUD_4242 = {
  account_id: '135792468024',
  expires_on: '2027-01-15',
  reason: 'ML proof of concept',
  exception_type: 'vendor_poc',
  ticket: 'CLOUD-4242',
  approval_date: '2026-11-20',
};

/** The plan input for a config, failing the test when the config cannot be planned at all. */
export function planInputFor(
  config: object,
  options: Partial<PlanInputOptions> = {},
) {
  const configText = JSON.stringify(config, null, 2);
  const prepared = preparePlanInput({
    configText,
    configSha256: sha256(configText),
    today: TODAY,
    ...options,
  });
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.findings));
  return prepared.input;
}
