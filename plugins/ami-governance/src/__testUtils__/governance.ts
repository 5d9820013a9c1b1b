import {
  addDays,
  exceptionStatus,
  IsoDate,
  Publisher,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import type {
  ExceptionRequestsResponse,
  PoliciesResponse,
  PublishersQuery,
  PublishersResponse,
} from '../api/types';
import { answerPublishers, PublishersMeta } from './publisherQuery';

/** The fixed day every fixture is relative to (the example governance repo uses the same). */
export const TODAY: IsoDate = '2026-11-23';

function exception(
  index: number,
  account: string,
  expiresOn: IsoDate,
  extra: Partial<NonNullable<Publisher['exception']>> = {},
): Publisher {
  const entry = {
    account_id: account,
    expires_on: expiresOn,
    reason: `Reason ${index}`,
    exception_type: 'migration',
    ticket: `CLOUD-${1000 + index}`,
    requested_by: `team-${index}`,
    approved_by: 'security-lead',
    ...extra,
  };
  return {
    provider: account,
    category: 'exception',
    path: `exception_accounts[${index}]`,
    name: entry.requested_by,
    description: entry.reason,
    exception: { ...entry, status: exceptionStatus(expiresOn, TODAY) },
  };
}

/** Ops, two vendors and exceptions expiring in 69 days, 8 days, tomorrow, today, yesterday and 7 days ago. */
export function allPublishers(): Publisher[] {
  return [
    {
      provider: '123456738923',
      category: 'ops',
      path: 'ops_publisher_account',
      name: 'Ops golden AMI publisher',
      description: 'Hardened base images',
    },
    {
      provider: '111122223333',
      category: 'vendor',
      path: 'vendor_publisher_accounts[0]',
      name: 'InfoBlox',
      description: 'DDI appliances',
    },
    {
      provider: '444455556666',
      category: 'vendor',
      path: 'vendor_publisher_accounts[1]',
      name: 'Terraform Enterprise',
    },
    exception(0, '777788889999', addDays(TODAY, 69), {
      ticket: 'CLOUD-1234',
      requested_by: 'app-team-alpha',
    }),
    exception(1, '222233334444', addDays(TODAY, 8), {
      exception_type: 'vendor_poc',
    }),
    exception(2, '300000000001', addDays(TODAY, 1)),
    exception(3, '300000000002', TODAY),
    exception(4, '300000000003', addDays(TODAY, -1), {
      exception_type: 'emergency',
    }),
    exception(5, '555566667777', addDays(TODAY, -7), {
      exception_type: 'emergency',
      requested_by: 'payments-team',
    }),
  ];
}

/** `count` more exceptions, all active for a year, for paging: accounts 400000000000 and up. */
export function manyExceptions(count: number): Publisher[] {
  return Array.from({ length: count }, (_, i) =>
    exception(100 + i, String(400000000000 + i), addDays(TODAY, 365), {
      requested_by: `bulk-team-${i + 1}`,
    }),
  );
}

/** What a publishers answer carries besides the page. */
export function publishersMeta(
  overrides: Partial<PublishersMeta> = {},
): PublishersMeta {
  return {
    source: 'ami_publishers.json',
    readAt: '2026-11-23T10:00:00.000Z',
    today: TODAY,
    configError: null,
    enforcementMode: 'audit_mode',
    warningDays: 14,
    ...overrides,
  };
}

/** The backend's answer to `GET /publishers` (no filter, first page) over the fixture publishers. */
export function publishersResponse(
  overrides: Partial<PublishersMeta> = {},
  query: PublishersQuery = {},
  publishers: Publisher[] = allPublishers(),
): PublishersResponse {
  return answerPublishers(publishers, query, publishersMeta(overrides));
}

export function policiesResponse(
  overrides: Partial<PoliciesResponse> = {},
): PoliciesResponse {
  return {
    source: 'ami_publishers.json',
    readAt: '2026-11-23T10:00:00.000Z',
    today: TODAY,
    configError: null,
    valid: true,
    findings: [],
    allowlist: ['111122223333', '123456738923'],
    policies: [
      {
        kind: 'declarativePolicy',
        fileName: 'declarative-policy-ec2.json',
        document: {},
        size: 1832,
        maxSize: 10000,
      },
      {
        kind: 'scp',
        fileName: 'scp-ami-guardrail.json',
        document: {},
        size: 2021,
        maxSize: 10240,
      },
    ],
    ...overrides,
  };
}

export function requestsResponse(): ExceptionRequestsResponse {
  return {
    items: [
      {
        accountId: '888800001111',
        ticket: 'CLOUD-1400',
        exceptionType: 'vendor_poc',
        expiresOn: '2027-01-10',
        requestedBy: 'data-team',
        mergeRequestUrl:
          'https://gitlab.example.com/platform/governance/-/merge_requests/42',
        mergeRequestIid: 42,
        projectId: 'platform/governance',
        host: 'gitlab.example.com',
        branchName: 'exception/CLOUD-1400-888800001111',
        createdAt: '2026-11-19T09:00:00Z',
        state: 'merged',
        updatedAt: '2026-11-20T09:00:00Z',
      },
      {
        accountId: '888800002222',
        ticket: 'CLOUD-1401',
        exceptionType: 'migration',
        expiresOn: '2027-02-01',
        requestedBy: 'web-team',
        mergeRequestUrl:
          'https://gitlab.example.com/platform/governance/-/merge_requests/43',
        mergeRequestIid: 43,
        projectId: 'platform/governance',
        host: 'gitlab.example.com',
        branchName: 'exception/CLOUD-1401-888800002222',
        createdAt: '2026-11-19T09:00:00Z',
        state: 'opened',
        updatedAt: '2026-11-22T09:00:00Z',
      },
    ],
  };
}

export {
  manyAccounts,
  organizationStatus,
  statusResponse,
} from './organization';
