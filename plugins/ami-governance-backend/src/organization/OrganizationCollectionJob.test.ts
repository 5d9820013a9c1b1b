import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { exampleSnapshotPath } from '../__testUtils__/fixtures';
import { readPluginOptions } from '../options';
import type { SnapshotIngestor } from './SnapshotIngestor';
import type { SnapshotStore } from './SnapshotStore';
import {
  childLogger,
  scheduleJob,
  scheduleRequest,
} from '../jobs/__testUtils__/scheduleJob';
import { OrganizationCollectionJob } from './OrganizationCollectionJob';

const ID = 'ami-governance-collect';

/** The stores are faked: storing a snapshot is SnapshotIngestor's and SnapshotStore's business. */
function setup(snapshot?: string) {
  const config = new ConfigReader({
    amiGovernance: {
      config: { location: 'x.json' },
      organization: { snapshot },
    },
  });
  let latest: string | undefined;
  const ingest = jest.fn(async (s: { collectedAt: string }) => {
    latest = s.collectedAt;
    return { id: 1, accountCount: 0, collectedAt: s.collectedAt } as any;
  });
  const { logger, child } = childLogger();
  const job = new OrganizationCollectionJob({
    options: readPluginOptions(config).organization,
    config,
    ingestor: { ingest } as unknown as SnapshotIngestor,
    snapshots: {
      latestCollectedAt: async () => latest,
    } as unknown as SnapshotStore,
    urlReader: mockServices.urlReader.mock(),
    logger,
  });
  return { job, ingest, child };
}

describe('OrganizationCollectionJob', () => {
  it('collects on one replica, on the organization schedule', async () => {
    expect(await scheduleRequest(setup().job)).toEqual({
      id: ID,
      scope: 'global',
      frequency: { minutes: 5 },
      timeout: { minutes: 1 },
      initialDelay: undefined,
    });
  });

  it('reads a snapshot file before the plugin serves, then on each run', async () => {
    const { job, ingest } = setup(exampleSnapshotPath);
    const scheduler = await scheduleJob(job);
    expect(ingest).toHaveBeenCalledTimes(1);
    await scheduler.run(ID);
    // The same file again: nothing new to store.
    expect(ingest).toHaveBeenCalledTimes(1);
    expect(job.lastError()).toBeNull();
  });

  it('keeps the failure, with its cause, for /status and logs it', async () => {
    const { job, ingest, child } = setup('/nonexistent/org-snapshot.json');
    await scheduleJob(job);
    expect(ingest).not.toHaveBeenCalled();
    // lastError is served to readers (/status): the file's name, never the server's path.
    expect(job.lastError()).toMatch(
      /^cannot read the snapshot at org-snapshot\.json: ENOENT/,
    );
    expect(job.lastError()).not.toContain('/nonexistent');
    expect(child().error).toHaveBeenCalledWith(
      expect.stringContaining('the last snapshot keeps serving'),
      expect.any(Error),
    );
  });
});
