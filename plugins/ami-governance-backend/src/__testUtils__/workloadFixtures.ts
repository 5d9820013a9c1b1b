import {
  WorkloadAccountReport,
  WorkloadImage,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { TEST_NOW, TEST_TODAY } from './fixtures';

/**
 * A small organization with workloads for the workload API tests, judged against configAsOfTestDay()
 * (allowlist today: 111122223333, 123456738923, 222233334444 (expires in 3 days), 777788889999
 * (in 40 days); 555566667777 expired 2 days ago):
 *
 * payments-prod 210987654321
 *   us-east-1 audit-mode by the policy, the policy's criteria
 *     i-a1 ops AMI · i-a2 expiring exception's AMI · i-a3 expired exception's AMI (blocked)
 *     i-a4 its own AMI (self-owned) · i-a5 an AMI nobody could describe (unresolved)
 *     lt-a1 v3 expiring exception's AMI · lt-a2 v1 an `amazon` AMI (blocked) · public ami-a-public
 *   eu-west-1 disabled, managed by the account · i-a6 an outside publisher's AMI (blocked)
 * payments-dev 310987654321
 *   us-east-1 audit-mode by the policy · i-b1 expired exception's AMI (blocked)
 *     i-b2 the 40-day exception's AMI · i-b3 the ops AMI, which this account could not describe
 *   ap-south-1 refused (OptInRequired)
 * data-lab 098765432109 · role not assumable (AccessDenied): not visible
 */
export const ACCOUNTS = {
  prod: '210987654321',
  dev: '310987654321',
  lab: '098765432109',
  management: '000011112222',
} as const;

export const OWNERS = {
  ops: '123456738923',
  expiring: '222233334444',
  later: '777788889999',
  expired: '555566667777',
  outside: '999988887777',
  amazon: '137112412989',
} as const;

const collectedAt = `${TEST_TODAY}T06:00:00Z`;

const image = (
  imageId: string,
  ownerId?: string,
  extra: Partial<WorkloadImage> = {},
): WorkloadImage => ({
  imageId,
  ...(ownerId && { ownerId }),
  name: `${imageId}-name`,
  ...extra,
});

const AMI = {
  ops: image('ami-ops', OWNERS.ops),
  expiring: image('ami-expiring', OWNERS.expiring),
  later: image('ami-later', OWNERS.later),
  expired: image('ami-expired', OWNERS.expired),
  outside: image('ami-outside', OWNERS.outside),
  amazon: image('ami-amazon', OWNERS.amazon, { ownerAlias: 'amazon' }),
  own: image('ami-own', ACCOUNTS.prod),
  gone: image('ami-gone'),
};

const POLICY_CRITERIA = [
  {
    ImageProviders: [OWNERS.expiring, OWNERS.later, OWNERS.ops, '111122223333'],
  },
];

const byPolicy = {
  state: 'audit-mode',
  managedBy: 'declarative-policy',
  imageCriteria: POLICY_CRITERIA,
};

const instance = (instanceId: string, i: WorkloadImage) => ({
  instanceId,
  state: 'running',
  launchTime: '2026-10-01T00:00:00Z',
  image: { ...i, imageAllowed: true },
});

export function workloadReports(): WorkloadAccountReport[] {
  return [
    {
      accountId: ACCOUNTS.prod,
      collectedAt,
      regions: [
        {
          region: 'us-east-1',
          allowedImages: byPolicy,
          imageBlockPublicAccess: {
            state: 'block-new-sharing',
            managedBy: 'declarative-policy',
          },
          instances: [
            instance('i-a1', AMI.ops),
            instance('i-a2', AMI.expiring),
            instance('i-a3', AMI.expired),
            instance('i-a4', AMI.own),
            instance('i-a5', AMI.gone),
          ],
          launchTemplates: [
            {
              launchTemplateId: 'lt-a1',
              name: 'web',
              version: 3,
              pointers: ['default', 'latest'],
              image: AMI.expiring,
            },
            {
              launchTemplateId: 'lt-a2',
              name: 'batch',
              version: 1,
              pointers: ['default'],
              image: AMI.amazon,
            },
          ],
          publicImages: [
            {
              imageId: 'ami-a-public',
              name: 'shared-by-mistake',
              creationDate: '2026-01-01T00:00:00Z',
            },
          ],
        },
        {
          region: 'eu-west-1',
          allowedImages: {
            state: 'disabled',
            managedBy: 'account',
            imageCriteria: [],
          },
          instances: [instance('i-a6', AMI.outside)],
          launchTemplates: [],
          publicImages: [],
        },
      ],
    },
    {
      accountId: ACCOUNTS.dev,
      collectedAt,
      regions: [
        {
          region: 'us-east-1',
          allowedImages: byPolicy,
          instances: [
            instance('i-b1', AMI.expired),
            instance('i-b2', AMI.later),
            instance('i-b3', image('ami-ops')),
          ],
          launchTemplates: [],
          publicImages: [],
        },
        {
          region: 'ap-south-1',
          instances: [],
          launchTemplates: [],
          publicImages: [],
          error: {
            code: 'OptInRequired',
            message: 'You are not subscribed to this service.',
          },
        },
      ],
    },
    {
      accountId: ACCOUNTS.lab,
      collectedAt,
      error: {
        code: 'AccessDenied',
        message: `User is not authorized to perform: sts:AssumeRole on arn:aws:iam::${ACCOUNTS.lab}:role/AmiGovernanceReadOnly`,
      },
      regions: [],
    },
  ];
}

/** An organization snapshot (format 2) of those accounts, with the workloads section. */
export function workloadSnapshot(at = TEST_NOW) {
  return {
    version: 2,
    collectedAt: new Date(at.getTime() - 6 * 3_600_000).toISOString(),
    organization: { id: 'o-work1', managementAccountId: ACCOUNTS.management },
    roots: [{ id: 'r-work', name: 'Root' }],
    organizationalUnits: [
      { id: 'ou-work-workloads', name: 'Workloads', parentId: 'r-work' },
      { id: 'ou-work-lab', name: 'Lab', parentId: 'r-work' },
    ],
    accounts: [
      {
        id: ACCOUNTS.management,
        name: 'management',
        parentId: 'r-work',
        status: 'ACTIVE',
      },
      {
        id: ACCOUNTS.prod,
        name: 'payments-prod',
        parentId: 'ou-work-workloads',
        status: 'ACTIVE',
      },
      {
        id: ACCOUNTS.dev,
        name: 'payments-dev',
        parentId: 'ou-work-workloads',
        status: 'ACTIVE',
      },
      {
        id: ACCOUNTS.lab,
        name: 'data-lab',
        parentId: 'ou-work-lab',
        status: 'ACTIVE',
      },
      {
        id: '444400001111',
        name: 'closed',
        parentId: 'ou-work-lab',
        status: 'SUSPENDED',
      },
    ],
    policies: {
      declarativePolicy: {
        id: 'p-workdecl1',
        name: 'ami-governance-declarative-policy',
        content: '{}',
        targets: [
          {
            targetId: 'ou-work-workloads',
            name: 'Workloads',
            type: 'ORGANIZATIONAL_UNIT',
          },
        ],
      },
      scp: {
        id: 'p-workscp01',
        name: 'scp-ami-guardrail',
        content: '{}',
        targets: [{ targetId: 'r-work', name: 'Root', type: 'ROOT' }],
      },
    },
    errors: [],
    workloads: {
      roleName: 'AmiGovernanceReadOnly',
      accounts: workloadReports(),
    },
  };
}
