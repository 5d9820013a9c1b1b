import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import request from 'supertest';
import {
  exampleSnapshot,
  exceptionRequestBody as requestBody,
} from '../__testUtils__/fixtures';
import { startBehindRealAuth } from '../__testUtils__/snapshotBackend';
import { spec } from '../schema/openapi.generated';
import type { AmiGovernanceRouter } from './types';

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
const start = (databaseId: TestDatabaseId) =>
  startBehindRealAuth(
    databases,
    databaseId,
    [
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
    { organization: { maxSnapshotSize: '1mb' } },
  );

const bearer = (token: string) => `Bearer ${token}`;

// Route files get a router with reads only: a write added there without WriteRoutes (which checks the
// caller before the body is read and hands the handler its writer) does not compile. tsc checks it.
// @ts-expect-error AmiGovernanceRouter has no post
const unchecked: keyof AmiGovernanceRouter = 'post';
void unchecked;

/** Every operation of the OpenAPI document other than a read, e.g. `POST /snapshots`. */
const documentedWrites = Object.entries(spec.paths).flatMap(([path, item]) =>
  Object.keys(item)
    .filter(method => ['post', 'put', 'patch', 'delete'].includes(method))
    .map(method => ({ method, path })),
);

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

  it('checks the caller of every write the API documents before reading its body', async () => {
    const server = await start(databaseId);
    expect(documentedWrites.map(w => `${w.method} ${w.path}`).sort()).toEqual([
      'post /exception-requests',
      'post /snapshots',
    ]);
    for (const { method, path } of documentedWrites) {
      const send = (token?: string) => {
        const req = request(server)
          [method as 'post'](`${API}${path}`)
          .set('Content-Type', 'application/json');
        return (token ? req.set('Authorization', bearer(token)) : req).send(
          '[{},{},',
        );
      };
      // The malformed body would answer 400 if it were read before the check.
      const anonymous = await send();
      expect([path, anonymous.status]).toEqual([path, 401]);
      expect(anonymous.headers.connection).toBe('close');
      const readOnly = await send(READ_ONLY);
      expect([path, readOnly.status]).toEqual([path, 403]);
      expect(readOnly.body.error.message).toMatch(
        /^Missing permission ami-governance\./,
      );
      expect(readOnly.headers.connection).toBe('close');
      // The writer's body is read: malformed, it is refused for what it is.
      const writer = await send(WRITER);
      expect([path, writer.status]).toEqual([path, 400]);
    }
  });

  it('closes the connection after a read that came with a body nobody reads', async () => {
    const server = await start(databaseId);
    const res = await request(server)
      .get(`${API}/health`)
      .set('Content-Type', 'application/json')
      .send('{"ignored":true}');
    expect(res.status).toBe(200);
    expect(res.headers.connection).toBe('close');
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
