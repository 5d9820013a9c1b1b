import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { AmiGovernanceDatabase } from '../database/AmiGovernanceDatabase';
import { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import {
  addDays,
  GovernanceConfig,
  parseGovernanceConfig,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { TEST_NOW, TEST_TODAY } from '../__testUtils__/fixtures';
import { ExpiryNotifier } from './ExpiryNotifier';

jest.setTimeout(60_000);

// Real databases: SQLite always, PostgreSQL when make test finds a server on 127.0.0.1:5432.
const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

function config(): GovernanceConfig {
  const exception = (
    account_id: string,
    days: number,
    requested_by: string,
  ) => ({
    account_id,
    expires_on: addDays(TEST_TODAY, days),
    reason: 'Migration',
    exception_type: 'migration',
    approval_date: addDays(TEST_TODAY, -30),
    requested_by,
  });
  const parsed = parseGovernanceConfig({
    ops_publisher_account: { account_id: '123456738923' },
    exception_accounts: [
      exception('777788889999', 14, 'app-team-alpha'),
      exception('222233334444', 30, 'ml-team'),
      exception('555566667777', 7, 'nobody-we-know'),
    ],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.findings));
  return parsed.config;
}

describe.each(databases.eachSupportedId())(
  'ExpiryNotifier on %p',
  databaseId => {
    async function setup(options: { failSend?: boolean } = {}) {
      const knex = await databases.init(databaseId);
      await AmiGovernanceDatabase.forTests(knex);
      let now = TEST_NOW;
      // The notifications backend is another plugin: its delivery is its own tests' business, so the
      // service interface is the edge here and records what would be sent.
      const sent: NotificationSendOptions[] = [];
      const notifications = {
        send: jest.fn(async (n: NotificationSendOptions) => {
          if (options.failSend)
            throw new Error('notifications backend is down');
          sent.push(n);
        }),
      };
      const make = () =>
        new ExpiryNotifier({
          knex,
          notifications,
          config,
          clock: () => now,
          logger: mockServices.logger.mock(),
          resolveRecipient: async name =>
            ({
              'app-team-alpha': 'group:default/app-team-alpha',
              'ml-team': 'group:default/ml-team',
            }[name]),
          whatBreaks: async publisher =>
            publisher === '777788889999'
              ? '14 instances and 3 launch templates in 2 accounts use its AMIs.'
              : undefined,
          linkTo: e =>
            `http://localhost:3000/ami-governance?exception=${e.account_id}`,
        });
      return {
        sent,
        notifications,
        make,
        advance: (days: number) => {
          now = new Date(now.getTime() + days * 86_400_000);
        },
      };
    }

    it('tells the requester at 14 days with what breaks, a stable scope and a link', async () => {
      const { sent, make } = await setup();
      expect(await make().run()).toBe(1);
      expect(sent).toEqual([
        {
          recipients: {
            type: 'entity',
            entityRef: 'group:default/app-team-alpha',
          },
          payload: expect.objectContaining({
            title: `AMI exception for 777788889999 14 days left (until ${addDays(
              TEST_TODAY,
              14,
            )})`,
            severity: 'normal',
            link: 'http://localhost:3000/ami-governance?exception=777788889999',
            scope: `ami-governance:exception:777788889999:${addDays(
              TEST_TODAY,
              14,
            )}`,
          }),
        },
      ]);
      expect(sent[0].payload.description).toContain(
        '14 instances and 3 launch templates in 2 accounts use its AMIs.',
      );
    });

    it('sends each stage once across runs and replicas, updating one notification', async () => {
      const { sent, make, advance } = await setup();
      const [a, b] = [make(), make()];
      await Promise.all([a.run(), b.run()]);
      await a.run();
      expect(sent).toHaveLength(1);
      advance(7); // 7 days left
      await Promise.all([a.run(), b.run()]);
      advance(6); // 1 day left
      await b.run();
      advance(2); // lapsed
      await a.run();
      await a.run();
      expect(sent.map(s => s.payload.severity)).toEqual([
        'normal',
        'high',
        'critical',
        'critical',
      ]);
      expect(new Set(sent.map(s => s.payload.scope)).size).toBe(1);
      expect(sent[3].payload.title).toContain('has lapsed');
    });

    it('a day the job missed still yields the stage, once', async () => {
      const { sent, make, advance } = await setup();
      advance(10); // first run with 4 days left: the 7-day stage
      await make().run();
      expect(sent.map(s => s.payload.severity)).toEqual(['high']);
    });

    it('skips a requester the catalog does not know, and retries a failed send next run', async () => {
      const failing = await setup({ failSend: true });
      failing.advance(7); // 777788889999 at 7 days, 555566667777 at 0 days
      expect(await failing.make().run()).toBe(0);
      expect(failing.notifications.send).toHaveBeenCalledTimes(1); // the unknown requester is never tried
      expect(await failing.make().run()).toBe(0);
      expect(failing.notifications.send).toHaveBeenCalledTimes(2); // the claim was released
    });
  },
);
