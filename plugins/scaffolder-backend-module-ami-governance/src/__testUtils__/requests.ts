import type { RequestToPlan } from '../exceptionRequests/planChange';

/** The signed-in user the tests request as. */
export const JANE = 'user:default/jane';

/** The action's input for a new exception, as the form sends it. */
export const baseInput = {
  accountId: '999900001111',
  exceptionType: 'migration',
  expiresOn: '2027-01-31',
  reason: 'Moving the batch fleet to golden images',
  ticket: 'CLOUD-1400',
};

/** What `planExceptionChange` receives for {@link baseInput}: jane requesting for herself. */
export const requestToPlan = (
  overrides: Partial<RequestToPlan> = {},
): RequestToPlan => ({
  ...baseInput,
  requestedBy: JANE,
  requester: { ref: JANE, user: JANE },
  ...overrides,
});
