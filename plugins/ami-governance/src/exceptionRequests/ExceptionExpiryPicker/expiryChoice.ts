import {
  describeExpiryChoice,
  ExpiryChoice,
  IsoDate,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import type { ExceptionRequestContext } from '../../api/exceptionRequestTypes';

/** The form's values the expiry depends on. */
export type ExpiryForm = { accountId?: string; exceptionType?: string };

/**
 * The expiry choice as the backend's context says it (its today, the organization's cap, the warning
 * window, the account's active exception), with `fallbackToday` until the context is read.
 */
export function expiryChoiceOf(
  expiresOn: string | undefined,
  form: ExpiryForm,
  context: ExceptionRequestContext | undefined,
  fallbackToday: IsoDate,
): ExpiryChoice {
  const account = context?.account;
  return describeExpiryChoice({
    exceptionType: form.exceptionType,
    expiresOn,
    today: context?.today ?? fallbackToday,
    organizationMaxDays: context?.organizationMaxDays ?? undefined,
    warningDays: context?.warningDays,
    currentExpiry:
      account?.kind === 'active-exception' ? account.expiresOn : undefined,
    accountId: form.accountId,
  });
}
