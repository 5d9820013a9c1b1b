/**
 * A small organization shaped like the collector's output, for the organization status tests.
 *
 * Root r-test1
 * ├── 000011112222 management          (declarative policy attached to the account itself)
 * ├── ou-test1-infra Infrastructure    (declarative policy)
 * │   └── 123456738923 ami-factory     effective policy as deployed
 * ├── ou-test1-workloads Workloads     (declarative policy)
 * │   ├── 310987654321 payments-dev    effective policy without @@ operators, EC2 API spellings
 * │   └── ou-test1-prod Production
 * │       ├── 210987654321 payments-prod  effective policy with an extra provider
 * │       └── 098765432109 data-lab       effective policy unreadable (AccessDenied)
 * └── ou-test1-sandbox Sandbox         (no declarative policy)
 *     └── 045678901234 sandbox         no effective policy
 * The SCP is attached at the root.
 */
import { parseGovernanceConfig } from '../config/parseConfig';
import { buildPolicyDocuments } from '../policies/generatePolicies';
import { expectedPoliciesOf } from '../organization/expectedPolicies';
import type {
  OrganizationSnapshot,
  SnapshotAccount,
} from '../organization/snapshotSchema';
import type { ExpectedPolicies } from '../organization/statusTypes';
import { rawConfig, TODAY } from './configs';

export const COLLECTED_AT = '2026-11-23T06:00:00Z';

export const ORG = {
  root: 'r-test1',
  management: '000011112222',
  publisher: '123456738923',
  paymentsDev: '310987654321',
  paymentsProd: '210987654321',
  dataLab: '098765432109',
  sandbox: '045678901234',
} as const;

/** The extra provider an account-level policy adds to payments-prod. */
export const STRAY_PROVIDER = '999988887777';

/** Git's view: the standard test config plus the Marketplace alias (to exercise both spellings). */
export function expectedFixture(): ExpectedPolicies {
  const raw = rawConfig();
  const parsed = parseGovernanceConfig({
    ...raw,
    policy_config: {
      ...raw.policy_config,
      additional_image_providers: ['aws-marketplace'],
    },
  });
  if (!parsed.ok) throw new Error('snapshot fixture config is invalid');
  return expectedPoliciesOf(parsed.config, TODAY);
}

/** The compact documents the generator writes for `expected`: what a deploy sends as Content. */
export function deployedContents(expected = expectedFixture()) {
  const built = buildPolicyDocuments(expected.allowlist, expected.settings);
  if (!built.ok) throw new Error('snapshot fixture policies were refused');
  return {
    declarativePolicy: built.declarativePolicy.compact,
    scp: built.scp.compact,
  };
}

/** The deployed declarative policy merged with an account policy that adds its own criterion. */
function withStrayCriterion(content: string): string {
  const doc = JSON.parse(content);
  doc.ec2_attributes.allowed_images_settings.image_criteria.criteria_2 = {
    allowed_image_providers: { '@@assign': [STRAY_PROVIDER] },
  };
  return JSON.stringify(doc);
}

/** The same allowlist as an effective policy may show it: bare values, EC2 API spellings, any order. */
const BARE_EFFECTIVE_POLICY = JSON.stringify({
  ec2_attributes: {
    image_block_public_access: { state: 'block-new-sharing' },
    allowed_images_settings: {
      state: 'audit-mode',
      image_criteria: {
        criteria_1: {
          allowed_image_providers: [
            'aws-marketplace',
            '444455556666',
            '111122223333',
            '123456738923',
          ],
        },
      },
    },
  },
});

/** A fresh snapshot each call, so tests may edit it. */
export function snapshotFixture(): OrganizationSnapshot {
  const content = deployedContents();
  return {
    version: 1,
    collectedAt: COLLECTED_AT,
    organization: { id: 'o-test1', managementAccountId: ORG.management },
    roots: [{ id: ORG.root, name: 'Root' }],
    organizationalUnits: [
      { id: 'ou-test1-infra', name: 'Infrastructure', parentId: ORG.root },
      { id: 'ou-test1-workloads', name: 'Workloads', parentId: ORG.root },
      {
        id: 'ou-test1-prod',
        name: 'Production',
        parentId: 'ou-test1-workloads',
      },
      { id: 'ou-test1-sandbox', name: 'Sandbox', parentId: ORG.root },
    ],
    accounts: [
      {
        id: ORG.management,
        name: 'management',
        parentId: ORG.root,
        status: 'ACTIVE',
        effectiveDeclarativePolicy: content.declarativePolicy,
      },
      {
        id: ORG.publisher,
        name: 'ami-factory',
        parentId: 'ou-test1-infra',
        status: 'ACTIVE',
        effectiveDeclarativePolicy: content.declarativePolicy,
      },
      {
        id: ORG.paymentsDev,
        name: 'payments-dev',
        parentId: 'ou-test1-workloads',
        status: 'ACTIVE',
        effectiveDeclarativePolicy: BARE_EFFECTIVE_POLICY,
      },
      {
        id: ORG.paymentsProd,
        name: 'payments-prod',
        parentId: 'ou-test1-prod',
        status: 'ACTIVE',
        effectiveDeclarativePolicy: withStrayCriterion(
          content.declarativePolicy,
        ),
      },
      {
        id: ORG.dataLab,
        name: 'data-lab',
        parentId: 'ou-test1-prod',
        status: 'ACTIVE',
        effectivePolicyError:
          'AccessDeniedException: not authorized to perform organizations:DescribeEffectivePolicy',
      },
      {
        id: ORG.sandbox,
        name: 'sandbox',
        parentId: 'ou-test1-sandbox',
        status: 'ACTIVE',
        effectivePolicyError:
          'EffectivePolicyNotFoundException: no EC2 declarative policy applies to this account',
      },
    ],
    policies: {
      declarativePolicy: {
        id: 'p-test1decl',
        name: 'ami-allowed-images',
        content: content.declarativePolicy,
        targets: [
          {
            targetId: 'ou-test1-infra',
            name: 'Infrastructure',
            type: 'ORGANIZATIONAL_UNIT',
          },
          {
            targetId: 'ou-test1-workloads',
            name: 'Workloads',
            type: 'ORGANIZATIONAL_UNIT',
          },
          { targetId: ORG.management, name: 'management', type: 'ACCOUNT' },
        ],
      },
      scp: {
        id: 'p-test1scp1',
        name: 'ami-guardrail',
        content: content.scp,
        targets: [{ targetId: ORG.root, name: 'Root', type: 'ROOT' }],
      },
    },
    errors: [],
  };
}

/** The account with `id` in `snapshot`, for tests that edit one. */
export function accountOf(
  snapshot: OrganizationSnapshot,
  id: string,
): SnapshotAccount {
  const account = snapshot.accounts.find(a => a.id === id);
  if (!account) throw new Error(`no account ${id} in the snapshot fixture`);
  return account;
}

/** The fixture with every gap closed: declarative policy at the root, effective policies as deployed. */
export function inSyncSnapshotFixture(): OrganizationSnapshot {
  const snapshot = snapshotFixture();
  const content = deployedContents();
  snapshot.policies.declarativePolicy!.targets = [
    { targetId: ORG.root, name: 'Root', type: 'ROOT' },
  ];
  for (const account of snapshot.accounts) {
    account.effectiveDeclarativePolicy ??= content.declarativePolicy;
    delete account.effectivePolicyError;
  }
  accountOf(snapshot, ORG.paymentsProd).effectiveDeclarativePolicy =
    content.declarativePolicy;
  return snapshot;
}
