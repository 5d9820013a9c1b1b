import { authServiceFactory } from '@backstage/backend-defaults/auth';
import { httpAuthServiceFactory } from '@backstage/backend-defaults/httpAuth';
import { permissionsServiceFactory } from '@backstage/backend-defaults/permissions';
import {
  mockServices,
  startTestBackend,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import request from 'supertest';
import {
  clockFactory,
  configAsOfTestDay,
  exampleSnapshot,
  exceptionRequestBody as requestBody,
  writeTempFile,
} from '../__testUtils__/fixtures';
import { amiGovernancePlugin } from '../plugin';

jest.setTimeout(60_000);

const API = '/api/ami-governance';
const READ_ONLY = 'read-only-token-0123456789';
const WRITER = 'writer-token-0123456789abc';

// Real databases: SQLite always, PostgreSQL when make test finds a server on 127.0.0.1:5432.
const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

/**
 * The plugin behind Backstage's real auth, HTTP auth and permissions services, with two static
 * tokens as an administrator would configure them: one restricted to `action: read`, one not.
 */
async function start(databaseId: TestDatabaseId) {
  const knex = await databases.init(databaseId);
  const { server } = await startTestBackend({
    features: [
      amiGovernancePlugin,
      clockFactory(),
      authServiceFactory,
      httpAuthServiceFactory,
      permissionsServiceFactory,
      mockServices.database.factory({ knex }),
      mockServices.rootConfig.factory({
        data: {
          backend: {
            auth: {
              externalAccess: [
                {
                  type: 'static',
                  options: { token: READ_ONLY, subject: 'dashboard' },
                  accessRestrictions: [
                    {
                      plugin: 'ami-governance',
                      permissionAttribute: { action: ['read'] },
                    },
                  ],
                },
                {
                  type: 'static',
                  options: { token: WRITER, subject: 'scaffolder-ci' },
                },
              ],
            },
          },
          amiGovernance: {
            config: { location: writeTempFile(configAsOfTestDay()) },
            organization: { maxSnapshotSize: '1mb' },
          },
        },
      }),
    ],
  });
  return server;
}

const bearer = (token: string) => `Bearer ${token}`;

describe.each(databases.eachSupportedId())('write routes on %p', databaseId => {
  it('refuses both writes to a token restricted to action: read, which can still read', async () => {
    const server = await start(databaseId);
    const reads = await request(server)
      .get(`${API}/allowlist`)
      .set('Authorization', bearer(READ_ONLY));
    expect(reads.status).toBe(200);
    const recorded = await request(server)
      .post(`${API}/exception-requests`)
      .set('Authorization', bearer(READ_ONLY))
      .send(requestBody);
    expect(recorded.status).toBe(403);
    expect(recorded.body.error.message).toContain(
      'ami-governance.exception-request.create',
    );
    const pushed = await request(server)
      .post(`${API}/snapshots`)
      .set('Authorization', bearer(READ_ONLY))
      .send(exampleSnapshot());
    expect(pushed.status).toBe(403);
    const listed = await request(server)
      .get(`${API}/exception-requests`)
      .set('Authorization', bearer(WRITER));
    expect(listed.body.items).toEqual([]);
  });

  it('never parses a body before authentication and authorization', async () => {
    const server = await start(databaseId);
    // A malformed body would answer 400 if it were parsed: unauthenticated, it is not even read.
    await request(server)
      .get(`${API}/health`)
      .set('Content-Type', 'application/json')
      .send('[{},{},')
      .expect(200);
    await request(server)
      .post(`${API}/snapshots`)
      .set('Content-Type', 'application/json')
      .send('[{},{},')
      .expect(401);
    await request(server)
      .post(`${API}/exception-requests`)
      .set('Authorization', bearer(READ_ONLY))
      .set('Content-Type', 'application/json')
      .send('[{},{},')
      .expect(403);
  });

  it.each([
    ['mergeRequestIid', 99999999999],
    ['projectId', 'p'.repeat(600)],
    ['ticket', 'CLOUD-1\u0000'],
    ['requestedBy', 'user:default/alice\nCo-authored-by: mallory'],
    ['host', 'gitlab.example.com/../evil'],
  ])(
    'refuses %s that the database column cannot hold, naming the field',
    async (field, value) => {
      const server = await start(databaseId);
      const res = await request(server)
        .post(`${API}/exception-requests`)
        .set('Authorization', bearer(WRITER))
        .send({ ...requestBody, [field]: value });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(field);
    },
  );

  it('stores the longest values the API accepts', async () => {
    const server = await start(databaseId);
    const res = await request(server)
      .post(`${API}/exception-requests`)
      .set('Authorization', bearer(WRITER))
      .send({
        ...requestBody,
        mergeRequestIid: 2147483647,
        projectId: 'p'.repeat(512),
        ticket: 'T'.repeat(64),
        requestedBy: 'u'.repeat(255),
        branchName: 'b'.repeat(255),
      });
    expect(res.status).toBe(201);
    expect(res.body.mergeRequestIid).toBe(2147483647);
  });

  it('refuses a snapshot whose collection time has more digits than the column holds', async () => {
    const server = await start(databaseId);
    const res = await request(server)
      .post(`${API}/snapshots`)
      .set('Authorization', bearer(WRITER))
      .send({
        ...exampleSnapshot(),
        collectedAt: `2026-11-23T06:00:00.${'1'.repeat(200)}Z`,
      });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('collectedAt');
  });
});
