import { gzipSync } from 'node:zlib';
import { Request, Response } from 'express';
import { answerEtag } from './answerEtag';

type Entry = { body: string; etag: string; gzip?: Buffer };

/** A request as answers are remembered for it: method and URL with its query. */
const requestKey = (req: Request) => `${req.method} ${req.originalUrl}`;

/**
 * Serialized read answers, prepared once per key and served with their ETag. The key names every input
 * of the answer (route, query, config read, snapshot, UTC day…), and the ETag is the hash of what the
 * body says (answerEtag: the same on every replica), so a 304 never hides anything the answer means.
 * The gzipped body is kept too, so a browser's request costs neither serialization nor compression.
 * Least recently used entries go first.
 */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  /** The key each request was last answered from, to serve it again when answering fails. */
  private readonly lastKeys = new Map<string, string>();

  constructor(private readonly maxEntries = 200) {}

  send(req: Request, res: Response, key: string, build: () => unknown) {
    this.write(req, res, this.entry(key, build));
    this.remember(req, key);
  }

  /** The same for an answer that takes queries to build: they run only when the key is new. */
  async sendAsync(
    req: Request,
    res: Response,
    key: string,
    build: () => Promise<unknown>,
  ) {
    const body = this.entries.has(key) ? undefined : await build();
    this.write(
      req,
      res,
      this.entry(key, () => body),
    );
    this.remember(req, key);
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

  private remember(req: Request, key: string) {
    const request = requestKey(req);
    this.lastKeys.delete(request);
    this.lastKeys.set(request, key);
    if (this.lastKeys.size > this.maxEntries)
      this.lastKeys.delete(this.lastKeys.keys().next().value!);
  }

  private write(req: Request, res: Response, entry: Entry) {
    res.setHeader('ETag', entry.etag);
    // Browsers and proxies may keep it, but must ask again (and get a cheap 304) before reusing it.
    res.setHeader('Cache-Control', 'private, no-cache');
    if (req.headers['if-none-match'] === entry.etag) {
      res.status(304).end();
      return;
    }
    res.type('application/json');
    res.vary('Accept-Encoding');
    if (req.acceptsEncodings('gzip', 'identity') === 'gzip') {
      entry.gzip ??= gzipSync(entry.body);
      // Already encoded: the compression middleware leaves it alone.
      res.setHeader('Content-Encoding', 'gzip');
      res.send(entry.gzip);
      return;
    }
    res.send(entry.body);
  }

  private entry(key: string, build: () => unknown): Entry {
    const found = this.entries.get(key);
    if (found) {
      // Map keeps insertion order: re-inserting marks it as the most recently used.
      this.entries.delete(key);
      this.entries.set(key, found);
      return found;
    }
    const answer = build();
    const entry = { body: JSON.stringify(answer), etag: answerEtag(answer) };
    this.entries.set(key, entry);
    if (this.entries.size > this.maxEntries) {
      this.entries.delete(this.entries.keys().next().value!);
    }
    return entry;
  }
}
