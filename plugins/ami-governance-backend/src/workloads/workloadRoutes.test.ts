import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { addDays } from '@ami-governance/backstage-plugin-ami-governance-common';
import { parseReadinessReport } from '@ami-governance/backstage-plugin-ami-governance-node';
import request from 'supertest';
import {
  clockFactory,
  configAsOfTestDay,
  exampleSnapshot,
  TEST_TODAY,
  writeTempFile,
} from '../__testUtils__/fixtures';
import { manualScheduler } from '../__testUtils__/manualScheduler';
import { expectMatchesSpec } from '../__testUtils__/schemaCheck';
import {
  ACCOUNTS,
  OWNERS,
  workloadSnapshot,
} from '../__testUtils__/workloadFixtures';
import { startWithSnapshot } from '../__testUtils__/snapshotBackend';
import { amiGovernancePlugin } from '../plugin';

jest.setTimeout(60_000);

const API = '/api/ami-governance';
const user = mockCredentials.user.header();

// Real databases: SQLite always, PostgreSQL when make test finds a server on 127.0.0.1:5432.
const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

/** The plugin reading a snapshot file with a workloads section (or none), on a real database. */
const start = (databaseId: TestDatabaseId, snapshot: object | null) =>
  startWithSnapshot(databases, databaseId, snapshot);

const get = async (server: any, path: string, status = 200) => {
  const res = await request(server)
    .get(`${API}${path}`)
    .set('Authorization', user);
  expect({ path, status: res.status }).toEqual({ path, status });
  return res.body;
};

const ids = (body: any) => body.workloads.items.map((w: any) => w.id);

