import type { ExceptionRequest } from '@ami-governance/backstage-plugin-ami-governance-common';
import type { Requester } from './requester';
import { singleLine } from './sanitize';

/**
 * What the action takes from the form: the account, type, expiry, reason, ticket and notes, each
 * made single-line. The requester is resolved from the signed-in user, and there is no approval:
 * the merge request's approvals are the approval.
 */
export interface ExceptionForm {
  accountId: string;
  exceptionType: string;
  expiresOn?: string;
  durationDays?: number;
  reason: string;
  ticket: string;
  notes?: string;
}

const clean = <T>(value: T): T =>
  (typeof value === 'string' ? singleLine(value) : value) as T;

export function requestFromForm(
  form: ExceptionForm,
  requester: Requester,
): ExceptionRequest {
  return {
    accountId: clean(form.accountId),
    exceptionType: clean(form.exceptionType),
    expiresOn: clean(form.expiresOn) || undefined,
    durationDays: form.durationDays,
    reason: clean(form.reason ?? ''),
    ticket: clean(form.ticket),
    requestedBy: requester.ref,
    notes: clean(form.notes) || undefined,
  };
}
