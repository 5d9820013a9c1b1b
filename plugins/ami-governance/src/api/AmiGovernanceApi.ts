import { createApiRef } from '@backstage/core-plugin-api';
import type { ExceptionState, Publisher } from 'ami-governance-common';
import type {
  AllowlistResponse,
  ExceptionRequestsResponse,
  ExceptionsResponse,
  PoliciesResponse,
  PublishersResponse,
  StatusResponse,
} from './types';

/** Read access to the `ami-governance` backend. Every method throws `ResponseError` on failure. @public */
export interface AmiGovernanceApi {
  getPublishers(): Promise<PublishersResponse>;
  getAllowlist(): Promise<AllowlistResponse>;
  /** `status: 'active'` includes expiring exceptions (both are in the allowlist). */
  getExceptions(status?: ExceptionState): Promise<ExceptionsResponse>;
  /** The exception for one account, or undefined when the config has none for it. */
  getException(accountId: string): Promise<Publisher | undefined>;
  getPolicies(): Promise<PoliciesResponse>;
  getStatus(): Promise<StatusResponse>;
  /** Undefined when the backend does not offer exception requests (404). */
  getExceptionRequests(): Promise<ExceptionRequestsResponse | undefined>;
}

/** @public */
export const amiGovernanceApiRef = createApiRef<AmiGovernanceApi>({
  id: 'plugin.ami-governance.service',
});
