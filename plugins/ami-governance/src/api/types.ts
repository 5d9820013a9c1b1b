import type {
  ApiComponents,
  ApiQuery,
  ApiResponse,
  ConfigError as ApiConfigError,
} from '@ami-governance/backstage-plugin-ami-governance-common';

// Response shapes of the `ami-governance` backend, read from the types generated from its OpenAPI
// document (plugins/ami-governance-backend/src/schema/openapi.yaml), the one contract the backend
// is tested against.

/** Set when the latest read of the governance config failed; the last good config keeps serving. @public */
export type ConfigError = ApiConfigError;

/** Carried by every config-derived response. @public */
export type ConfigMeta = ApiComponents['schemas']['ConfigMeta'];

/**
 * Which slice of a long list to answer with. Each endpoint has its own default and maximum `limit`.
 * Hand-written: the document types `offset` and `limit` as the digit strings the URL carries; the
 * client takes numbers and writes them.
 * @public
 */
export type PageQuery = {
  offset?: number;
  limit?: number;
};

/** Carried by every paged response: `total` counts the entries matching the filters, not the page. @public */
export type PageInfo = ApiComponents['schemas']['Page'];

/** The categories `GET /publishers` filters by (owner aliases only appear unfiltered). @public */
export type PublisherCategoryFilter = Exclude<
  NonNullable<ApiQuery<'GetPublishers'>['category']>,
  'alias'
>;

/** `GET /publishers` query: `q` matches provider, name, description, ticket and exception reason, ignoring case. @public */
export type PublishersQuery = Omit<
  ApiQuery<'GetPublishers'>,
  'offset' | 'limit' | 'category'
> &
  PageQuery & { category?: PublisherCategoryFilter };

/** Counts over the whole config, whatever the filters. @public */
export type PublisherCounts = ApiComponents['schemas']['PublisherCounts'];

/** `GET /publishers`: one page (default 100, at most 1000) of the publishers matching the query. @public */
export type PublishersResponse = ApiResponse<'GetPublishers'>;

/** `GET /allowlist`. @public */
export type AllowlistResponse = ApiResponse<'GetAllowlist'>;

/** `GET /exceptions` query. `status: 'active'` includes expiring exceptions (both are in the allowlist). @public */
export type ExceptionsQuery = Omit<
  ApiQuery<'GetExceptions'>,
  'offset' | 'limit'
> &
  PageQuery;

/** `GET /exceptions`: one page (default 50, at most 1000). @public */
export type ExceptionsResponse = ApiResponse<'GetExceptions'>;

/** One generated document with its size against AWS's limit. @public */
export type GeneratedPolicySummary =
  ApiComponents['schemas']['GeneratedPolicy'];

/** `GET /policies`. @public */
export type PoliciesResponse = ApiResponse<'GetPolicies'>;

/** Coverage in `GET /status`: `ungoverned` holds the first 20 accounts, `ungovernedTotal` counts all. @public */
export type StatusCoverage = ApiComponents['schemas']['StatusCoverage'];

/** Compliance in `GET /status`: each list holds its first 20 accounts beside its total. @public */
export type StatusCompliance = ApiComponents['schemas']['StatusCompliance'];

/** A policy in `GET /status`, its account lists cut short. @public */
export type StatusPolicy = ApiComponents['schemas']['StatusPolicy'];

/** The organization status as `GET /status` serves it. @public */
export type StatusOrganization = ApiComponents['schemas']['StatusOrganization'];

/**
 * `GET /status`: organization status from the latest snapshot; `available: false` with a `reason`
 * when no snapshot is stored yet or the config never loaded.
 * @public
 */
export type StatusResponse = ApiResponse<'GetStatus'>;

/** Each account list of `GET /status/accounts`, with the fields its entries carry. @public */
export type StatusAccountLists = {
  ungoverned: ApiComponents['schemas']['AccountRef'];
  matching: ApiComponents['schemas']['AccountRef'];
  differing: ApiComponents['schemas']['DifferingAccount'];
  unknown: ApiComponents['schemas']['UnknownAccount'];
};

/** @public */
export type StatusAccountList = keyof StatusAccountLists;

/**
 * `GET /status/accounts` query (default limit 50, at most 1000); `q` matches account ID and name.
 * Generic over the list, which the document cannot express: it types `list` as any of the four.
 * @public
 */
export type StatusAccountsQuery<
  L extends StatusAccountList = StatusAccountList,
> = Omit<ApiQuery<'GetStatusAccounts'>, 'offset' | 'limit' | 'list'> &
  PageQuery & { list: L };

/**
 * `GET /status/accounts`: one page of one account list of the latest status. Generic over the list
 * (the document can only say an entry is any of the three entry shapes): its items are that list's.
 * @public
 */
export type StatusAccountsResponse<
  L extends StatusAccountList = StatusAccountList,
> = Omit<ApiResponse<'GetStatusAccounts'>, 'items'> & {
  items: StatusAccountLists[L][];
};

/** @public */
export type ExceptionRequestState =
  ApiComponents['schemas']['MergeRequestState'];

/** An exception request opened as a merge request by the scaffolder template. @public */
export type ExceptionRequestRecord =
  ApiComponents['schemas']['ExceptionRequestRecord'];

/** `GET /exception-requests`. @public */
export type ExceptionRequestsResponse = ApiResponse<'GetExceptionRequests'>;
