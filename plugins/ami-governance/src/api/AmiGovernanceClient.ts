import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import type { Publisher } from '@ami-governance/backstage-plugin-ami-governance-common';
import type { AmiGovernanceApi } from './AmiGovernanceApi';
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
import { queryString } from './queryString';

/** The backend plugin's ID, which discovery turns into its base URL. */
const PLUGIN_ID = 'ami-governance';

/** {@link AmiGovernanceApi} over HTTP, through the app's discovery and fetch APIs. @public */
export class AmiGovernanceClient implements AmiGovernanceApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  getPublishers(query: PublishersQuery = {}): Promise<PublishersResponse> {
    return this.get(`/publishers${queryString(query)}`);
  }

  getAllowlist(): Promise<AllowlistResponse> {
    return this.get('/allowlist');
  }

  getExceptions(query: ExceptionsQuery = {}): Promise<ExceptionsResponse> {
    return this.get(`/exceptions${queryString(query)}`);
  }

  async getException(accountId: string): Promise<Publisher | undefined> {
    const response = await this.fetch(
      `/exceptions/${encodeURIComponent(accountId)}`,
    );
    if (response.status === 404) return undefined;
    return this.parse(response);
  }

  getPolicies(): Promise<PoliciesResponse> {
    return this.get('/policies');
  }

  getStatus(): Promise<StatusResponse> {
    return this.get('/status');
  }

  getStatusAccounts<L extends StatusAccountList>(
    query: StatusAccountsQuery<L>,
  ): Promise<StatusAccountsResponse<L>> {
    return this.get(`/status/accounts${queryString(query)}`);
  }

  async getExceptionRequests(): Promise<ExceptionRequestsResponse | undefined> {
    const response = await this.fetch('/exception-requests');
    // Older backends have no such route: "not offered", not an error.
    if (response.status === 404) return undefined;
    return this.parse(response);
  }

  getExceptionRequestContext(
    accountId?: string,
  ): Promise<ExceptionRequestContext> {
    return this.get(`/exception-requests/context${queryString({ accountId })}`);
  }

  previewExceptionRequest(
    query: ExceptionRequestPreviewQuery,
  ): Promise<ExceptionRequestPreviewResponse> {
    return this.get(`/exception-requests/preview${queryString(query)}`);
  }

  getOrganizationAccounts(
    query: OrganizationAccountsQuery = {},
  ): Promise<OrganizationAccountsResponse> {
    return this.get(`/organization/accounts${queryString(query)}`);
  }

  explain(query: ExplainLaunchQuery): Promise<ExplainLaunchResponse> {
    return this.get(`/explain${queryString(query)}`);
  }

  getReadiness(query: WorkloadQuery = {}): Promise<ReadinessResponse> {
    return this.get(`/readiness${queryString(query)}`);
  }

  getImpact(query: ImpactQuery = {}): Promise<ImpactResponse> {
    return this.get(`/impact${queryString(query)}`);
  }

  getUsage(providers: string[]): Promise<UsageResponse> {
    const search = new URLSearchParams();
    for (const provider of providers) search.append('provider', provider);
    return this.get(`/usage?${search}`);
  }

  async getAccountStanding(
    accountId: string,
    query: { offset?: number; limit?: number } = {},
  ): Promise<AccountStandingResponse | undefined> {
    const response = await this.fetch(
      `/accounts/${encodeURIComponent(accountId)}${queryString(query)}`,
    );
    if (response.status === 404) return undefined;
    return this.parse(response);
  }

  getPublicImages(
    query: PublicImagesQuery = {},
  ): Promise<PublicImagesResponse> {
    return this.get(`/public-images${queryString(query)}`);
  }

  private async get<T>(path: string): Promise<T> {
    return this.parse(await this.fetch(path));
  }

  private async fetch(path: string): Promise<Response> {
    const baseUrl = await this.discoveryApi.getBaseUrl(PLUGIN_ID);
    return this.fetchApi.fetch(`${baseUrl}${path}`, {
      headers: { Accept: 'application/json' },
    });
  }

  private async parse<T>(response: Response): Promise<T> {
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return (await response.json()) as T;
  }
}
