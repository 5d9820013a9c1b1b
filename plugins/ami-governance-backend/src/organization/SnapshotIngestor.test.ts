import { TestDatabases } from '@backstage/backend-test-utils';
import { exampleSnapshot, fixedClock } from '../__testUtils__/fixtures';
import { statusServices } from '../__testUtils__/statusServices';
import { summarizeDrift } from './driftSummary';
import { parseSnapshot } from './parseSnapshot';
import { SnapshotIngestor } from './SnapshotIngestor';
import { StatusService } from './StatusService';

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
const NOW = new Date('2026-11-23T12:00:00Z');

const setup = () => statusServices(databases, NOW, 86_400_000);

const at = (collectedAt: string) => ({ ...exampleSnapshot(), collectedAt });

describe('SnapshotIngestor: snapshots are untrusted input', () => {
  it('refuses a collection time in the future beyond five minutes of clock skew', async () => {
    const { ingestor } = await setup();
    await expect(
      ingestor.ingest(at('2999-12-31T23:59:59Z'), 'push:x'),
    ).rejects.toThrow(/collectedAt 2999-12-31T23:59:59Z is in the future/);
    await expect(
      ingestor.ingest(at('2026-11-23T12:04:00Z'), 'push:x'),
    ).resolves.toMatchObject({ collectedAt: '2026-11-23T12:04:00Z' });
  });

  it('never lets an older snapshot replace a newer one', async () => {
    const { ingestor, store } = await setup();
    await ingestor.ingest(at('2026-11-23T06:00:00Z'), 'aws');
    await expect(
      ingestor.ingest(at('2026-11-22T06:00:00Z'), 'push:x'),
    ).rejects.toMatchObject({
      name: 'ConflictError',
      message: expect.stringContaining('older than the newest stored snapshot'),
    });
    expect((await store.latestMeta())?.collectedAt).toBe(
      '2026-11-23T06:00:00Z',
    );
  });

  it('refuses an organization with no accounts unless allowed', async () => {
    const { ingestor, store, status } = await setup();
    const empty = { ...at('2026-11-23T06:00:00Z'), accounts: [] };
    await expect(ingestor.ingest(empty, 'push:x')).rejects.toThrow(
      /allowEmptySnapshots/,
    );
    const allowing = new SnapshotIngestor(store, status, fixedClock(NOW), {
      allowEmpty: true,
    });
    await expect(allowing.ingest(empty, 'push:x')).resolves.toBeDefined();
  });

  it('bases "drifted since" on times the server can trust', async () => {
    const { store, status } = await setup();
    // Stored before these checks existed: a snapshot claiming a collection time after its receipt.
    await store.add(at('2999-12-31T23:59:59Z'), 'push:x', {
      verdict: 'drifted',
      driftFingerprint: (await fingerprintOfExample(status)) ?? '',
    });
    const view = await status.view(NOW);
    expect(view.driftSince).toBe(NOW.toISOString());
  });
});

async function fingerprintOfExample(status: StatusService) {
  const computed = status.compute(at('2026-11-23T06:00:00Z'), NOW);
  return computed && summarizeDrift(computed).driftFingerprint;
}

describe('parseSnapshot: trees AWS Organizations cannot have', () => {
  const base = exampleSnapshot();
  const rootId = base.roots[0].id;

  it('refuses an OU chain deeper than five levels, naming the OU, in linear time', () => {
    const organizationalUnits = Array.from({ length: 5000 }, (_, i) => ({
      id: `ou-deep-${i}`,
      name: `level ${i}`,
      parentId: i === 0 ? rootId : `ou-deep-${i - 1}`,
    }));
    const accounts = Array.from({ length: 400 }, (_, i) => ({
      id: String(100000000000 + i),
      name: `a${i}`,
      parentId: 'ou-deep-4999',
    }));
    expect(() =>
      parseSnapshot({ ...base, organizationalUnits, accounts }),
    ).toThrow(
      /organizationalUnits\[5\]: ou-deep-5 is 6 OU levels below its root; AWS Organizations allows at most 5/,
    );
  });

  it('refuses cycles, missing parents and duplicate accounts, naming each node', () => {
    const account = base.accounts[0];
    let message = '';
    try {
      parseSnapshot({
        ...base,
        organizationalUnits: [
          ...base.organizationalUnits,
          { id: 'ou-a', name: 'a', parentId: 'ou-b' },
          { id: 'ou-b', name: 'b', parentId: 'ou-a' },
        ],
        accounts: [
          ...base.accounts,
          account,
          { ...account, id: '999999999999', parentId: 'ou-missing' },
        ],
      });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('loops back to');
    expect(message).toContain(`account ${account.id} is listed twice`);
    expect(message).toContain(
      'parent ou-missing of account 999999999999 is neither a root nor an OU',
    );
  });

  it('accepts the example organization', () => {
    expect(parseSnapshot(base).accounts).toHaveLength(8);
  });
});
