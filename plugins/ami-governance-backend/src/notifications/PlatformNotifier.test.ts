import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AmiGovernanceDatabase } from '../database/AmiGovernanceDatabase';
import { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import { fixedClock } from '../__testUtils__/fixtures';
import { catalogRecipient } from './catalogRecipient';
import { PlatformNotifier } from './PlatformNotifier';

jest.setTimeout(60_000);

// Real databases: SQLite always, PostgreSQL when make test finds a server on 127.0.0.1:5432.
const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

/** The platform group in Backstage's in-memory test catalog, with these members. */
const platformGroup = (members: string[]) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'platform', namespace: 'default' },
  spec: {},
  relations: members.map(m => ({ type: 'hasMember', targetRef: m })),
});
const WITH_MEMBERS = [platformGroup(['user:default/pat'])];

describe.each(databases.eachSupportedId())(
  'PlatformNotifier on %p',
  databaseId => {
    async function setup() {
      const knex = await databases.init(databaseId);
      await AmiGovernanceDatabase.forTests(knex);
      // The notifications backend is another plugin: its service interface is the edge here.
      const sent: NotificationSendOptions[] = [];
      const logger = mockServices.logger.mock();
      const make = (catalog: object[] = WITH_MEMBERS) =>
        new PlatformNotifier({
          knex,
          notifications: { send: async n => void sent.push(n) },
          group: 'group:default/platform',
          resolveRecipient: catalogRecipient(
            catalogServiceMock({ entities: catalog as any }),
            mockServices.auth(),
          ),
          clock: fixedClock(),
          logger,
          pageUrl: 'http://localhost:3000/ami-governance',
        });
      return { sent, make, logger };
    }

    it('tells the group once when drift appears, and again only for another drift', async () => {
      const { sent, make } = await setup();
      const [a, b] = [make(), make()];
      await a.check({ drift: { verdict: 'in_sync', fingerprint: 'x' } });
      expect(sent).toHaveLength(0);
      await a.check({ drift: { verdict: 'drifted', fingerprint: 'd1' } });
      await b.check({ drift: { verdict: 'drifted', fingerprint: 'd1' } });
      expect(sent).toHaveLength(1);
      expect(sent[0]).toMatchObject({
        recipients: { type: 'entity', entityRef: 'group:default/platform' },
        payload: { severity: 'high', scope: 'ami-governance:platform:drift' },
      });
      await a.check({ drift: { verdict: 'drifted', fingerprint: 'd2' } });
      expect(sent).toHaveLength(2);
      await a.check({ drift: { verdict: 'in_sync', fingerprint: 'x' } });
      await a.check({ drift: { verdict: 'drifted', fingerprint: 'd2' } });
      expect(sent).toHaveLength(3); // the same drift coming back after a fix is news again
    });

    it('tells the group when readiness gets worse, never when it improves', async () => {
      const { sent, make } = await setup();
      const notifier = make();
      await notifier.check({ blockedLaunches: 10 }); // the first count is the baseline
      await notifier.check({ blockedLaunches: 8 });
      await notifier.check({ blockedLaunches: 8 });
      expect(sent).toHaveLength(0);
      await notifier.check({ blockedLaunches: 12 });
      expect(sent.map(n => n.payload.title)).toEqual([
        'AMI governance: switching to enabled would now block 12 launches (was 8)',
      ]);
      await make().check({ blockedLaunches: 12 });
      expect(sent).toHaveLength(1);
    });

    it('keeps the drift notice until the platform group exists and has members', async () => {
      const { sent, make, logger } = await setup();
      const drift = { verdict: 'drifted', fingerprint: 'd1' };
      await make([]).check({ drift });
      expect(logger.warn).toHaveBeenCalledWith(
        'Not telling group:default/platform "AMI governance: the policies in AWS drifted from Git" yet: the group is not in the catalog. It is told once the group reaches someone; check notifications.platformGroup.',
      );
      await make([platformGroup([])]).check({ drift });
      expect(logger.warn).toHaveBeenLastCalledWith(
        expect.stringContaining('the group has no members in the catalog'),
      );
      expect(sent).toHaveLength(0);
      // The same drift, once someone is there to hear it: not spent by the attempts before.
      await make().check({ drift });
      expect(sent.map(n => n.payload.title)).toEqual([
        'AMI governance: the policies in AWS drifted from Git',
      ]);
      await make().check({ drift });
      expect(sent).toHaveLength(1);
    });

    it('keeps a worse readiness count for when the group can hear it', async () => {
      const { sent, make } = await setup();
      await make().check({ blockedLaunches: 3 });
      await make([]).check({ blockedLaunches: 5 });
      expect(sent).toHaveLength(0);
      await make().check({ blockedLaunches: 5 });
      expect(sent.map(n => n.payload.title)).toEqual([
        'AMI governance: switching to enabled would now block 5 launches (was 3)',
      ]);
    });
  },
);
