import { AmiGovernanceDatabase } from '../database/AmiGovernanceDatabase';
import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { GovernanceConfigSource } from '../config/GovernanceConfigSource';
import { SnapshotIngestor } from '../organization/SnapshotIngestor';
import { StatusService } from '../organization/StatusService';
import { configAsOfTestDay, fixedClock, writeTempFile } from './fixtures';

/**
 * The store, config source, status service and ingestor on one database of `databases` (SQLite unless
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
  const { snapshots: store } = await AmiGovernanceDatabase.forTests(knex, {
    historySize: 10,
    clock,
  });
  const configPath = writeTempFile(configAsOfTestDay());
  const configSource = new GovernanceConfigSource(
    configPath,
    mockServices.urlReader.mock(),
    mockServices.logger.mock(),
    clock,
  );
  await configSource.refresh();
  const status = new StatusService(store, configSource, {
    staleAfterMs,
    logger: mockServices.logger.mock(),
    // A failing database is noticed within this; production waits longer.
    databaseTimeoutMs: 300,
    latestTtlMs: 0,
  });
  return {
    knex,
    configPath,
    configSource,
    store,
    status,
    ingestor: new SnapshotIngestor(store, status, clock),
  };
}
