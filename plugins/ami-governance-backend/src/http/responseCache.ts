import { gzip } from 'node:zlib';
import { promisify } from 'node:util';
import { Request, Response } from 'express';
import { LRUCache } from 'lru-cache';
import { serializeWithEtag } from './answerEtag';

type Entry = {
  body: string;
  etag: string;
  /** The gzipped body, once compressed: every later request of the answer sends it as is. */
  gzip?: Buffer;
  /** Its compression under way, shared by the requests that arrive meanwhile. */
  gzipping?: Promise<Buffer>;
};

const gzipAsync = promisify(gzip);

/** Smaller bodies are sent as they are: compressing them costs more than the bytes saved. */
const MIN_GZIP_BYTES = 1024;

/**
 * What an answer can depend on besides its request: every read names all of them (a route that does
 * not read the organization snapshot passes its ID all the same), so no route can leave one out and
 * serve an answer computed from older inputs. `null`: not read yet, or none stored.
 */
export type AnswerInputs = {
  /** The config read the answer was computed from: when it was read, and when its last read failed. */
  configRevision: string | null;
  /** The newest organization snapshot's ID. */
  snapshotGeneration: number | null;
  /** The workload collection served. */
  collectionGeneration: number | null;
  /** The UTC day: exceptions lapse, dates move. */
  day: string;
  /** Why the last organization and workload collections from AWS failed, as answers say it. */
  collectionErrors: [string | null, string | null];
};

/** The query as it means: keys sorted, repeated values in the order given (the order of the answer). */
function normalizedQuery(query: Request['query']): [string, unknown][] {
  return Object.keys(query)
    .sort()
    .map(k => [k, query[k]]);
}

/**
 * The key of a read answer, derived from what it depends on: the method, the path (its parameters
 * included), the normalized query, every input of the plugin's state, and `extra` for what only this
 * answer depends on (who asks, a flag that moves with the clock). The one way keys are made.
 */
export function answerKey(
  req: Pick<Request, 'method' | 'path' | 'query'>,
  inputs: AnswerInputs,
  extra?: Record<string, unknown>,
): string {
  return JSON.stringify([
    req.method,
    req.path,
    normalizedQuery(req.query),
    [
      inputs.configRevision,
      inputs.snapshotGeneration,
      inputs.collectionGeneration,
      inputs.day,
      inputs.collectionErrors,
    ],
    extra ?? null,
  ]);
}

/** Browsers and proxies may keep an answer, but must ask again (and get a cheap 304) before reusing it. */
function cacheHeaders(res: Response, entry: Entry) {
  res.setHeader('ETag', entry.etag);
  res.setHeader('Cache-Control', 'private, no-cache');
}

/**
 * Sends an answer with its headers, unless the response went another way meanwhile (the client left,
 * or the read timed out first). A gzipped body is sent as it is: the compression middleware leaves it
 * alone.
 */
function sendAnswer(
  res: Response,
  entry: Entry,
  body: string | Buffer,
  encoding?: 'gzip',
) {
  if (res.headersSent || res.destroyed) return;
  cacheHeaders(res, entry);
  res.type('application/json');
  res.vary('Accept-Encoding');
  if (encoding) res.setHeader('Content-Encoding', encoding);
  res.send(body);
}

/** A request as answers are remembered for it: method and URL with its query. */
const requestKey = (req: Request) => `${req.method} ${req.originalUrl}`;

/**
 * Serialized read answers, prepared once per key (answerKey) and served with their ETag: the hash of
 * what the body says (answerEtag: the same on every replica), so a 304 never hides anything the answer
 * means. The gzipped body is kept too, so a browser's request costs neither serialization nor
 * compression. Least recently used entries go first (lru-cache).
 */
export class ResponseCache {
  private readonly entries: LRUCache<string, Entry>;
  /** The key each request was last answered from, to serve it again when answering fails. */
  private readonly lastKeys: LRUCache<string, string>;

  constructor(maxEntries = 200) {
    this.entries = new LRUCache({ max: maxEntries });
    this.lastKeys = new LRUCache({ max: maxEntries });
  }

  send(req: Request, res: Response, key: string, build: () => unknown) {
    this.write(req, res, this.entry(key, build));
    this.lastKeys.set(requestKey(req), key);
  }

  /** The same for an answer that takes queries to build: they run only when the key is new. */
  async sendAsync(
    req: Request,
    res: Response,
    key: string,
    build: () => Promise<unknown>,
  ) {
    const body = this.entries.has(key) ? undefined : await build();
    this.send(req, res, key, () => body);
  }

  /**
   * Serves again the last answer given to the same request, with `degraded` saying why, when a new
   * one cannot be computed (the database failed). False when there is none: never answered, evicted
   * since, or not a JSON object.
   */
  sendLast(req: Request, res: Response, degraded: string): boolean {
    const key = this.lastKeys.get(requestKey(req));
    const entry = key === undefined ? undefined : this.entries.get(key);
    if (!entry?.body.startsWith('{')) return false;
    // Neither an ETag (res.json would add one) nor a cache: a client must never keep a degraded
    // answer as the current one.
    res.setHeader('Cache-Control', 'no-store');
    res.type('application/json');
    res.end(JSON.stringify({ ...JSON.parse(entry.body), degraded }));
    return true;
  }

  private write(req: Request, res: Response, entry: Entry) {
    if (req.headers['if-none-match'] === entry.etag) {
      cacheHeaders(res, entry);
      res.status(304).end();
      return;
    }
    if (
      entry.body.length < MIN_GZIP_BYTES ||
      req.acceptsEncodings('gzip', 'identity') !== 'gzip'
    ) {
      sendAnswer(res, entry, entry.body);
      return;
    }
    if (entry.gzip) {
      sendAnswer(res, entry, entry.gzip, 'gzip');
      return;
    }
    // The answer is on its way: the read timeout (failurePath) must not answer in its place.
    res.locals.answering = true;
    // Compressed on libuv's thread pool, not the event loop: a 600 KB answer took 15-30 ms of the
    // loop with gzipSync, time every other request waited. A failed compression is tried again by
    // the next request; this one gets the plain body.
    entry.gzipping ??= gzipAsync(entry.body).then(
      buffer => {
        entry.gzip = buffer;
        entry.gzipping = undefined;
        return buffer;
      },
      error => {
        entry.gzipping = undefined;
        throw error;
      },
    );
    entry.gzipping.then(
      buffer => sendAnswer(res, entry, buffer, 'gzip'),
      () => sendAnswer(res, entry, entry.body),
    );
  }

  private entry(key: string, build: () => unknown): Entry {
    const found = this.entries.get(key);
    if (found) return found;
    const answer = build();
    const entry: Entry = serializeWithEtag(answer);
    this.entries.set(key, entry);
    return entry;
  }
}