describe.each(databases.eachSupportedId())(
  'workload routes on %p',
  databaseId => {
    it('says no workloads were collected yet, on every route', async () => {
      const { workloads, ...organizationOnly } = workloadSnapshot();
      const server = await start(databaseId, organizationOnly);
      for (const path of [
        '/readiness',
        '/impact',
        `/usage?provider=${OWNERS.ops}`,
        '/public-images',
      ]) {
        const body = await get(server, path);
        expect(body).toMatchObject({
          available: false,
          reason: expect.stringContaining('No workloads collected yet'),
        });
        expectMatchesSpec(path.split('?')[0] as any, 'get', 200, body);
      }
      const account = await get(server, `/accounts/${ACCOUNTS.prod}`);
      expectMatchesSpec('/accounts/{accountId}', 'get', 200, account);
      expect(account).toMatchObject({
        available: false,
        inOrganization: true,
        name: 'payments-prod',
      });
    });

    it('answers what enabled would block today, a valid plan --readiness report', async () => {
      const server = await start(databaseId, workloadSnapshot());
      const body = await get(server, '/readiness');
      expectMatchesSpec('/readiness', 'get', 200, body);
      expect(body).toMatchObject({
        available: true,
        collectedAt: '2026-11-23T06:00:00.000Z',
        enforcementMode: 'audit_mode',
        blocked: { instances: 3, launchTemplates: 1 },
        accounts: 2,
        generation: { accounts: 3, partial: false },
        // The management account was not collected; the suspended one is not counted at all.
        coverage: {
          organizationAccounts: 4,
          collected: 2,
          notVisible: 1,
          notCollected: 1,
          collectedAccountIds: [ACCOUNTS.prod, ACCOUNTS.dev],
          notVisibleAccountIds: [ACCOUNTS.lab],
          notCollectedAccountIds: [ACCOUNTS.management],
          partial: false,
        },
        byPublisher: [
          {
            publisher: OWNERS.expired,
            instances: 2,
            launchTemplates: 0,
            accounts: 2,
          },
          {
            publisher: OWNERS.amazon,
            ownerAlias: 'amazon',
            instances: 0,
            launchTemplates: 1,
            accounts: 1,
          },
          {
            publisher: OWNERS.outside,
            instances: 1,
            launchTemplates: 0,
            accounts: 1,
          },
        ],
        // i-a5's AMI is unknown everywhere; i-b3's was described by payments-prod.
        unresolved: { instances: 1, launchTemplates: 0 },
        selfOwned: {
          instances: 1,
          note: expect.stringContaining(
            "SCP's ec2:Owner condition has no such exemption",
          ),
        },
        // The deployed declarative policy of this organization sets no Allowed AMIs state: no
        // account has anything its regions can be measured against (the config is not it).
        regionsNotEnforcing: {
          total: 0,
          read: 3, // prod us-east-1 and eu-west-1, dev us-east-1; ap-south-1 refused
          unmeasured: 3,
          byProblem: { notManagedByPolicy: 0, otherState: 0, otherCriteria: 0 },
          items: [],
        },
        notVisible: {
          accounts: {
            total: 1,
            items: [{ accountId: ACCOUNTS.lab, code: 'AccessDenied' }],
          },
          regions: {
            total: 1,
            items: [
              {
                accountId: ACCOUNTS.dev,
                region: 'ap-south-1',
                code: 'OptInRequired',
              },
            ],
          },
        },
        workloads: { total: 4, offset: 0, limit: 50 },
      });
      // Instances first, then launch templates; each by publisher, account, region, ID.
      expect(ids(body)).toEqual(['i-a3', 'i-b1', 'i-a6', 'lt-a2:1']);
      expect(body.workloads.items[3]).toMatchObject({
        kind: 'launch-template',
        launchTemplateId: 'lt-a2',
        launchTemplateName: 'batch',
        version: 1,
        pointers: ['default'],
        imageId: 'ami-amazon',
        ownerAlias: 'amazon',
      });
      // What plan --readiness reads of it: the counts and which accounts they cover.
      expect(parseReadinessReport(JSON.stringify(body))).toMatchObject({
        ok: true,
        report: {
          blocked: { instances: 3, launchTemplates: 1 },
          coverage: {
            collectedAccountIds: [ACCOUNTS.prod, ACCOUNTS.dev],
            notVisibleAccountIds: [ACCOUNTS.lab],
          },
        },
      });
    });

    it('says which accounts of the example organization its counts cover', async () => {
      const server = await start(databaseId, exampleSnapshot());
      const body = await get(server, '/readiness');
      expectMatchesSpec('/readiness', 'get', 200, body);
      expect(body.blocked).toEqual({ instances: 5, launchTemplates: 1 });
      // The management account's role could not be assumed; every other account was read.
      expect(body.coverage).toEqual({
        organizationAccounts: 8,
        collected: 7,
        notVisible: 1,
        notCollected: 0,
        collectedAccountIds: [
          '000033334444',
          '045678901234',
          '098765432109',
          '123456738923',
          '210987654321',
          '210987654322',
          '310987654321',
        ],
        notVisibleAccountIds: ['000011112222'],
        notCollectedAccountIds: [],
        partial: false,
      });
      // Regions are measured against each account's effective (deployed) policy, never the config:
      // 11 of the 13 account-regions read report audit_mode managed by the declarative policy; the
      // sandbox's 2 have nothing to be measured against (no declarative policy reaches it); orders-prod
      // eu-central-2 lacks the second criterion its effective policy has (us-east-1 has both).
      expect(body.regionsNotEnforcing).toMatchObject({
        read: 13,
        unmeasured: 2,
        total: 1,
        measuredAgainst: 'effective-policy',
        byProblem: { notManagedByPolicy: 0, otherState: 0, otherCriteria: 1 },
        items: [
          {
            accountId: '210987654322',
            region: 'eu-central-2',
            problems: ['other-criteria'],
          },
        ],
      });
      // The sandbox is outside the declarative policy's reach: enabled changes nothing there, and the
      // SCP (at the root) already governs it.
      expect(body.declarativePolicyReach).toMatchObject({
        known: true,
        reached: 7,
        notReached: {
          total: 1,
          items: [
            {
              accountId: '045678901234',
              name: 'sandbox-experiments',
              scpGoverns: true,
            },
          ],
        },
      });
      expect(body.declarativePolicyReach.note).toContain(
        'switching it to enabled changes nothing there',
      );
    });

    it('filters and pages the readiness list, and names a bad parameter', async () => {
      const server = await start(databaseId, workloadSnapshot());
      const byAlias = await get(server, '/readiness?publisher=amazon');
      expect(byAlias.blocked).toEqual({ instances: 0, launchTemplates: 1 });
      expect(ids(byAlias)).toEqual(['lt-a2:1']);
      const dev = await get(server, `/readiness?account=${ACCOUNTS.dev}`);
      expect(dev).toMatchObject({
        blocked: { instances: 1, launchTemplates: 0 },
        coverage: {
          organizationAccounts: 1,
          collected: 1,
          notVisible: 0,
          notCollected: 0,
          collectedAccountIds: [ACCOUNTS.dev],
        },
        regionsNotEnforcing: { total: 0 },
        notVisible: { regions: { total: 1 }, accounts: { total: 0 } },
      });
      const second = await get(server, '/readiness?offset=1&limit=2');
      expect(second.workloads).toMatchObject({ total: 4, offset: 1, limit: 2 });
      expect(ids(second)).toEqual(['i-b1', 'i-a6']);
      expect(ids(await get(server, '/readiness?offset=3&limit=5'))).toEqual([
        'lt-a2:1',
      ]);

      for (const [query, name] of [
        ['publisher=nobody', 'publisher must be'],
        ['account=12345', 'account must be a 12-digit'],
        ['limit=0', 'limit must be between 1 and 1000'],
      ]) {
        const bad = await get(server, `/readiness?${query}`, 400);
        expect(bad.error.message).toContain(name);
      }
    });

    it('answers what lapses by a date, by default the day after the next expiry', async () => {
      const server = await start(databaseId, workloadSnapshot());
      const next = await get(server, '/impact');
      expectMatchesSpec('/impact', 'get', 200, next);
      expect(next).toMatchObject({
        on: addDays(TEST_TODAY, 4),
        nextExpiry: addDays(TEST_TODAY, 3),
        lapsing: [
          { provider: OWNERS.expiring, expiresOn: addDays(TEST_TODAY, 3) },
        ],
        blocked: { instances: 1, launchTemplates: 1 },
        accounts: 1,
        byAccount: {
          total: 1,
          items: [{ accountId: ACCOUNTS.prod, publishers: [OWNERS.expiring] }],
        },
      });
      expect(ids(next)).toEqual(['i-a2', 'lt-a1:3']);

      // On the expiry day itself the exception still counts.
      const onExpiry = await get(
        server,
        `/impact?on=${addDays(TEST_TODAY, 3)}`,
      );
      expect(onExpiry.blocked).toEqual({ instances: 0, launchTemplates: 0 });
      const later = await get(server, `/impact?on=${addDays(TEST_TODAY, 41)}`);
      expect(later.blocked).toEqual({ instances: 2, launchTemplates: 1 });
      expect(later.byPublisher.map((p: any) => p.publisher)).toEqual([
        OWNERS.expiring,
        OWNERS.later,
      ]);
      const dev = await get(
        server,
        `/impact?on=${addDays(TEST_TODAY, 41)}&account=${ACCOUNTS.dev}`,
      );
      expect(ids(dev)).toEqual(['i-b2']);

      for (const [query, name] of [
        ['on=2026-13-01', 'on must be a calendar date written YYYY-MM-DD'],
        [`on=${addDays(TEST_TODAY, -1)}`, 'is before today'],
      ]) {
        const bad = await get(server, `/impact?${query}`, 400);
        expect(bad.error.message).toContain(name);
      }
    });

    it('answers what removing a publisher would block', async () => {
      const server = await start(databaseId, workloadSnapshot());
      const ops = await get(server, `/impact?publisher=${OWNERS.ops}`);
      expect(ops).toMatchObject({
        on: TEST_TODAY,
        lapsing: [],
        publisher: { provider: OWNERS.ops, inAllowlistToday: true },
        blocked: { instances: 2, launchTemplates: 0 },
        accounts: 2,
      });
      expect(ids(ops)).toEqual(['i-a1', 'i-b3']);
      const amazon = await get(server, '/impact?publisher=amazon');
      expect(amazon).toMatchObject({
        publisher: { provider: 'amazon', inAllowlistToday: false },
        blocked: { instances: 0, launchTemplates: 0 },
      });
    });

    it('counts what uses each publisher, and what an exception blocks the day after it expires', async () => {
      const server = await start(databaseId, workloadSnapshot());
      const providers = [OWNERS.ops, OWNERS.expiring, OWNERS.later, 'amazon'];
      const body = await get(
        server,
        `/usage?${providers.map(p => `provider=${p}`).join('&')}`,
      );
      expectMatchesSpec('/usage', 'get', 200, body);
      expect(body.items).toEqual([
        {
          provider: OWNERS.ops,
          instances: 2,
          launchTemplates: 0,
          accounts: 2,
        },
        {
          provider: OWNERS.expiring,
          instances: 1,
          launchTemplates: 1,
          accounts: 1,
          atExpiry: {
            on: addDays(TEST_TODAY, 4),
            instances: 1,
            launchTemplates: 1,
            accounts: 1,
          },
        },
        {
          provider: OWNERS.later,
          instances: 1,
          launchTemplates: 0,
          accounts: 1,
          atExpiry: {
            on: addDays(TEST_TODAY, 41),
            instances: 1,
            launchTemplates: 0,
            accounts: 1,
          },
        },
        { provider: 'amazon', instances: 0, launchTemplates: 1, accounts: 1 },
      ]);
      for (const [query, message] of [
        ['', "must have required property 'provider'"],
        ['?provider=ami-123', 'provider must be a 12-digit account ID'],
      ]) {
        const bad = await get(server, `/usage${query}`, 400);
        expect(bad.error.message).toContain(message);
      }
    });

    it("gives one account's standing, 404 for an unknown one and 400 for a malformed ID", async () => {
      const server = await start(databaseId, workloadSnapshot());
      const prod = await get(server, `/accounts/${ACCOUNTS.prod}`);
      expectMatchesSpec('/accounts/{accountId}', 'get', 200, prod);
      expect(prod).toMatchObject({
        available: true,
        inOrganization: true,
        collected: true,
        name: 'payments-prod',
        managementAccount: false,
        path: [
          { id: 'r-work', name: 'Root', type: 'ROOT' },
          { id: 'ou-work-workloads', name: 'Workloads' },
        ],
        policies: {
          declarativePolicy: {
            governs: true,
            via: [{ id: 'ou-work-workloads' }],
          },
          scp: { governs: true, via: [{ id: 'r-work' }] },
        },
        visibility: { visible: true, refusedRegions: [] },
        blocked: { instances: 2, launchTemplates: 1 },
        selfOwned: { instances: 1 },
        unresolved: { instances: 1 },
        publicImages: { total: 1, items: [{ imageId: 'ami-a-public' }] },
      });
      expect(prod.regions).toEqual([
        {
          region: 'eu-west-1',
          allowedImages: {
            state: 'disabled',
            managedBy: 'account',
            criteria: [],
          },
          // Its deployed declarative policy sets no Allowed AMIs state: nothing to measure against.
          measuredAgainst: 'none',
        },
        {
          region: 'us-east-1',
          allowedImages: {
            state: 'audit-mode',
            managedBy: 'declarative-policy',
            criteria: [
              expect.objectContaining({ providers: expect.any(Array) }),
            ],
          },
          measuredAgainst: 'none',
          imageBlockPublicAccess: {
            state: 'block-new-sharing',
            managedBy: 'declarative-policy',
          },
        },
      ]);
      expect(ids(prod)).toEqual(['i-a3', 'i-a6', 'lt-a2:1']);

      const lab = await get(server, `/accounts/${ACCOUNTS.lab}`);
      expect(lab.visibility).toEqual({
        visible: false,
        error: {
          code: 'AccessDenied',
          message: expect.stringContaining('sts:AssumeRole'),
        },
        refusedRegions: [],
      });
      const dev = await get(server, `/accounts/${ACCOUNTS.dev}`);
      expect(dev.visibility.refusedRegions).toEqual(['ap-south-1']);
      const management = await get(server, `/accounts/${ACCOUNTS.management}`);
      expect(management).toMatchObject({
        collected: false,
        managementAccount: true,
        policies: {
          scp: {
            governs: false,
            note: expect.stringContaining('management account'),
          },
        },
      });
      expectMatchesSpec('/accounts/{accountId}', 'get', 200, management);

      const unknown = await get(server, '/accounts/999999999999', 404);
      expect(unknown.error.message).toContain('999999999999');
      const bad = await get(server, '/accounts/12345', 400);
      expect(bad.error.message).toContain('accountId must be a 12-digit');
    });

    it('pages member-owned public AMIs by account and region', async () => {
      const server = await start(databaseId, workloadSnapshot());
      const all = await get(server, '/public-images');
      expectMatchesSpec('/public-images', 'get', 200, all);
      expect(all).toMatchObject({
        available: true,
        total: 1,
        offset: 0,
        limit: 50,
        items: [
          {
            accountId: ACCOUNTS.prod,
            region: 'us-east-1',
            imageId: 'ami-a-public',
          },
        ],
      });
      expect((await get(server, '/public-images?region=eu-west-1')).total).toBe(
        0,
      );
      expect(
        (await get(server, `/public-images?account=${ACCOUNTS.dev}`)).total,
      ).toBe(0);
      expect((await get(server, '/public-images?offset=1')).items).toEqual([]);
      const bad = await get(server, '/public-images?region=Europe', 400);
      expect(bad.error.message).toContain('region must be an AWS region name');
    });

    it('answers 304 to a repeated read while nothing changed', async () => {
      const server = await start(databaseId, workloadSnapshot());
      const first = await request(server)
        .get(`${API}/readiness`)
        .set('Authorization', user);
      expect(first.headers.etag).toMatch(/^"[\w-]{27}"$/);
      const again = await request(server)
        .get(`${API}/readiness`)
        .set('Authorization', user)
        .set('If-None-Match', first.headers.etag);
      expect(again.status).toBe(304);
    });
  },
);

