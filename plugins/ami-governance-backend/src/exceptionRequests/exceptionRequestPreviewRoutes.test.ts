import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { addDays } from '@ami-governance/backstage-plugin-ami-governance-common';
import { EXAMPLE_PAYMENTS_ACCOUNTS } from '@ami-governance/backstage-plugin-ami-governance-common/testUtils';
import request from 'supertest';
import { expectMatchesSpec } from '../__testUtils__/schemaCheck';
import {
  clockFactory,
  configAsOfTestDay,
  exampleSnapshotPath,
  exceptionRequestBody,
  TEST_TODAY,
  writeTempFile,
} from '../__testUtils__/fixtures';
import { amiGovernancePlugin } from '../plugin';

jest.setTimeout(60_000);

const API = '/api/ami-governance';

// Real databases: SQLite always, PostgreSQL when make test finds a server on 127.0.0.1:5432.
const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

async function start(databaseId: TestDatabaseId, config = configAsOfTestDay()) {
  const knex = await databases.init(databaseId);
  const { server } = await startTestBackend({
    features: [
      amiGovernancePlugin,
      clockFactory(),
      mockServices.database.factory({ knex }),
      mockServices.rootConfig.factory({
        data: {
          amiGovernance: {
            config: { location: writeTempFile(config) },
            organization: { source: 'snapshot', snapshot: exampleSnapshotPath },
          },
        },
      }),
    ],
  });
  return server;
}

const user = mockCredentials.user.header();

const PREVIEW = {
  accountId: '999900001111',
  exceptionType: 'migration',
  expiresOn: '2027-01-31',
  reason: 'Moving the batch fleet to golden images',
  ticket: 'CLOUD-1400',
};

