import type {
  EnforcementMode,
  MergeRequestState,
  StoredExceptionRequest,
  Finding,
  ImageProvider,
  IsoDate,
  OrganizationStatus,
  PolicyDocumentKind,
  Publisher,
} from 'ami-governance-common';

/**
 * Response shapes of the `ami-governance` backend
 * (plugins/ami-governance-backend/src/schema/openapi.yaml). Domain types come from
 * `ami-governance-common`; only the envelopes are declared here.
 */

/** Set when the latest read of the governance config failed; the last good config keeps serving. @public */
export type ConfigError = {
  location: string;
  /** JSON path of the offending field, e.g. `exception_accounts[1].expires_on`. */
  path: string;
  message: string;
  occurredAt: string;
};

/** Carried by every config-derived response. @public */
export type ConfigMeta = {
  /** Where the config was read from (a file path or URL). */
  source: string;
  readAt: string | null;
  /** The backend's UTC date when it answered. */
  today: IsoDate;
  configError: ConfigError | null;
};

/** `GET /publishers`. @public */
export type PublishersResponse = ConfigMeta & {
  enforcementMode: EnforcementMode;
  warningDays: number;
  publishers: Publisher[];
};

/** `GET /allowlist`. @public */
export type AllowlistResponse = ConfigMeta & {
  providers: ImageProvider[];
  enforcementMode: EnforcementMode;
  version: string;
};

/** `GET /exceptions`. @public */
export type ExceptionsResponse = ConfigMeta & { items: Publisher[] };

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
  status?: OrganizationStatus;
};

/** @public */
export type ExceptionRequestState = MergeRequestState;

/** An exception request opened as a merge request by the scaffolder template. @public */
export type ExceptionRequest = StoredExceptionRequest;

/** `GET /exception-requests`. @public */
export type ExceptionRequestsResponse = { items: ExceptionRequest[] };
