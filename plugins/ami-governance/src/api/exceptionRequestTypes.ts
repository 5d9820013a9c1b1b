import type {
  ApiComponents,
  ApiQuery,
  ApiResponse,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import type { PageQuery } from './types';

// The backend routes the exception request form uses, read from the types generated from the
// OpenAPI document (plugins/ami-governance-backend/src/schema/openapi.yaml).

/** `GET /exception-requests/context`: the rules the form applies as you type. @public */
export type ExceptionRequestContext = ApiResponse<'GetExceptionRequestContext'>;

/**
 * `GET /exception-requests/preview` query: the form's fields. `requestedBy` is a group the signed-in
 * user asks for; empty: the user. The form asks for an expiry date, so `durationDays` is left out.
 * @public
 */
export type ExceptionRequestPreviewQuery = Omit<
  ApiQuery<'GetExceptionRequestPreview'>,
  'durationDays'
>;

/** `GET /exception-requests/preview`: the merge request the request would open, or why it is refused. @public */
export type ExceptionRequestPreviewResponse =
  ApiResponse<'GetExceptionRequestPreview'>;

/** An account of the newest organization snapshot. @public */
export type OrganizationAccount =
  ApiComponents['schemas']['OrganizationAccount'];

/** `GET /organization/accounts` query: `q` matches ID, name and OUs; the page as numbers. @public */
export type OrganizationAccountsQuery = Omit<
  ApiQuery<'GetOrganizationAccounts'>,
  'offset' | 'limit'
> &
  PageQuery;

/** `GET /organization/accounts`: `available` is false before any snapshot was stored. @public */
export type OrganizationAccountsResponse =
  ApiResponse<'GetOrganizationAccounts'>;
