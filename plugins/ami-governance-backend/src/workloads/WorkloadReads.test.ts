import { TestDatabases } from '@backstage/backend-test-utils';
import { fixedClock, TEST_NOW } from '../__testUtils__/fixtures';
import { workloadSnapshot } from '../__testUtils__/workloadFixtures';
import { AmiGovernanceDatabase } from '../database/AmiGovernanceDatabase';
import { parseSnapshot } from '../organization/parseSnapshot';
import { WorkloadQueries } from './WorkloadQueries';
import { WorkloadReads } from './WorkloadReads';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

describe.each(databases.eachSupportedId())(
  'WorkloadReads on %p',
  databaseId => {
    it('reads and indexes a new organization snapshot once, however many readers find it at the same time', async () => {
      const knex = await databases.init(databaseId);
      const db = await AmiGovernanceDatabase.forTests(knex, {
        clock: fixedClock(),
      });
      const { workloads: _, ...organization } = parseSnapshot(
        workloadSnapshot(),
      );
      const stored = await db.snapshots.add(organization, 'aws', {
        verdict: 'unknown',
        driftFingerprint: 'x',
      });
      const reads = new WorkloadReads(
        db.workloads,
        new WorkloadQueries(knex),
        db.snapshots,
      );
      // The snapshot's JSON is read by ID: count those reads (megabytes each at 5,000 accounts).
      let snapshotReads = 0;
      knex.on('query', q => {
        if (/^select \* from .ami_governance_snapshots. where/.test(q.sql))
          snapshotReads++;
      });
      const found = await Promise.all(
        Array.from({ length: 10 }, () => reads.latestOrganization(TEST_NOW)),
      );
      expect(new Set(found).size).toBe(1);
      expect(found[0]?.snapshotId).toBe(stored.id);
      expect(snapshotReads).toBe(1);
    });
  },
);
