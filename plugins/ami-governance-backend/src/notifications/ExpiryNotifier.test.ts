import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AmiGovernanceDatabase } from '../database/AmiGovernanceDatabase';
import { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import {
  addDays,
  GovernanceConfig,
  parseGovernanceConfig,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { TEST_NOW, TEST_TODAY } from '../__testUtils__/fixtures';
import { catalogRecipient } from './catalogRecipient';
import { ExpiryNotifier } from './ExpiryNotifier';

jest.setTimeout(60_000);

// Real databases: SQLite always, PostgreSQL when make test finds a server on 127.0.0.1:5432.
const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

type ExtraException = { account: string; days: number; requestedBy: string };

function config(extra: ExtraException[] = []): GovernanceConfig {
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
      ...extra.map(e => exception(e.account, e.days, e.requestedBy)),
    ],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.findings));
  return parsed.config;
}

/** A catalog group with these members (the relations the catalog's processors write). */
const group = (name: string, members: string[] = []) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default' },
  spec: {},
  relations: members.map(m => ({ type: 'hasMember', targetRef: m })),
});

const CATALOG = [
  group('app-team-alpha', ['user:default/alice']),
  group('ml-team', ['user:default/bob']),
];

describe.each(databases.eachSupportedId())(
  'ExpiryNotifier on %p',
  databaseId => {
    async function setup(
      options: { failSend?: boolean; extra?: ExtraException[] } = {},
    ) {
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
      const logger = mockServices.logger.mock();
      // The catalog is Backstage's in-memory test catalog, resolved by the plugin's own catalogRecipient.
      const make = (catalog: object[] = CATALOG) =>
        new ExpiryNotifier({
          knex,
          notifications,
          config: () => config(options.extra),
          clock: () => now,
          logger,
          resolveRecipient: catalogRecipient(
            catalogServiceMock({ entities: catalog as any }),
            mockServices.auth(),
          ),
          whatBreaks: async publisher =>
            publisher === '777788889999'
              ? '14 instances and 3 launch templates in 2 accounts use its AMIs.'
              : undefined,
          linkTo: e =>
            `http://localhost:3000/ami-governance?exception=${e.account_id}`,
        });
      return {
        knex,
        logger,
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

    it('tells the others when one requested_by is malformed, and says what to fix in it', async () => {
      const { sent, make, logger } = await setup({
        extra: [
          { account: '444455556666', days: 14, requestedBy: 'user:default/' },
        ],
      });
      expect(await make().run()).toBe(1);
      expect(sent.map(n => n.recipients)).toEqual([
        { type: 'entity', entityRef: 'group:default/app-team-alpha' },
      ]);
      expect(logger.error).toHaveBeenCalledWith(
        expect.stringContaining(
          'Not notifying about the AMI exception for 444455556666 (the other exceptions go ahead; the next run tries it again): InputError: requested_by "user:default/" is not a catalog entity ref: write kind:namespace/name',
        ),
      );
      // Every run goes on the same way: the malformed entry never stops the job.
      expect(await make().run()).toBe(0);
      expect(logger.error).toHaveBeenCalledTimes(2);
    });

    it('records a stage only once it reaches someone: a group without members is told on a later run', async () => {
      const { sent, make, logger, knex } = await setup({
        extra: [
          { account: '444455556666', days: 14, requestedBy: 'empty-team' },
        ],
      });
      const withoutMembers = [...CATALOG, group('empty-team')];
      await make(withoutMembers).run();
      expect(sent.map(n => n.recipients)).toEqual([
        { type: 'entity', entityRef: 'group:default/app-team-alpha' },
      ]);
      expect(logger.warn).toHaveBeenCalledWith(
        'Not notifying about the AMI exception for 444455556666: requested_by group:default/empty-team has no members in the catalog, so nobody would receive it; add members to the group (or name a user) and the next run sends it',
      );
      expect(
        await knex('ami_governance_expiry_notices').where({
          account_id: '444455556666',
        }),
      ).toEqual([]);
      await make(withoutMembers).run();
      expect(sent).toHaveLength(1);

      const withMembers = [
        ...CATALOG,
        group('empty-team', ['user:default/carol']),
      ];
      expect(await make(withMembers).run()).toBe(1);
      expect(
        sent.map(n => n.recipients.type === 'entity' && n.recipients.entityRef),
      ).toEqual(['group:default/app-team-alpha', 'group:default/empty-team']);
    });
  },
);
