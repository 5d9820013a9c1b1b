import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import {
  configAsOfTestDay,
  exampleSnapshot,
  fixedClock,
  writeTempFile,
} from '../__testUtils__/fixtures';
import { GovernanceConfigSource } from './GovernanceConfigSource';
import { SnapshotIngestor } from './SnapshotIngestor';
import { SnapshotStore } from './SnapshotStore';
import { StatusService } from './StatusService';

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

/** The services on one SQLite database, with every clock stopped at `at`. */
async function setup(at = new Date('2026-11-23T07:30:00Z')) {
  const clock = fixedClock(at);
  const knex = await databases.init('SQLITE_3');
  const store = await SnapshotStore.create(
    { getClient: async () => knex },
    10,
    clock,
  );
  const configSource = new GovernanceConfigSource(
    writeTempFile(configAsOfTestDay()),
    mockServices.urlReader.mock(),
    mockServices.logger.mock(),
    clock,
  );
  await configSource.refresh();
  const status = new StatusService(store, configSource, {
    staleAfterMs: 60 * 60_000,
    logger: mockServices.logger.mock(),
  });
  return {
    store,
    status,
    ingestor: new SnapshotIngestor(store, status, clock),
  };
}

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
