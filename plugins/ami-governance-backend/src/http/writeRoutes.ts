import {
  BackstageCredentials,
  BackstageServicePrincipal,
} from '@backstage/backend-plugin-api';
import { internal } from '@backstage/backend-openapi-utils';
import { CustomErrorBase, InputError } from '@backstage/errors';
import bytes from 'bytes';
import { BasicPermission } from '@backstage/plugin-permission-common';
import express from 'express';
import { spec } from '../schema/openapi.generated';
import { Authorize } from './authorize';
import { FullRouter } from './types';

// The one way to add a write route. Its caller is authenticated (services only) and authorized before
// its body is parsed, so an anonymous or read-only client can never make the backend parse a large
// body; the handler receives those credentials, typed. The OpenAPI validator answers 400 to any error
// it sees, so this check runs in front of it.

type Spec = typeof spec;

/** The paths the OpenAPI document has a POST for. */
export type WritePath = {
  [P in internal.DocPath<Spec>]: 'post' extends keyof Spec['paths'][P]
    ? P
    : never;
}[internal.DocPath<Spec>];

type PostHandler<P extends WritePath> = internal.DocRequestHandler<
  Spec,
  P,
  Extract<'post', internal.DocPathMethod<Spec, P>>
>;

/** The service allowed to write, as Backstage authenticated it. */
export type Writer = BackstageCredentials<BackstageServicePrincipal>;

/** A write route's handler: the request and response typed from the OpenAPI document, and its writer. */
export type WriteHandler<P extends WritePath> = (
  req: Parameters<PostHandler<P>>[0],
  res: Parameters<PostHandler<P>>[1],
  writer: Writer,
) => Promise<void>;

export interface WriteOptions {
  permission: BasicPermission;
  /** Largest body accepted, e.g. `64kb`. */
  limit: string;
  /** The setting that raises the limit, named in the 413 message. */
  limitSetting?: string;
  /**
   * Parses the body's JSON bytes instead of express.json (e.g. off the event loop); what it returns
   * becomes `req.body`, an InputError it throws a 400.
   */
  parseBody?: (json: Buffer) => Promise<unknown>;
}

export interface WriteRoutes {
  /** Adds `POST path`: 401 without service credentials, 403 without `permission`, 413 over `limit`. */
  post<P extends WritePath>(
    path: P,
    options: WriteOptions,
    handler: WriteHandler<P>,
  ): void;
}

/** 413: the body is larger than the route accepts. */
export class PayloadTooLargeError extends CustomErrorBase {
  name = 'PayloadTooLargeError' as const;
  statusCode = 413;
}

/** 415: the body is in a form the route does not read. */
class UnsupportedMediaTypeError extends CustomErrorBase {
  name = 'UnsupportedMediaTypeError' as const;
  statusCode = 415;
}

/** The charset a request's Content-Type declares, lower case, if any. */
const charsetOf = (req: express.Request) =>
  /;\s*charset\s*=\s*"?([^";\s]+)/i
    .exec(req.headers['content-type'] ?? '')?.[1]
    ?.toLowerCase();

/** What raw-body answers for a body over the limit, which the gate turns into its 413. */
const tooLarge = () =>
  Object.assign(new Error('request entity too large'), {
    type: 'entity.too.large',
  });

/**
 * A JSON body of known length, uncompressed, read into one buffer as it arrives. raw-body gathers
 * the chunks and copies them into one buffer at the end, which for a 100 MB push holds the event
 * loop about 130 ms. Undefined when the body is not such (express.raw reads it then).
 */
function readKnownLength(
  req: express.Request,
  limit: number,
): Promise<Buffer> | undefined {
  const length = Number(req.headers['content-length']);
  const encoding = req.headers['content-encoding'] ?? 'identity';
  if (
    !Number.isSafeInteger(length) ||
    encoding.toLowerCase() !== 'identity' ||
    !req.is('application/json')
  )
    return undefined;
  if (length > limit) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const body = Buffer.allocUnsafeSlow(length);
    let received = 0;
    const listeners: Record<string, (...args: any[]) => void> = {};
    const done = (outcome: () => void) => {
      for (const [event, listener] of Object.entries(listeners))
        req.off(event, listener);
      outcome();
    };
    listeners.data = (chunk: Buffer) => {
      // Node's HTTP parser delivers no more than Content-Length; checked all the same.
      if (received + chunk.length > length) {
        done(() =>
          reject(
            new InputError(
              'The request body is longer than its Content-Length',
            ),
          ),
        );
        return;
      }
      chunk.copy(body, received);
      received += chunk.length;
    };
    listeners.end = () =>
      done(() =>
        received === length
          ? resolve(body)
          : reject(
              new InputError(
                `The request body ended after ${received} of its ${length} bytes`,
              ),
            ),
      );
    listeners.error = (error: Error) => done(() => reject(error));
    listeners.close = () =>
      done(() =>
        reject(
          new InputError('The request closed before its body arrived whole'),
        ),
      );
    for (const [event, listener] of Object.entries(listeners))
      req.on(event, listener);
  });
}

