import { LRUCache } from 'lru-cache';

/**
 * Values worked out once per key, at most `max` kept (the least recently used dropped): callers that
 * ask while a key is being worked out share that one promise (lru-cache's fetch), and a failure is
 * not kept, so the next caller tries again.
 */
export class SharedWork<V extends {}> {
  private readonly cache: LRUCache<string, V, () => Promise<V>>;

  constructor(max: number) {
    this.cache = new LRUCache<string, V, () => Promise<V>>({
      max,
      fetchMethod: (_key, _stale, { context }) => context(),
    });
  }

  get(key: string, make: () => Promise<V>): Promise<V> {
    // fetch resolves undefined only when eviction aborted it: then it is worked out again.
    return this.cache.fetch(key, { context: make }).then(v => v ?? make());
  }
}
