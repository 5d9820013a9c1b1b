import { TestDatabases } from '@backstage/backend-test-utils';
import { exceptionRequestBody, fixedClock } from '../__testUtils__/fixtures';
import { AmiGovernanceDatabase } from '../database/AmiGovernanceDatabase';

jest.setTimeout(60_000);

// Real databases: SQLite always, PostgreSQL when make test finds a server on 127.0.0.1:5432.
const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

const request = {
  ...exceptionRequestBody,
  exceptionType: 'migration' as const,
  state: 'opened' as const,
};

describe.each(databases.eachSupportedId())(
  'ExceptionRequestStore on %p',
  databaseId => {
    async function store() {
      const knex = await databases.init(databaseId);
      const db = await AmiGovernanceDatabase.forTests(knex, {
        clock: fixedClock(),
      });
      return db.exceptionRequests;
    }

    it('answers the same request racing itself with one record, and no error', async () => {
      const requests = await store();
      const results = await Promise.all(
        Array.from({ length: 8 }, () => requests.record(request)),
      );
      expect(results.filter(r => r.created)).toHaveLength(1);
      for (const { record } of results)
        expect(record).toEqual(results[0].record);
      expect(await requests.list()).toHaveLength(1);
    });

    it('lets one of two different requests racing for a merge request win, and tells the other what collides', async () => {
      const requests = await store();
      const other = {
        ...request,
        expiresOn: '2027-01-15',
        requestedBy: 'user:default/bob',
      };
      const results = await Promise.allSettled([
        requests.record(request),
        requests.record(other),
      ]);
      const [won, lost] =
        results[0].status === 'fulfilled' ? results : [...results].reverse();
      expect(won).toMatchObject({
        status: 'fulfilled',
        value: { created: true },
      });
      expect(lost.status).toBe('rejected');
      const error = (lost as PromiseRejectedResult).reason;
      expect(error.name).toBe('ConflictError');
      expect(error.message).toMatch(
        /^https:\/\/gitlab\.example\.com\/platform\/governance\/-\/merge_requests\/7 is already recorded for another request \(account 777788889999, ticket CLOUD-1234, until 2027-01-(31|15)\): expiresOn is "2027-01-(31|15)" there, "2027-01-(31|15)" here; requestedBy is "user:default\/(alice|bob)" there, "user:default\/(alice|bob)" here\. The same request again is answered with the recorded one; a different request needs its own merge request \(another ticket or branch\)\.$/,
      );
      expect(await requests.list()).toHaveLength(1);
    });

    it('keeps the state the refresher set when the same request is reported again', async () => {
      const requests = await store();
      await requests.record(request);
      await requests.setState(request.mergeRequestUrl, 'merged');
      const again = await requests.record(request);
      expect(again).toMatchObject({
        created: false,
        record: { state: 'merged' },
      });
    });
  },
);
