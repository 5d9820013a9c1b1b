import { SingleFlightCache } from './SingleFlightCache';

/** A value the test settles when it wants, and how many times work was started. */
function pendingWork<T>() {
  const started: { resolve: (v: T) => void; reject: (e: Error) => void }[] = [];
  return {
    started,
    make: () =>
      new Promise<T>((resolve, reject) => started.push({ resolve, reject })),
  };
}

describe('SingleFlightCache', () => {
  it('starts the work for a key once, however many callers ask while it runs, and keeps the result', async () => {
    const cache = new SingleFlightCache<string>(4, 10_000, () => 0);
    const work = pendingWork<string>();
    const callers = Array.from({ length: 10 }, () =>
      cache.get('generation 2', work.make),
    );
    expect(work.started).toHaveLength(1);
    expect(cache.has('generation 2')).toBe(false);
    work.started[0].resolve('evaluated');
    expect(await Promise.all(callers)).toEqual(Array(10).fill('evaluated'));
    expect(cache.has('generation 2')).toBe(true);
    expect(await cache.get('generation 2', work.make)).toBe('evaluated');
    expect(work.started).toHaveLength(1);
  });

  it('does not keep a failure: the next caller starts again', async () => {
    const cache = new SingleFlightCache<string>(4, 10_000, () => 0);
    const work = pendingWork<string>();
    const first = cache.get('k', work.make);
    const joined = cache.get('k', work.make);
    work.started[0].reject(new Error('connection terminated'));
    await expect(first).rejects.toThrow('connection terminated');
    await expect(joined).rejects.toThrow('connection terminated');
    const retry = cache.get('k', work.make);
    expect(work.started).toHaveLength(2);
    work.started[1].resolve('answered');
    expect(await retry).toBe('answered');
  });

  it('stops sharing work still pending after shareForMs (a hung database), and keeps whichever finishes', async () => {
    let now = 0;
    const cache = new SingleFlightCache<string>(4, 5_000, () => now);
    const work = pendingWork<string>();
    const hung = cache.get('k', work.make);
    now = 4_999;
    void cache.get('k', work.make);
    expect(work.started).toHaveLength(1);
    now = 5_000;
    const fresh = cache.get('k', work.make);
    expect(work.started).toHaveLength(2);
    work.started[1].resolve('after the database came back');
    expect(await fresh).toBe('after the database came back');
    // The hung work finishing late does not replace what was kept meanwhile.
    work.started[0].resolve('late');
    expect(await hung).toBe('late');
    expect(await cache.get('k', work.make)).toBe(
      'after the database came back',
    );
    expect(work.started).toHaveLength(2);
  });

  it('keeps at most max values, dropping the least recently used', async () => {
    const cache = new SingleFlightCache<number>(2, 10_000, () => 0);
    let made = 0;
    const make = async () => ++made;
    await cache.get('a', make);
    await cache.get('b', make);
    await cache.get('a', make); // a is now the most recently used
    await cache.get('c', make); // drops b
    expect(['a', 'b', 'c'].map(k => cache.has(k))).toEqual([true, false, true]);
    expect(made).toBe(3);
  });
});
