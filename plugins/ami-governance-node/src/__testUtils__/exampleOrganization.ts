import { generatedPolicyContents } from '@ami-governance/backstage-plugin-ami-governance-common/testUtils';
import {
  accessDenied,
  FakeOrganization,
  fullAwsAccess,
} from './fakeOrganization';

// As the generator writes them for an allowlist of one vendor and Amazon.
const contents = generatedPolicyContents(['111122223333', 'amazon']);
export const DECLARATIVE_CONTENT = contents.declarativePolicy;
export const SCP_CONTENT = contents.scp;

export const MANAGEMENT = '000011112222';
export const DENIED_ACCOUNT = '210000000007';
export const NO_POLICY_ACCOUNT = '000044445555';
/** Holds 45 accounts: three pages of ListAccountsForParent. */
export const BIG_OU = 'ou-ab12-nonprod1';

const ID = (n: number) => `2100000000${String(n).padStart(2, '0')}`;

/**
 * A root, five OUs two levels deep, 49 accounts (45 in one OU), our two policies among 26 SCPs (two
 * pages of ListPolicies), one account denied and one without any effective declarative policy.
 */
export function exampleOrganization(): FakeOrganization {
  const nonprod = Array.from({ length: 45 }, (_, i) => ({
    id: ID(i),
    name: `nonprod-${i}`,
    parentId: BIG_OU,
  }));
  const accounts = [
    { id: MANAGEMENT, name: 'management', parentId: 'r-ab12' },
    { id: '111122223333', name: 'ami-factory', parentId: 'ou-ab12-infra001' },
    { id: '000033334444', name: 'prod-app', parentId: 'ou-ab12-prod0001' },
    {
      id: NO_POLICY_ACCOUNT,
      name: 'sandbox-1',
      parentId: 'ou-ab12-sandbox1',
      state: 'SUSPENDED',
    },
    ...nonprod,
  ];
  const otherScps = Array.from({ length: 24 }, (_, i) => ({
    id: `p-other${String(i).padStart(4, '0')}`,
    name: `team-scp-${i}`,
    type: 'SERVICE_CONTROL_POLICY' as const,
    content: '{"Version":"2012-10-17","Statement":[]}',
    targets: [],
  }));
  const effective: FakeOrganization['effective'] = {};
  for (const a of accounts)
    if (a.id !== NO_POLICY_ACCOUNT) effective[a.id] = DECLARATIVE_CONTENT;
  effective[DENIED_ACCOUNT] = accessDenied();
  return {
    id: 'o-ab12cd34ef',
    managementAccountId: MANAGEMENT,
    roots: [{ id: 'r-ab12', name: 'Root' }],
    organizationalUnits: [
      { id: 'ou-ab12-work0001', name: 'Workloads', parentId: 'r-ab12' },
      { id: 'ou-ab12-infra001', name: 'Infrastructure', parentId: 'r-ab12' },
      { id: 'ou-ab12-sandbox1', name: 'Sandbox', parentId: 'r-ab12' },
      {
        id: 'ou-ab12-prod0001',
        name: 'Production',
        parentId: 'ou-ab12-work0001',
      },
      { id: BIG_OU, name: 'Non-production', parentId: 'ou-ab12-work0001' },
    ],
    accounts,
    policies: [
      fullAwsAccess('r-ab12'),
      ...otherScps,
      {
        id: 'p-scp0ami1',
        name: 'ami-guardrail',
        type: 'SERVICE_CONTROL_POLICY',
        content: SCP_CONTENT,
        targets: ['ou-ab12-work0001', '000033334444'],
      },
      {
        id: 'p-dec0ami1',
        name: 'ami-publisher-allowlist',
        type: 'DECLARATIVE_POLICY_EC2',
        content: DECLARATIVE_CONTENT,
        targets: ['r-ab12'],
      },
    ],
    effective,
  };
}