function hasBody(req: express.Request) {
  return (
    req.headers['transfer-encoding'] !== undefined ||
    Number(req.headers['content-length'] ?? 0) > 0
  );
}

/**
 * Write routes on `router`. `gate` goes in front of `router` (and of its validator): it checks the
 * caller of each write route and parses its body; any other request passes with its body unread.
 */
export function createWriteRoutes(options: {
  authorize: Authorize;
  router: FullRouter;
}): { gate: express.Router; writes: WriteRoutes } {
  const { authorize } = options;
  const writers = new WeakMap<object, Writer>();
  const checks = express.Router();
  const gate = express.Router();
  gate.use(checks);
  gate.use((req, res, next) => {
    // A body nobody reads: close the connection after answering, so Node does not read the rest
    // of that body (possibly megabytes) just to keep the connection alive.
    if (!writers.has(req) && hasBody(req)) res.setHeader('Connection', 'close');
    next();
  });

  const check = (route: WriteOptions): express.RequestHandler => {
    const { parseBody } = route;
    const read = parseBody
      ? express.raw({ type: 'application/json', limit: route.limit })
      : express.json({ limit: route.limit });
    const limitBytes = bytes.parse(route.limit);
    /** The body as express.raw reads it: a Buffer, or what it leaves when the type is not JSON. */
    const readRaw = (req: express.Request, res: express.Response) =>
      new Promise<unknown>((resolve, reject) =>
        read(req, res, (err?: unknown) =>
          err ? reject(err) : resolve(req.body),
        ),
      );
    const parse = (
      req: express.Request,
      res: express.Response,
      next: (err?: Error & { type?: string }) => void,
    ) => {
      if (!parseBody) {
        read(req, res, next);
        return;
      }
      // JSON is UTF-8 (RFC 8259); express.json refused other charsets the same way.
      const charset = charsetOf(req);
      if (charset && charset !== 'utf-8' && charset !== 'utf8') {
        res.setHeader('Connection', 'close');
        next(
          new UnsupportedMediaTypeError(
            `The request body is declared ${charset}: send the JSON as UTF-8 (charset=utf-8)`,
          ),
        );
        return;
      }
      (
        (limitBytes !== null && readKnownLength(req, limitBytes)) ||
        readRaw(req, res)
      )
        .then(body => (Buffer.isBuffer(body) ? parseBody(body) : body))
        .then(parsed => {
          req.body = parsed;
          next();
        }, next);
    };
    return (req, res, next) => {
      authorize(req, route.permission, ['service'])
        .then(writer => {
          writers.set(req, writer);
          parse(req, res, err => {
            if (err?.type !== 'entity.too.large') {
              next(err);
              return;
            }
            const raise = route.limitSetting
              ? `; raise ${route.limitSetting} to accept it`
              : '';
            // Not read: do not read the rest just to keep the connection alive.
            res.setHeader('Connection', 'close');
            next(
              new PayloadTooLargeError(
                `The request body is larger than ${route.limit}${raise}`,
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
  };

  const writerOf = (req: { method: string; path: string }): Writer => {
    const writer = writers.get(req);
    // Only a request that skipped the gate could get here: refuse rather than write unchecked.
    if (!writer)
      throw new Error(`${req.method} ${req.path} has no checked writer`);
    return writer;
  };

  const writes: WriteRoutes = {
    post(path, route, handler) {
      checks.post(path, check(route));
      const withWriter: PostHandler<typeof path> = (req, res) =>
        handler(req, res, writerOf(req));
      // Registered through express's own signature: the typed router cannot check a generic path.
      const untyped: express.Router = options.router;
      untyped.post(path, withWriter as express.RequestHandler);
    },
  };
  return { gate, writes };
}
