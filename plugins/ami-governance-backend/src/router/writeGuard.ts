import {
  BackstageCredentials,
  BackstageServicePrincipal,
} from '@backstage/backend-plugin-api';
import { CustomErrorBase } from '@backstage/errors';
import { BasicPermission } from '@backstage/plugin-permission-common';
import express from 'express';
import { Authorize } from './authorize';

/** 413: the body is larger than the route accepts. */
class PayloadTooLargeError extends CustomErrorBase {
  name = 'PayloadTooLargeError' as const;
  statusCode = 413;
}

type WriteRoute = {
  method: 'POST';
  path: string;
  permission: BasicPermission;
  /** Largest body accepted, e.g. `64kb`. */
  limit: string;
  /** The setting that raises the limit, named in the 413 message. */
  limitSetting?: string;
};

/**
 * Bodies are parsed only on the write routes, and only after the caller is authenticated (services
 * only) and authorized, so an anonymous or read-only client can never make the backend parse a large
 * body. Every other request passes through with its body unread. The credentials are left in
 * `res.locals.credentials` for the route.
 */
export function guardWrites(
  authorize: Authorize,
  routes: WriteRoute[],
): express.RequestHandler {
  const parsers = routes.map(route => ({
    route,
    parse: express.json({ limit: route.limit }),
  }));
  return (req, res, next) => {
    const match = parsers.find(
      p => p.route.method === req.method && p.route.path === req.path,
    );
    if (!match) {
      // A body nobody reads: close the connection after answering, so Node does not read the rest
      // of it (possibly megabytes) just to keep the connection alive.
      if (hasBody(req)) res.setHeader('Connection', 'close');
      next();
      return;
    }
    authorize(req, match.route.permission, ['service'])
      .then(credentials => {
        res.locals.credentials = credentials;
        match.parse(req, res, (err?: { type?: string }) => {
          if (err?.type !== 'entity.too.large') {
            next(err);
            return;
          }
          const raise = match.route.limitSetting
            ? `; raise ${match.route.limitSetting} to accept it`
            : '';
          next(
            new PayloadTooLargeError(
              `The request body is larger than ${match.route.limit}${raise}`,
            ),
          );
        });
      })
      .catch(err => {
        // Refused before its body was read: do not read it afterwards either.
        res.setHeader('Connection', 'close');
        next(err);
      });
  };
}

function hasBody(req: express.Request) {
  return (
    req.headers['transfer-encoding'] !== undefined ||
    Number(req.headers['content-length'] ?? 0) > 0
  );
}

/** The service credentials guardWrites checked for this write request. */
export function writerOf(res: {
  locals: unknown;
}): BackstageCredentials<BackstageServicePrincipal> {
  return (res.locals as Record<string, unknown>)
    .credentials as BackstageCredentials<BackstageServicePrincipal>;
}
