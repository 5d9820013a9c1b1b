import { LoggerService } from '@backstage/backend-plugin-api';
import {
  assertError,
  ConflictError,
  CustomErrorBase,
  ServiceUnavailableError,
} from '@backstage/errors';

// Failures of the portal's own set-up (no token, a rejected token, a wrong project, a config the
// governance repository cannot serve) or of GitLab itself, told to the requester as one sentence that
// says the request was not sent and whom to ask. The detail, written for administrators, goes to the
// log (the backend's and the task's), never into the headline, and no stack trace is shown.

/** A failure only an administrator can fix: the detail says what to change. */
export class SetUpError extends CustomErrorBase {
  name = 'SetUpError' as const;
}

/** What the requester sees: one sentence, no stack trace. */
class RequestNotSentError extends CustomErrorBase {
  name = 'RequestNotSentError' as const;

  constructor(message: string, readonly detail: Error) {
    // Not passed as `cause`: CustomErrorBase would append it to the message.
    super(message);
    // The scaffolder writes the stack into the task log: the sentence is all the requester needs.
    this.stack = `${this.name}: ${message}`;
  }
}

/** GitLab did not answer, or failed: waiting may be enough. */
const isUnavailable = (error: Error) =>
  error instanceof ServiceUnavailableError ||
  error.name === 'ServiceUnavailableError';

function notSentError(error: Error, contact: string): Error {
  // A conflict names what the requester can change (another ticket, the open merge request).
  if (error instanceof ConflictError || error.name === 'ConflictError') {
    return error;
  }
  const sentence = isUnavailable(error)
    ? `Your exception request was not sent because GitLab did not answer; nothing was changed, so try again in a few minutes and ask ${contact} if it keeps failing.`
    : `Your exception request was not sent because the portal's connection to the governance repository is not set up correctly; nothing was changed, so ask ${contact} to fix it, then submit the form again.`;
  return new RequestNotSentError(sentence, error);
}

/**
 * The error to throw for `error`: a set-up or availability failure becomes {@link notSentError},
 * its detail logged in full for the administrators (the task's log and the backend's); anything
 * else is returned as it is.
 */
export function forRequester(
  error: Error,
  logger: LoggerService,
  contact: string,
): Error {
  const told = notSentError(error, contact);
  if (told !== error) {
    logger.error(
      `The exception request was not sent (${error.name}): ${error.message}`,
    );
  }
  return told;
}

/** Runs a step that talks to the governance repository; its failures go through {@link forRequester}. */
export async function talkingToRepository<T>(
  logger: LoggerService,
  contact: string,
  fn: () => Promise<T>,
): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    assertError(e);
    throw forRequester(e, logger, contact);
  }
}