describe.each(databases.eachSupportedId())(
  'exception request form routes on %p',
  databaseId => {
    it('previews an exception narrowed to image names (repeated query values), and one name alone', async () => {
      const server = await start(databaseId);
      const res = await request(server)
        // As the page's client sends them: encodeURIComponent leaves * as it is.
        .get(
          `${API}/exception-requests/preview?imageNames=${encodeURIComponent(
            'legacy-batch-*',
          )}&imageNames=${encodeURIComponent('etl-??-*')}`,
        )
        .query(PREVIEW)
        .set('Authorization', user);
      expect(res.status).toBe(200);
      expectMatchesSpec('/exception-requests/preview', 'get', 200, res.body);
      expect(res.body.preview.entry.image_names).toEqual([
        'legacy-batch-*',
        'etl-??-*',
      ]);
      expect(res.body.preview.effect[0]).toContain(
        'AMIs owned by 999900001111 named legacy-batch-* or etl-??-* become allowed',
      );
      const one = await request(server)
        .get(`${API}/exception-requests/preview`)
        .query({ ...PREVIEW, imageNames: 'legacy-*' })
        .set('Authorization', user);
      expect(one.status).toBe(200);
      expect(one.body.preview.entry.image_names).toEqual(['legacy-*']);
    });

    it('previews the merge request a new exception opens, as the signed-in user', async () => {
      const server = await start(databaseId);
      const res = await request(server)
        .get(`${API}/exception-requests/preview`)
        .query(PREVIEW)
        .set('Authorization', user);
      expect(res.status).toBe(200);
      expectMatchesSpec('/exception-requests/preview', 'get', 200, res.body);
      expect(res.body).toMatchObject({
        today: TEST_TODAY,
        preview: {
          ok: true,
          kind: 'new',
          branchName: 'exception/CLOUD-1400-999900001111',
          title: 'AMI exception: 999900001111 until 2027-01-31 (CLOUD-1400)',
          approvers: ['security lead', 'cloud architect'],
          allowlist: {
            before: 4,
            after: 5,
            added: ['999900001111'],
            removed: [],
          },
          entry: {
            account_id: '999900001111',
            requested_by: 'user:default/mock',
            requested_on: TEST_TODAY,
          },
          // The config's exception that lapsed two days ago goes in the same change, shown apart.
          lapsedRemoved: [
            expect.objectContaining({
              account_id: '555566667777',
              expires_on: addDays(TEST_TODAY, -2),
            }),
          ],
        },
      });
      expect(
        res.body.preview.remaining.map((f: { code: string }) => f.code),
      ).not.toContain('exception-expired');
      for (const policy of res.body.preview.policies) {
        expect(policy.sizeAfter).toBeGreaterThan(policy.sizeBefore);
        expect(policy.sizeAfter).toBeLessThanOrEqual(policy.maxSize);
      }
      // Prepared once, then served with its ETag.
      await request(server)
        .get(`${API}/exception-requests/preview`)
        .query(PREVIEW)
        .set('Authorization', user)
        .set('If-None-Match', res.headers.etag)
        .expect(304);
    });

    it('answers a request the rules refuse with the findings the action gives', async () => {
      const server = await start(databaseId);
      const refused = await request(server)
        .get(`${API}/exception-requests/preview`)
        .query({ ...PREVIEW, accountId: '123456738923' })
        .set('Authorization', user);
      expectMatchesSpec(
        '/exception-requests/preview',
        'get',
        200,
        refused.body,
      );
      expect(refused.body.preview).toEqual({
        ok: false,
        stage: 'request',
        findings: [
          expect.objectContaining({
            path: 'accountId',
            message: expect.stringMatching(
              /^123456738923 is already the ops golden AMI publisher/,
            ),
          }),
        ],
      });
      const tooLong = await request(server)
        .get(`${API}/exception-requests/preview`)
        .query({ ...PREVIEW, expiresOn: '2027-06-11' })
        .set('Authorization', user);
      expect(tooLong.body.preview.findings[0].message).toMatch(
        /^A migration exception may run at most 90 days; 2027-06-11 is 200 days from today/,
      );
    });

    it('gives the form its context: caps, warning window and the account standing', async () => {
      const server = await start(databaseId, {
        ...configAsOfTestDay(),
        policy_config: {
          enforcement_mode: 'audit_mode',
          max_exception_duration_days: 60,
        },
      } as ReturnType<typeof configAsOfTestDay>);
      const res = await request(server)
        .get(`${API}/exception-requests/context`)
        .query({ accountId: '777788889999' })
        .set('Authorization', user);
      expect(res.status).toBe(200);
      expectMatchesSpec('/exception-requests/context', 'get', 200, res.body);
      expect(res.body).toMatchObject({
        today: TEST_TODAY,
        warningDays: 14,
        organizationMaxDays: 60,
        enforcementMode: 'audit_mode',
        account: { kind: 'active-exception', ticket: 'CLOUD-1234' },
      });
      const none = await request(server)
        .get(`${API}/exception-requests/context`)
        .set('Authorization', user);
      expect(none.body.account).toBeNull();
      expectMatchesSpec('/exception-requests/context', 'get', 200, none.body);
    });

    it('suggests the accounts of the newest snapshot with their OUs', async () => {
      const server = await start(databaseId);
      const res = await request(server)
        .get(`${API}/organization/accounts`)
        .query({ q: 'payments' })
        .set('Authorization', user);
      expect(res.status).toBe(200);
      expectMatchesSpec('/organization/accounts', 'get', 200, res.body);
      expect(res.body).toMatchObject({
        available: true,
        total: 2,
        items: EXAMPLE_PAYMENTS_ACCOUNTS,
      });
      const byOu = await request(server)
        .get(`${API}/organization/accounts`)
        .query({ q: 'sandbox', limit: '1' })
        .set('Authorization', user);
      expect(byOu.body.items.map((a: { id: string }) => a.id)).toEqual([
        '045678901234',
      ]);
    });

    it('refuses every form route without credentials', async () => {
      const server = await start(databaseId);
      for (const path of [
        '/exception-requests/context',
        `/exception-requests/preview?accountId=1&exceptionType=migration`,
        '/organization/accounts',
      ]) {
        await request(server)
          .get(`${API}${path}`)
          .set('Authorization', mockCredentials.none.header())
          .expect(401);
      }
    });

    it('records a request committed to a local governance repository, without a merge request number', async () => {
      const server = await start(databaseId);
      const { mergeRequestIid: _, ...gitlab } = exceptionRequestBody;
      const local = {
        ...gitlab,
        mergeRequestUrl:
          'file:///srv/governance-repo#exception/CLOUD-1234-777788889999',
        host: 'local',
        projectId: '/srv/governance-repo',
      };
      const recorded = await request(server)
        .post(`${API}/exception-requests`)
        .set('Authorization', mockCredentials.service.header())
        .send(local);
      expect(recorded.status).toBe(201);
      expectMatchesSpec('/exception-requests', 'post', 201, recorded.body);
      const listed = await request(server)
        .get(`${API}/exception-requests`)
        .set('Authorization', user);
      expect(listed.body.items).toEqual([
        {
          ...local,
          state: 'opened',
          createdAt: expect.any(String),
          updatedAt: expect.any(String),
        },
      ]);
    });
  },
);
