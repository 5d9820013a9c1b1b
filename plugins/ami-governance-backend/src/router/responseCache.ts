import { gzipSync } from 'node:zlib';
import { Request, Response } from 'express';
import { answerEtag } from './answerEtag';

type Entry = { body: string; etag: string; gzip?: Buffer };

/**
 * Serialized read answers, prepared once per key and served with their ETag. The key names every input
 * of the answer (route, query, config read, snapshot, UTC day…), and the ETag is the hash of what the
 * body says (answerEtag: the same on every replica), so a 304 never hides anything the answer means.
 * The gzipped body is kept too, so a browser's request costs neither serialization nor compression.
 * Least recently used entries go first.
 */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly maxEntries = 200) {}

  send(req: Request, res: Response, key: string, build: () => unknown) {
    this.write(req, res, this.entry(key, build));
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