describe('the workload collection from AWS', () => {
  async function startWith(workloads?: object) {
    const scheduler = manualScheduler();
    const { server } = await startTestBackend({
      features: [
        amiGovernancePlugin,
        clockFactory(),
        scheduler.factory,
        mockServices.database.factory({
          knex: await databases.init('SQLITE_3'),
        }),
        mockServices.rootConfig.factory({
          data: {
            amiGovernance: {
              config: { location: writeTempFile(configAsOfTestDay()) },
              organization: { source: 'snapshot', aws: { workloads } },
            },
          },
        }),
      ],
    });
    return { server, scheduler };
  }

  it('is scheduled only with a member role, and says why it could not run', async () => {
    const without = await startWith();
    await expect(
      without.scheduler.run('ami-governance-workloads-collect'),
    ).rejects.toThrow('no task');

    const { server, scheduler } = await startWith({
      roleName: 'AmiGovernanceReadOnly',
    });
    // No organization snapshot yet: the task stops before calling AWS.
    await scheduler.run('ami-governance-workloads-collect');
    const body = await get(server, '/readiness');
    expectMatchesSpec('/readiness', 'get', 200, body);
    expect(body).toMatchObject({
      available: false,
      collectionError: expect.stringContaining('No organization snapshot yet'),
    });
  });
});
