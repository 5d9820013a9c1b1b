import type {
  ExceptionRequestPreview,
  ExceptionRequestRules,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import type { ConfigMeta, PageInfo } from './types';

/**
 * Shapes of the backend routes the exception request form uses
 * (plugins/ami-governance-backend/src/schema/openapi.yaml).
 */

/** `GET /exception-requests/context`: the rules the form applies as you type. @public */
export type ExceptionRequestContext = ConfigMeta & ExceptionRequestRules;

/** `GET /exception-requests/preview` query: the form's fields. @public */
export type ExceptionRequestPreviewQuery = {
  accountId: string;
  exceptionType: string;
  expiresOn?: string;
  reason?: string;
  ticket?: string;
  notes?: string;
  /** A group the signed-in user asks for; empty: the user. */
  requestedBy?: string;
};

/** `GET /exception-requests/preview`: the merge request the request would open. @public */
export type ExceptionRequestPreviewResponse = ConfigMeta & {
  preview: ExceptionRequestPreview;
};

/** An account of the newest organization snapshot. @public */
export type OrganizationAccount = {
  id: string;
  name: string;
  status?: string;
  /** Its OUs from the root down: `Root / Workloads / Payments`. */
  ou: string;
};

/** `GET /organization/accounts` query: `q` matches ID, name and OUs. @public */
export type OrganizationAccountsQuery = { q?: string; limit?: number };

/** `GET /organization/accounts`. @public */
export type OrganizationAccountsResponse = PageInfo & {
  /** False before any snapshot was stored; `reason` says so. */
  available: boolean;
  reason?: string;
  collectedAt?: string;
  items: OrganizationAccount[];
};
