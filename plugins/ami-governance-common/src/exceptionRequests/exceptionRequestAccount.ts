import type { ApiComponents } from '../api/contract';
import { describeCountdown } from '../config/exceptionStatus';
import type { Publisher } from '../config/publishers';

// What an exception request for an account would be, from the config's publishers: refused (the
// account is the ops publisher or a vendor, so its AMIs are already allowed), an extension of an
// active exception, a renewal of an expired one still in the file, or a new exception. The form says
// it as soon as the account is typed; the action refuses with the same message.

/** What a request for an account would be, as the contract has it. @public */
export type AccountRequestStanding =
  ApiComponents['schemas']['AccountRequestStanding'];

/** True for the standings the action refuses: the account's AMIs are allowed without an exception. @public */
export function isRefusedStanding(
  standing: AccountRequestStanding,
): standing is Extract<AccountRequestStanding, { kind: 'ops' | 'vendor' }> {
  return standing.kind === 'ops' || standing.kind === 'vendor';
}

/**
 * The standing of `accountId` among `publishers` (as {@link listPublishers} returns them, with each
 * exception's status as of today).
 * @public
 */
export function accountRequestStanding(
  publishers: readonly Publisher[],
  accountId: string,
): AccountRequestStanding {
  const own = publishers.filter(p => p.provider === accountId);
  const publisher = own.find(
    p => p.category === 'ops' || p.category === 'vendor',
  );
  if (publisher) {
    const what =
      publisher.category === 'ops'
        ? 'the ops golden AMI publisher'
        : `the vendor publisher ${publisher.name ?? ''}`.trimEnd();
    return {
      kind: publisher.category as 'ops' | 'vendor',
      name: publisher.name,
      path: publisher.path,
      message: `${accountId} is already ${what} (${publisher.path}); its AMIs are allowed without an exception, so none is needed. An account is a publisher, a vendor or an exception, never two.`,
    };
  }
  const exception = own.find(p => p.exception)?.exception;
  if (!exception) {
    return {
      kind: 'new',
      message: `${accountId} has no exception yet: this request adds one.`,
    };
  }
  const path = own.find(p => p.exception)!.path;
  const ticket = exception.ticket ? `${exception.ticket}, ` : '';
  if (exception.status.inAllowlist) {
    return {
      kind: 'active-exception',
      expiresOn: exception.expires_on,
      ticket: exception.ticket,
      path,
      message: `${accountId} already has an exception until ${
        exception.expires_on
      } (${ticket}${describeCountdown(
        exception.status.daysRemaining,
      )}): this request extends it, so choose a date after ${
        exception.expires_on
      }.`,
    };
  }
  return {
    kind: 'expired-exception',
    expiresOn: exception.expires_on,
    ticket: exception.ticket,
    path,
    message: `${accountId} had an exception that ended on ${
      exception.expires_on
    } (${ticket}${describeCountdown(
      exception.status.daysRemaining,
    )}) and is still in the config: this request renews it, counted from today.`,
  };
}
