import { AmiGovernanceDatabase } from '../database/AmiGovernanceDatabase';
import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { GovernanceConfigSource } from '../config/GovernanceConfigSource';
import { SnapshotIngestor } from '../organization/SnapshotIngestor';
import { LatestData } from '../organization/LatestData';
import { StatusService } from '../organization/StatusService';
import { configAsOfTestDay, fixedClock, writeTempFile } from './fixtures';

/**
 * The store, config source, newest data, status service and ingestor on one database of `databases` (SQLite unless
 * told), with every clock stopped at `at` and the config of configAsOfTestDay().
 */
export async function statusServices(
  databases: TestDatabases,
  at: Date,
  staleAfterMs = 60 * 60_000,
  databaseId: TestDatabaseId = 'SQLITE_3',
) {
  const clock = fixedClock(at);
  const knex = await databases.init(databaseId);
  const db = await AmiGovernanceDatabase.forTests(knex, {
    historySize: 10,
    clock,
  });
  const store = db.snapshots;
  // Asks the database on every read: a test sees what it stored at once.
  const data = LatestData.of(db, {
    logger: mockServices.logger.mock(),
    timeoutMs: 300,
    checkEveryMs: 0,
  });
  const configPath = writeTempFile(configAsOfTestDay());
  const configSource = new GovernanceConfigSource(
    configPath,
    mockServices.urlReader.mock(),
    mockServices.logger.mock(),
    clock,
  );
  await configSource.refresh();
  const status = new StatusService(data, store, configSource, {
    staleAfterMs,
    logger: mockServices.logger.mock(),
    // A failing database is noticed within this; production waits longer.
    databaseTimeoutMs: 300,
  });
  return {
    knex,
    configPath,
    configSource,
    store,
    data,
    status,
    ingestor: new SnapshotIngestor(store, status, clock),
  };
}
