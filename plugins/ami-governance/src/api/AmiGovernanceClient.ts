// openapi-fetch names its request methods after the HTTP verbs.
/* eslint new-cap: ["error", { "capIsNewExceptions": ["GET"] }] */
import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import createClient, { type Client } from 'openapi-fetch';
import type {
  ApiPaths,
  Publisher,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import type { AmiGovernanceApi } from './AmiGovernanceApi';
import type {
  AllowlistResponse,
  ExceptionRequestsResponse,
  ExceptionsQuery,
  ExceptionsResponse,
  PageQuery,
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
import { serializeQuery } from './queryString';

/** The backend plugin's ID, which discovery turns into its base URL. */
const PLUGIN_ID = 'ami-governance';

/** {@link AmiGovernanceApi} over HTTP, through the app's discovery and fetch APIs. @public */
export class AmiGovernanceClient implements AmiGovernanceApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly client: Client<ApiPaths>;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    const { fetchApi } = options;
    this.client = createClient<ApiPaths>({
      // The app's fetch, so its middleware (the user's token) applies.
      fetch: request => fetchApi.fetch(request),
      headers: { Accept: 'application/json' },
      querySerializer: serializeQuery,
    });
    this.client.use({
      // Thrown before openapi-fetch reads the body, which ResponseError reads for the backend's message.
      async onResponse({ response }) {
        if (!response.ok) throw await ResponseError.fromResponse(response);
      },
    });
  }

  async getPublishers(
    query: PublishersQuery = {},
  ): Promise<PublishersResponse> {
    return dataOf(
      await this.client.GET('/publishers', {
        baseUrl: await this.baseUrl(),
        params: { query: wirePage(query) },
      }),
    );
  }

  async getAllowlist(): Promise<AllowlistResponse> {
    return dataOf(
      await this.client.GET('/allowlist', { baseUrl: await this.baseUrl() }),
    );
  }

  async getExceptions(
    query: ExceptionsQuery = {},
  ): Promise<ExceptionsResponse> {
    return dataOf(
      await this.client.GET('/exceptions', {
        baseUrl: await this.baseUrl(),
        params: { query: wirePage(query) },
      }),
    );
  }

  async getException(accountId: string): Promise<Publisher | undefined> {
    const baseUrl = await this.baseUrl();
    return undefinedOn404(async () =>
      dataOf(
        await this.client.GET('/exceptions/{accountId}', {
          baseUrl,
          params: { path: { accountId } },
        }),
      ),
    );
  }

  async getPolicies(): Promise<PoliciesResponse> {
    return dataOf(
      await this.client.GET('/policies', { baseUrl: await this.baseUrl() }),
    );
  }

  async getStatus(): Promise<StatusResponse> {
    return dataOf(
      await this.client.GET('/status', { baseUrl: await this.baseUrl() }),
    );
  }

  async getStatusAccounts<L extends StatusAccountList>(
    query: StatusAccountsQuery<L>,
  ): Promise<StatusAccountsResponse<L>> {
    const page = dataOf(
      await this.client.GET('/status/accounts', {
        baseUrl: await this.baseUrl(),
        params: { query: wirePage<StatusAccountsQuery>(query) },
      }),
    );
    // The document types the items as any list's entries; the backend answers those of `list`.
    return page as StatusAccountsResponse<L>;
  }

  async getExceptionRequests(): Promise<ExceptionRequestsResponse | undefined> {
    const baseUrl = await this.baseUrl();
    // Older backends have no such route: "not offered", not an error.
    return undefinedOn404(async () =>
      dataOf(await this.client.GET('/exception-requests', { baseUrl })),
    );
  }

  async getExceptionRequestContext(
    accountId?: string,
  ): Promise<ExceptionRequestContext> {
    return dataOf(
      await this.client.GET('/exception-requests/context', {
        baseUrl: await this.baseUrl(),
        params: { query: { accountId } },
      }),
    );
  }

  async previewExceptionRequest(
    query: ExceptionRequestPreviewQuery,
  ): Promise<ExceptionRequestPreviewResponse> {
    return dataOf(
      await this.client.GET('/exception-requests/preview', {
        baseUrl: await this.baseUrl(),
        params: { query },
      }),
    );
  }

  async getOrganizationAccounts(
    query: OrganizationAccountsQuery = {},
  ): Promise<OrganizationAccountsResponse> {
    return dataOf(
      await this.client.GET('/organization/accounts', {
        baseUrl: await this.baseUrl(),
        params: { query: wirePage(query) },
      }),
    );
  }

  async explain(query: ExplainLaunchQuery): Promise<ExplainLaunchResponse> {
    return dataOf(
      await this.client.GET('/explain', {
        baseUrl: await this.baseUrl(),
        params: { query },
      }),
    );
  }

  async getReadiness(query: WorkloadQuery = {}): Promise<ReadinessResponse> {
    return dataOf(
      await this.client.GET('/readiness', {
        baseUrl: await this.baseUrl(),
        params: { query },
      }),
    );
  }

  async getImpact(query: ImpactQuery = {}): Promise<ImpactResponse> {
    return dataOf(
      await this.client.GET('/impact', {
        baseUrl: await this.baseUrl(),
        params: { query },
      }),
    );
  }

  async getUsage(providers: string[]): Promise<UsageResponse> {
    return dataOf(
      await this.client.GET('/usage', {
        baseUrl: await this.baseUrl(),
        params: { query: { provider: providers } },
      }),
    );
  }

  async getAccountStanding(
    accountId: string,
    query: { offset?: number; limit?: number } = {},
  ): Promise<AccountStandingResponse | undefined> {
    const baseUrl = await this.baseUrl();
    return undefinedOn404(async () =>
      dataOf(
        await this.client.GET('/accounts/{accountId}', {
          baseUrl,
          params: { path: { accountId }, query: wirePage(query) },
        }),
      ),
    );
  }

  async getPublicImages(
    query: PublicImagesQuery = {},
  ): Promise<PublicImagesResponse> {
    return dataOf(
      await this.client.GET('/public-images', {
        baseUrl: await this.baseUrl(),
        params: { query },
      }),
    );
  }

  async getImageLineage(
    imageId: string,
  ): Promise<ImageLineageResponse | undefined> {
    const baseUrl = await this.baseUrl();
    return undefinedOn404(async () =>
      dataOf(
        await this.client.GET('/images/{imageId}', {
          baseUrl,
          params: { path: { imageId } },
        }),
      ),
    );
  }

  async getImageDescendants(
    imageId: string,
    query: ImageDescendantsQuery = {},
  ): Promise<ImageDescendantsResponse | undefined> {
    const baseUrl = await this.baseUrl();
    return undefinedOn404(async () =>
      dataOf(
        await this.client.GET('/images/{imageId}/descendants', {
          baseUrl,
          params: { path: { imageId }, query: wirePage(query) },
        }),
      ),
    );
  }

  async getProvenance(
    query: ProvenanceQuery = {},
  ): Promise<ProvenanceResponse> {
    return dataOf(
      await this.client.GET('/provenance', {
        baseUrl: await this.baseUrl(),
        params: { query: wirePage(query) },
      }),
    );
  }

  // Asked per request: discovery answers asynchronously and may move the backend.
  private baseUrl(): Promise<string> {
    return this.discoveryApi.getBaseUrl(PLUGIN_ID);
  }
}

// The document types offset and limit as the digit strings the URL carries; the API takes numbers.
function wirePage<Q extends PageQuery>({ offset, limit, ...rest }: Q) {
  return { ...rest, offset: offset?.toString(), limit: limit?.toString() };
}

// Failures were thrown by the middleware, so what arrives here succeeded.
function dataOf<T>({ data, response }: { data?: T; response: Response }): T {
  if (data === undefined) {
    throw new Error(
      `ami-governance answered ${response.status} without a body`,
    );
  }
  return data;
}

async function undefinedOn404<T>(
  read: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (ResponseError.is(error) && error.response.status === 404) {
      return undefined;
    }
    throw error;
  }
}
