import type {
  OrganizationStatus,
  Publisher,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import type { AmiGovernanceApi } from '../api/AmiGovernanceApi';
import {
  allPublishers,
  policiesResponse,
  publishersMeta,
  requestsResponse,
} from './governance';
import { organizationStatus, statusResponse } from './organization';
import {
  answerExceptions,
  answerPublishers,
  PublishersMeta,
} from './publisherQuery';
import { answerStatusAccounts } from './statusPaging';
import { formApi } from './exceptionRequestForm';
import { explainApi } from './launchWorld';
import { notCollectedApi } from './workloadWorld';
import { notCollectedLineageApi } from './lineageWorld';

/** The data behind the mock API: the whole config and organization, which it filters and pages. */
export type MockFixtures = {
  publishers?: Publisher[];
  meta?: Partial<PublishersMeta>;
  organization?: OrganizationStatus;
};

/**
 * A mock API over the fixtures with the backend's filtering and paging semantics (so paging and
 * filters are exercised for real); override any method.
 */
export function mockApi(
  overrides: Partial<AmiGovernanceApi> = {},
  fixtures: MockFixtures = {},
): AmiGovernanceApi {
  const publishers = fixtures.publishers ?? allPublishers();
  const meta = publishersMeta(fixtures.meta);
  const organization = fixtures.organization ?? organizationStatus();
  return {
    getPublishers: async (query = {}) =>
      answerPublishers(publishers, query, meta),
    getAllowlist: async () => ({ ...meta, providers: [], version: 'v' }),
    getExceptions: async (query = {}) =>
      answerExceptions(publishers, query, meta),
    getException: async accountId =>
      publishers.find(p => p.exception && p.provider === accountId),
    getPolicies: async () => policiesResponse(),
    getStatus: async () => statusResponse({ status: organization }),
    getStatusAccounts: async query => answerStatusAccounts(organization, query),
    getExceptionRequests: async () => requestsResponse(),
    ...formApi(),
    ...explainApi().api,
    ...notCollectedApi(),
    ...notCollectedLineageApi(),
    ...overrides,
  };
}
