import { TestDatabases } from '@backstage/backend-test-utils';
import { exampleSnapshot, fixedClock } from '../__testUtils__/fixtures';
import { AmiGovernanceDatabase } from '../database/AmiGovernanceDatabase';

jest.setTimeout(60_000);

// Real databases: SQLite always, PostgreSQL when make test finds a server on 127.0.0.1:5432.
const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

describe.each(databases.eachSupportedId())(
  'SnapshotStore on %p',
  databaseId => {
    async function createStore(historySize = 3) {
      const knex = await databases.init(databaseId);
      const db = await AmiGovernanceDatabase.forTests(knex, {
        historySize,
        clock: fixedClock(),
      });
      return db.snapshots;
    }

    const at = (collectedAt: string) => ({ ...exampleSnapshot(), collectedAt });
    const drifted = { verdict: 'drifted' as const, driftFingerprint: 'a' };

    it('stores snapshots and reads the newest back', async () => {
      const store = await createStore();
      expect(await store.latestMeta()).toBeUndefined();
      await store.add(at('2026-11-20T06:00:00Z'), 'aws', drifted);
      const second = await store.add(at('2026-11-21T06:00:00Z'), 'aws', {
        verdict: 'in_sync',
        driftFingerprint: 'b',
      });
      expect(await store.latestMeta()).toMatchObject({
        id: second.id,
        collectedAt: '2026-11-21T06:00:00Z',
        verdict: 'in_sync',
        accountCount: 8,
      });
      const stored = await store.get(second.id);
      expect(stored?.snapshot.accounts).toHaveLength(8);
      expect(await store.latestCollectedAt('aws')).toBe('2026-11-21T06:00:00Z');
      expect(await store.latestCollectedAt('file:x')).toBeUndefined();
    });

    it('keeps a bounded history, newest first', async () => {
      const store = await createStore(3);
      for (const day of [18, 19, 20, 21, 22])
        await store.add(at(`2026-11-${day}T06:00:00Z`), 'aws', drifted);
      expect((await store.history()).map(m => m.collectedAt)).toEqual([
        '2026-11-22T06:00:00Z',
        '2026-11-21T06:00:00Z',
        '2026-11-20T06:00:00Z',
      ]);
    });
  },
);
