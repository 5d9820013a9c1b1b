import type {
  AccountRef,
  ConfigError as ApiConfigError,
  EnforcementMode,
  ExceptionState,
  MergeRequestState,
  StoredExceptionRequest,
  Finding,
  ImageProvider,
  IsoDate,
  OrganizationStatus,
  PolicyCompliance,
  PolicyCoverage,
  PolicyDocumentKind,
  PolicyStatus,
  Publisher,
} from '@ami-governance/backstage-plugin-ami-governance-common';

/**
 * Response shapes of the `ami-governance` backend
 * (plugins/ami-governance-backend/src/schema/openapi.yaml). Domain types come from
 * `ami-governance-common`; only the envelopes are declared here.
 */

/** Set when the latest read of the governance config failed; the last good config keeps serving. @public */
export type ConfigError = ApiConfigError;

/** Carried by every config-derived response. @public */
export type ConfigMeta = {
  /** Where the config was read from (a file path or URL). */
  source: string;
  readAt: string | null;
  /** The backend's UTC date when it answered. */
  today: IsoDate;
  configError: ConfigError | null;
};

/** Which slice of a long list to answer with. Each endpoint has its own default and maximum `limit`. @public */
export type PageQuery = {
  offset?: number;
  limit?: number;
};

/** Carried by every paged response: `total` counts the entries matching the filters, not the page. @public */
export type PageInfo = {
  total: number;
  offset: number;
  limit: number;
};

/** The categories `GET /publishers` filters by (owner aliases only appear unfiltered). @public */
export type PublisherCategoryFilter = 'ops' | 'vendor' | 'exception';

/** `GET /publishers` query: `q` matches provider, name, description, ticket and exception reason, ignoring case. @public */
export type PublishersQuery = PageQuery & {
  q?: string;
  category?: PublisherCategoryFilter;
  /** Exceptions in this state; `active` includes expiring ones, as in the allowlist. */
  state?: ExceptionState;
};

/** Counts over the whole config, whatever the filters. @public */
export type PublisherCounts = Record<PublisherCategoryFilter, number> &
  Record<ExceptionState, number> & {
    all: number;
    /** Distinct providers allowed today. */
    allowlisted: number;
  };

/** `GET /publishers`: one page (default 100, at most 1000) of the publishers matching the query. @public */
export type PublishersResponse = ConfigMeta &
  PageInfo & {
    enforcementMode: EnforcementMode;
    warningDays: number;
    publishers: Publisher[];
    counts: PublisherCounts;
  };

/** `GET /allowlist`. @public */
export type AllowlistResponse = ConfigMeta & {
  providers: ImageProvider[];
  enforcementMode: EnforcementMode;
  version: string;
};

/** `GET /exceptions` query. `status: 'active'` includes expiring exceptions (both are in the allowlist). @public */
export type ExceptionsQuery = PageQuery & {
  status?: ExceptionState;
  q?: string;
};

/** `GET /exceptions`: one page (default 50, at most 1000). @public */
export type ExceptionsResponse = ConfigMeta & PageInfo & { items: Publisher[] };

/** One generated document with its size against AWS's limit. @public */
export type GeneratedPolicySummary = {
  kind: PolicyDocumentKind;
  fileName: string;
  document: object;
  size: number;
  maxSize: number;
};

/** `GET /policies`. @public */
export type PoliciesResponse = ConfigMeta & {
  valid: boolean;
  findings: Finding[];
  allowlist: ImageProvider[];
  policies: GeneratedPolicySummary[];
};

/** Coverage in `GET /status`: `ungoverned` holds the first 20 accounts, `ungovernedTotal` counts all. @public */
export type StatusCoverage = PolicyCoverage & { ungovernedTotal: number };

/** Compliance in `GET /status`: each list holds its first 20 accounts beside its total. @public */
export type StatusCompliance = PolicyCompliance & {
  matchingTotal: number;
  differingTotal: number;
  unknownTotal: number;
};

/** A policy in `GET /status`, its account lists cut short. @public */
export type StatusPolicy = Omit<PolicyStatus, 'coverage' | 'compliance'> & {
  coverage: StatusCoverage;
  compliance?: StatusCompliance;
};

/** The organization status as `GET /status` serves it. @public */
export type StatusOrganization = Omit<OrganizationStatus, 'policies'> & {
  policies: Record<PolicyDocumentKind, StatusPolicy>;
};

/** `GET /status`: organization status from the latest snapshot. @public */
export type StatusResponse = {
  /** False when no snapshot is stored yet or the config never loaded; `reason` says why. */
  available: boolean;
  reason?: string;
  /** Where the snapshot came from, e.g. `file:…`, `aws`, `push:…`. */
  source?: string;
  receivedAt?: string;
  driftSince?: string | null;
  /** Set when the latest collection failed; the last stored snapshot keeps serving. */
  collectionError?: string | null;
  configError: ConfigError | null;
  /** Set when the database is unreachable and the backend serves the last status it computed. */
  degraded?: string;
  status?: StatusOrganization;
};

/** Each account list of `GET /status/accounts`, with the fields its entries carry. @public */
export type StatusAccountLists = {
  ungoverned: AccountRef;
  matching: AccountRef;
  differing: PolicyCompliance['differing'][number];
  unknown: PolicyCompliance['unknown'][number];
};

/** @public */
export type StatusAccountList = keyof StatusAccountLists;

/** `GET /status/accounts` query (default limit 50, at most 1000); `q` matches account ID and name. @public */
export type StatusAccountsQuery<
  L extends StatusAccountList = StatusAccountList,
> = PageQuery & {
  policy: PolicyDocumentKind;
  list: L;
  q?: string;
};

/** `GET /status/accounts`: one page of one account list of the latest status. @public */
export type StatusAccountsResponse<
  L extends StatusAccountList = StatusAccountList,
> = PageInfo & { items: StatusAccountLists[L][] };

/** @public */
export type ExceptionRequestState = MergeRequestState;

/** An exception request opened as a merge request by the scaffolder template. @public */
export type ExceptionRequest = StoredExceptionRequest;

/** `GET /exception-requests`. @public */
export type ExceptionRequestsResponse = { items: ExceptionRequest[] };
