import { createApiRef } from '@backstage/core-plugin-api';
import type { Publisher } from '@ami-governance/backstage-plugin-ami-governance-common';
import type {
  AllowlistResponse,
  ExceptionRequestsResponse,
  ExceptionsQuery,
  ExceptionsResponse,
  PoliciesResponse,
  PublishersQuery,
  PublishersResponse,
  StatusAccountList,
  StatusAccountsQuery,
  StatusAccountsResponse,
  StatusResponse,
} from './types';
import type {
  ExceptionRequestContext,
  ExceptionRequestPreviewQuery,
  ExceptionRequestPreviewResponse,
  OrganizationAccountsQuery,
  OrganizationAccountsResponse,
} from './exceptionRequestTypes';
import type { ExplainLaunchQuery, ExplainLaunchResponse } from './explainTypes';
import type {
  AccountStandingResponse,
  ImpactQuery,
  ImpactResponse,
  PublicImagesQuery,
  PublicImagesResponse,
  ReadinessResponse,
  UsageResponse,
  WorkloadQuery,
} from './workloadTypes';
import type {
  ImageDescendantsQuery,
  ImageDescendantsResponse,
  ImageLineageResponse,
  ProvenanceQuery,
  ProvenanceResponse,
} from './lineageTypes';

/** Read access to the `ami-governance` backend. Every method throws `ResponseError` on failure. @public */
export interface AmiGovernanceApi {
  /** One page of the publishers matching the query, with counts over the whole config. */
  getPublishers(query?: PublishersQuery): Promise<PublishersResponse>;
  getAllowlist(): Promise<AllowlistResponse>;
  /** One page of exceptions; `status: 'active'` includes expiring ones (both are in the allowlist). */
  getExceptions(query?: ExceptionsQuery): Promise<ExceptionsResponse>;
  /** The exception for one account, or undefined when the config has none for it. */
  getException(accountId: string): Promise<Publisher | undefined>;
  getPolicies(): Promise<PoliciesResponse>;
  /** The latest status, each account list cut to its first 20 entries beside its total. */
  getStatus(): Promise<StatusResponse>;
  /** Further pages of one account list of the latest status. */
  getStatusAccounts<L extends StatusAccountList>(
    query: StatusAccountsQuery<L>,
  ): Promise<StatusAccountsResponse<L>>;
  /** Undefined when the backend does not offer exception requests (404). */
  getExceptionRequests(): Promise<ExceptionRequestsResponse | undefined>;
  /** The rules the exception request form applies, and what a request for `accountId` would be. */
  getExceptionRequestContext(
    accountId?: string,
  ): Promise<ExceptionRequestContext>;
  /** The merge request the form's request would open, planned by the backend as the action plans it. */
  previewExceptionRequest(
    query: ExceptionRequestPreviewQuery,
  ): Promise<ExceptionRequestPreviewResponse>;
  /** Accounts of the newest organization snapshot, for suggestions. */
  getOrganizationAccounts(
    query?: OrganizationAccountsQuery,
  ): Promise<OrganizationAccountsResponse>;
  /** Whether an account may launch an AMI (or AMIs of an owner), layer by layer, and until when. */
  explain(query: ExplainLaunchQuery): Promise<ExplainLaunchResponse>;
  /** What switching to `enabled` would block today, with one page of the workloads. */
  getReadiness(query?: WorkloadQuery): Promise<ReadinessResponse>;
  /** What stops being allowed on a later date, or without one publisher. */
  getImpact(query?: ImpactQuery): Promise<ImpactResponse>;
  /** How many workloads use each provider's AMIs, and what each exception's lapse blocks. */
  getUsage(providers: string[]): Promise<UsageResponse>;
  /** One account's standing; undefined when neither the organization nor the workloads know it (404). */
  getAccountStanding(
    accountId: string,
    query?: { offset?: number; limit?: number },
  ): Promise<AccountStandingResponse | undefined>;
  /** Member-owned public AMIs, a page at a time. */
  getPublicImages(query?: PublicImagesQuery): Promise<PublicImagesResponse>;
  /** One AMI's lineage; undefined when no collection met it (404). */
  getImageLineage(imageId: string): Promise<ImageLineageResponse | undefined>;
  /** The scope of impact of an AMI, a page of its workloads with totals; undefined when unknown (404). */
  getImageDescendants(
    imageId: string,
    query?: ImageDescendantsQuery,
  ): Promise<ImageDescendantsResponse | undefined>;
  /** Workloads by the provenance of their AMI, per account, foreign and unknown first. */
  getProvenance(query?: ProvenanceQuery): Promise<ProvenanceResponse>;
}

/** @public */
export const amiGovernanceApiRef = createApiRef<AmiGovernanceApi>({
  id: 'plugin.ami-governance.service',
});
