import { TestDatabases } from '@backstage/backend-test-utils';
import Knex from 'knex';
import { AddressInfo, createServer, Socket } from 'node:net';
import { exampleSnapshot } from '../__testUtils__/fixtures';
import { statusServices } from '../__testUtils__/statusServices';

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

const setup = (at = new Date('2026-11-23T07:30:00Z')) =>
  statusServices(databases, at);

/** The example snapshot with both deployed policies rewritten to carry `providers`. */
function snapshotCarrying(collectedAt: string, drop: string) {
  const snapshot = exampleSnapshot();
  for (const policy of [
    snapshot.policies.declarativePolicy,
    snapshot.policies.scp,
  ]) {
    policy.content = policy.content.replace(new RegExp(`"${drop}",?`), '');
  }
  return { ...snapshot, collectedAt };
}

describe('StatusService', () => {
  it('says since when the current drift has existed', async () => {
    const { status, ingestor } = await setup();
    await ingestor.ingest(
      snapshotCarrying('2026-11-20T06:00:00Z', '123456738923'),
      'aws',
    );
    await ingestor.ingest(exampleSnapshot(), 'aws');
    await ingestor.ingest(
      { ...exampleSnapshot(), collectedAt: '2026-11-23T07:00:00Z' },
      'aws',
    );
    const view = await status.view(new Date('2026-11-23T07:30:00Z'));
    expect(view.status?.verdict).toBe('drifted');
    // The drift of the first snapshot was different (ops publisher missing), so it does not count.
    expect(view.driftSince).toBe(exampleSnapshot().collectedAt);
  });

  it('marks the cached status stale as the clock moves on', async () => {
    const { status, ingestor } = await setup();
    await ingestor.ingest(
      { ...exampleSnapshot(), collectedAt: '2026-11-23T06:00:00Z' },
      'aws',
    );
    expect(
      (await status.view(new Date('2026-11-23T07:00:00Z'))).status?.stale,
    ).toBe(false);
    expect(
      (await status.view(new Date('2026-11-23T07:00:00.001Z'))).status?.stale,
    ).toBe(true);
  });
});

describe('StatusService when the database fails', () => {
  /** A store whose database refuses connections (a stopped server) or accepts and never answers. */
  async function failingDatabase(kind: 'stopped' | 'hung') {
    const sockets: Socket[] = [];
    const server = createServer(socket => {
      if (kind === 'stopped') socket.destroy();
      // hung: keep the socket open and never answer
      else sockets.push(socket);
    });
    await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    const knex = Knex({
      client: 'pg',
      connection: `postgresql://postgres@127.0.0.1:${port}/nowhere`,
      pool: { min: 0, max: 1 },
      acquireConnectionTimeout: 60_000,
      log: { warn() {}, error() {}, debug() {}, deprecate() {} },
    });
    return {
      knex,
      close: async () => {
        sockets.forEach(socket => socket.destroy());
        server.close();
        // The pool may still wait on its hung connection attempt: do not wait for it.
        knex.destroy().catch(() => undefined);
      },
    };
  }

  it.each(['stopped', 'hung'] as const)(
    'serves the last computed status, marked degraded, when the database is %s',
    async kind => {
      const { store, status, data, ingestor } = await setup();
      await ingestor.ingest(
        { ...exampleSnapshot(), collectedAt: '2026-11-23T07:00:00Z' },
        'aws',
      );
      const good = await status.view(new Date('2026-11-23T07:30:00Z'));
      expect(good.degraded).toBeUndefined();

      const db = await failingDatabase(kind);
      // The same service, its database now failing: swap the store's client.
      (store as any).knex = db.knex;
      try {
        // A later day: the cached status no longer applies and the database must be asked.
        const view = await status.view(new Date('2026-11-24T07:30:00Z'));
        expect(view.status?.collectedAt).toBe('2026-11-23T07:00:00Z');
        expect(view.degraded).toContain('database is unreachable');
        expect(view.degraded).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);
        expect(data.databaseProblem()).toContain('unreachable');
      } finally {
        await db.close();
      }
    },
  );

  it('fails fast without naming a host when nothing was ever computed', async () => {
    const { store, status, ingestor } = await setup();
    await ingestor.ingest(exampleSnapshot(), 'aws');
    const db = await failingDatabase('hung');
    (store as any).knex = db.knex;
    try {
      const failure = status.view(new Date('2026-11-23T07:30:00Z'));
      await expect(failure).rejects.toThrow(
        /database is unreachable or too slow to answer, and no status has been computed yet/,
      );
      await expect(failure).rejects.not.toThrow(/127\.0\.0\.1/);
    } finally {
      await db.close();
    }
  });
});
