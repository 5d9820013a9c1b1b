import { LoggerService } from '@backstage/backend-plugin-api';
import {
  CustomErrorBase,
  isError,
  serializeError,
  ServiceUnavailableError,
} from '@backstage/errors';
import {
  ErrorRequestHandler,
  Request,
  RequestHandler,
  Response,
} from 'express';
import {
  DATABASE_UNREACHABLE,
  isDatabaseFailure,
} from '../database/databaseFailure';
import { wasAuthorized } from './authorize';
import { ResponseCache } from './responseCache';

type FailurePathOptions = {
  cache: ResponseCache;
  logger: LoggerService;
  /** How long a read may wait (in practice: on the database) before it is answered without it. */
  timeoutMs: number;
};

const DEGRADED = `${DATABASE_UNREACHABLE}: this is the last answer this server computed for this request`;

/**
 * The one error path of every route. Errors the routes raise for people (@backstage/errors: 400, 403,
 * 404, 503…) pass on to Backstage's error handler as they are. Anything else (a refused, hung or
 * failing database, a bug) is logged here with its cause, and the reader gets the last answer to the
 * same request marked `degraded` when one is kept and the caller was authorized, otherwise a 503 (the
 * database failed) or 500 that names no host, port or SQL. A read that has not answered within
 * `timeoutMs` takes the same path: it is answered then, and what it writes later is dropped (its
 * result still fills the caches).
 */
export function failurePath(options: FailurePathOptions): {
  boundReads: RequestHandler;
  answerFailures: ErrorRequestHandler;
} {
  const { cache, logger, timeoutMs } = options;

  const answer = (req: Request, res: Response, databaseFailed: boolean) => {
    if (req.method === 'GET' && wasAuthorized(req)) {
      if (cache.sendLast(req, res, DEGRADED)) return;
    }
    const status = databaseFailed ? 503 : 500;
    const error = databaseFailed
      ? new ServiceUnavailableError(
          `${DATABASE_UNREACHABLE}, and no earlier answer to this request is kept; try again shortly`,
        )
      : new Error(
          'The AMI governance backend failed to compute this answer; its log says why',
        );
    // Backstage's error format, without the cause (it would carry the host, port or SQL).
    res.status(status).json({
      error: serializeError(error),
      request: { method: req.method, url: req.url },
      response: { statusCode: status },
    });
  };

  const boundReads: RequestHandler = (req, res, next) => {
    if (req.method !== 'GET') {
      next();
      return;
    }
    const timer = setTimeout(() => {
      // Answered, or its answer is being compressed (ResponseCache): nothing to stand in for.
      if (res.headersSent || res.locals.answering) return;
      logger.error(
        `AMI governance: ${req.method} ${req.path} had no answer after ${timeoutMs} ms; answering without the database`,
      );
      answer(req, res, true);
    }, timeoutMs);
    res.on('close', () => clearTimeout(timer));
    next();
  };

  const answerFailures: ErrorRequestHandler = (error, req, res, next) => {
    if (res.headersSent) {
      // Answered already (the read timed out): the late outcome is only logged.
      logger.debug(
        `AMI governance: ${req.method} ${req.path} finished after its answer: ${error}`,
      );
      return;
    }
    if (isRaisedForPeople(error)) {
      next(error);
      return;
    }
    logger.error(
      `AMI governance: ${req.method} ${req.path} failed: ${
        isError(error) ? error.stack ?? error.message : String(error)
      }`,
    );
    answer(req, res, isDatabaseFailure(error));
  };

  return { boundReads, answerFailures };
}

/**
 * An error whose message was written for the reader: one of @backstage/errors' or the plugin's own
 * (CustomErrorBase), or an HTTP error below 500 (a body parser's). ForwardedError repeats its cause's
 * message, so it is not one.
 */
function isRaisedForPeople(error: unknown): boolean {
  if (!isError(error) || error.name === 'ForwardedError') return false;
  if (error instanceof CustomErrorBase) return true;
  const { status, statusCode } = error as {
    status?: unknown;
    statusCode?: unknown;
  };
  const code = status ?? statusCode;
  return typeof code === 'number' && code < 500;
}
