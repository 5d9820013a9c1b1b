import type { OrganizationStatus } from '@ami-governance/backstage-plugin-ami-governance-common';
import { EXAMPLE_DIFFERING_ACCOUNT } from '@ami-governance/backstage-plugin-ami-governance-common/testUtils';
import type { StatusResponse } from '../api/types';
import { cutStatus } from './statusPaging';

const mgmt = { id: '000011112222', name: 'management' };

/** The example organization: both policies deployed, drifted (one provider missing, one extra). */
export function organizationStatus(
  overrides: Partial<OrganizationStatus> = {},
): OrganizationStatus {
  const drift = {
    missing: ['777788889999'],
    extra: ['555566667777'],
    inSync: false,
  };
  return {
    collectedAt: '2026-11-23T06:00:00Z',
    stale: false,
    managementAccountId: mgmt.id,
    totalAccounts: 8,
    verdict: 'drifted',
    collectionErrors: [],
    policies: {
      declarativePolicy: {
        kind: 'declarativePolicy',
        deployed: true,
        policyId: 'p-ex01decl',
        policyName: 'ami-allowed-images',
        attachments: [
          {
            targetId: 'ou-ex01-workloads',
            name: 'Workloads',
            type: 'ORGANIZATIONAL_UNIT',
          },
          { targetId: mgmt.id, name: 'management', type: 'ACCOUNT' },
        ],
        coverage: {
          totalAccounts: 8,
          governedCount: 7,
          ungoverned: [{ id: '045678901234', name: 'sandbox-experiments' }],
          managementAccount: {
            ...mgmt,
            governed: true,
            note: 'Declarative policies apply to the management account.',
          },
        },
        drift: {
          ...drift,
          mode: {
            expected: 'audit_mode',
            deployed: 'audit_mode',
            matches: true,
          },
          publicSharing: {
            expected: 'block_new_sharing',
            deployed: 'block_new_sharing',
            matches: true,
          },
          unrestrictedCriteria: [],
        },
        compliance: {
          comparedWith: 'deployed',
          matching: [mgmt, { id: '123456738923', name: 'ami-factory' }],
          differing: [EXAMPLE_DIFFERING_ACCOUNT],
          unknown: [
            {
              id: '045678901234',
              name: 'sandbox-experiments',
              reason: 'no EC2 declarative policy applies',
            },
          ],
        },
      },
      scp: {
        kind: 'scp',
        deployed: true,
        policyId: 'p-ex01scp1',
        policyName: 'ami-guardrail',
        attachments: [{ targetId: 'r-ex01', name: 'Root', type: 'ROOT' }],
        coverage: {
          totalAccounts: 8,
          governedCount: 7,
          ungoverned: [],
          managementAccount: {
            ...mgmt,
            governed: false,
            note: 'SCPs never restrict the management account.',
          },
        },
        drift: {
          ...drift,
          creationGuard: {
            expected: ['123456738923'],
            deployed: ['123456738923'],
            matches: true,
          },
          ineffectiveStatements: [],
        },
      },
    },
    ...overrides,
  };
}

/** `n` accounts named `<prefix>-<i>`, IDs counting up from `firstId`. */
export function manyAccounts(
  n: number,
  prefix: string,
  firstId = 600000000000,
) {
  return Array.from({ length: n }, (_, i) => ({
    id: String(firstId + i),
    name: `${prefix}-${i + 1}`,
  }));
}

/** The status answer for an organization (the example one by default), its lists cut as `GET /status` cuts them. */
export function statusResponse(
  overrides: Partial<Omit<StatusResponse, 'status'>> & {
    status?: OrganizationStatus;
  } = {},
): StatusResponse {
  const { status = organizationStatus(), ...rest } = overrides;
  return {
    available: true,
    source: 'file:../../examples/org-snapshot.json',
    receivedAt: '2026-11-23T10:00:01.000Z',
    driftSince: '2026-11-23T06:00:00Z',
    collectionError: null,
    configError: null,
    status: cutStatus(status),
    ...rest,
  };
}
