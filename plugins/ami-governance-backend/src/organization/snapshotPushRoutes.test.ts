import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { expectMatchesSpec } from '../__testUtils__/schemaCheck';
import { ACCOUNTS, workloadSnapshot } from '../__testUtils__/workloadFixtures';
import { startBehindRealAuth } from '../__testUtils__/snapshotBackend';

jest.setTimeout(60_000);

const API = '/api/ami-governance';
const WRITER = 'writer-token-0123456789abc';
const auth = `Bearer ${WRITER}`;

// Real databases: SQLite always, PostgreSQL when make test finds a server on 127.0.0.1:5432.
const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

/** The plugin behind Backstage's real auth services, with a static token a collector pushes with. */
const start = (databaseId: TestDatabaseId) =>
  startBehindRealAuth(databases, databaseId, [
    { type: 'static', options: { token: WRITER, subject: 'collector' } },
  ]);

/** The example snapshot with workloads, collected `hour` o'clock on the test day, edited by `edit`. */
function snapshotAt(hour: number, edit: (s: any) => void = () => {}) {
  const s: any = workloadSnapshot();
  s.collectedAt = `2026-11-23T0${hour}:00:00Z`;
  edit(s);
  return s;
}

/**
 * Pushes a snapshot; when it stored workloads, waits until readers are served them (a new
 * generation is served once evaluated: until then readers get the previous one).
 */
const push = async (server: any, body: object) => {
  const res = await request(server)
    .post(`${API}/snapshots`)
    .set('Authorization', auth)
    .send(body);
  const generation = res.body.workloads?.generation;
  for (let i = 0; generation !== undefined && i < 100; i++) {
    const served = await request(server)
      .get(`${API}/readiness`)
      .set('Authorization', auth);
    if (served.body.generation?.id === generation) break;
    await new Promise(r => setTimeout(r, 20));
  }
  return res;
};

const readiness = async (server: any) => {
  const res = await request(server)
    .get(`${API}/readiness`)
    .set('Authorization', auth);
  expect(res.status).toBe(200);
  return res.body;
};

describe.each(databases.eachSupportedId())(
  'pushed snapshots with workloads on %p',
  databaseId => {
    it('refuses an empty workloads section over a complete collection; stored as partial, readiness counts what was not collected', async () => {
      const server = await start(databaseId);
      expect((await push(server, snapshotAt(6))).status).toBe(201);
      expect((await readiness(server)).blocked).toEqual({
        instances: 3,
        launchTemplates: 1,
      });

      const empty = await push(
        server,
        snapshotAt(7, s => (s.workloads.accounts = [])),
      );
      expect(empty.status).toBe(400);
      expect(empty.body.error.message).toContain(
        'workloads.accounts covers 0 accounts and leaves out 3',
      );
      expect(empty.body.error.message).toContain('pass partial: true');
      // The complete collection keeps serving.
      expect((await readiness(server)).coverage).toMatchObject({
        collected: 2,
        notVisible: 1,
        notCollected: 1,
        partial: false,
      });

      const partial = await push(
        server,
        snapshotAt(7, s => {
          s.workloads.accounts = [];
          s.workloads.partial = true;
        }),
      );
      expect(partial.status).toBe(201);
      expectMatchesSpec('/snapshots', 'post', 201, partial.body);
      expect(partial.body.workloads).toMatchObject({
        accounts: 0,
        partial: true,
      });
      const body = await readiness(server);
      expectMatchesSpec('/readiness', 'get', 200, body);
      // Nothing is blocked among what was seen, and nothing was seen: the counts say so.
      expect(body).toMatchObject({
        blocked: { instances: 0, launchTemplates: 0 },
        generation: { accounts: 0, partial: true },
        coverage: {
          organizationAccounts: 4,
          collected: 0,
          notVisible: 0,
          notCollected: 4,
          collectedAccountIds: [],
          notVisibleAccountIds: [],
          notCollectedAccountIds: [
            ACCOUNTS.management,
            ACCOUNTS.lab,
            ACCOUNTS.prod,
            ACCOUNTS.dev,
          ],
          partial: true,
        },
      });
      const account = await request(server)
        .get(`${API}/accounts/${ACCOUNTS.prod}`)
        .set('Authorization', auth);
      expect(account.body).toMatchObject({
        collected: false,
        generation: { partial: true },
        reason: expect.stringContaining('a partial collection left it out'),
      });
    });

    it('refuses a NUL byte in an AMI name with its JSON path, storing nothing and echoing no SQL', async () => {
      const server = await start(databaseId);
      expect((await push(server, snapshotAt(6))).status).toBe(201);
      const hostile = await push(
        server,
        snapshotAt(7, s => {
          s.accounts[1].name = 'renamed';
          s.workloads.accounts[0].regions[0].instances[0].image.name =
            "ami'\u0000);--";
        }),
      );
      expect(hostile.status).toBe(400);
      expect(hostile.body.error).toMatchObject({
        name: 'InputError',
        message: expect.stringMatching(
          /^workloads\.accounts\[0\]\.regions\[0\]\.instances\[0\]\.image\.name holds the control character U\+0000/,
        ),
      });
      expect(JSON.stringify(hostile.body)).not.toMatch(
        /insert|select|ami_governance_|\);--/i,
      );
      // The organization part of the same snapshot was not stored either.
      const accounts = await request(server)
        .get(`${API}/organization/accounts?q=${ACCOUNTS.prod}`)
        .set('Authorization', auth);
      expect(accounts.body).toMatchObject({
        collectedAt: '2026-11-23T06:00:00Z',
        items: [{ id: ACCOUNTS.prod, name: 'payments-prod' }],
      });
      expect((await readiness(server)).collectedAt).toBe(
        '2026-11-23T06:00:00Z',
      );
    });

    it('stores a body sent in chunks without a Content-Length as one sent with it', async () => {
      const server = await start(databaseId);
      const { port } = server.address() as AddressInfo;
      const json = JSON.stringify(snapshotAt(6));
      // Without a length the gate reads through express.raw; with one, into one buffer as it arrives.
      const status = await new Promise<number>((resolve, reject) => {
        const req = httpRequest(
          {
            port,
            host: '127.0.0.1',
            method: 'POST',
            path: `${API}/snapshots`,
            headers: {
              authorization: auth,
              'content-type': 'application/json',
            },
          },
          res => {
            res.resume();
            resolve(res.statusCode!);
          },
        );
        req.on('error', reject);
        req.write(json.slice(0, 1_000));
        req.end(json.slice(1_000));
      });
      expect(status).toBe(201);
      expect((await readiness(server)).collectedAt).toBe(
        '2026-11-23T06:00:00Z',
      );
    });

    it('refuses a body that is not JSON as 4xx naming the problem, and stores nothing', async () => {
      const server = await start(databaseId);
      expect((await push(server, snapshotAt(6))).status).toBe(201);
      const post = () =>
        request(server).post(`${API}/snapshots`).set('Authorization', auth);
      const truncated = await post()
        .set('Content-Type', 'application/json')
        .send(JSON.stringify(snapshotAt(7)).slice(0, -10));
      expect(truncated.status).toBe(400);
      expect(truncated.body.error.message).toMatch(
        /^The snapshot is not valid JSON \(UTF-8\): /,
      );
      const latin1 = await post()
        .set('Content-Type', 'application/json; charset=latin1')
        .send(JSON.stringify(snapshotAt(7)));
      expect(latin1.status).toBe(415);
      expect(latin1.body.error.message).toContain(
        'declared latin1: send the JSON as UTF-8',
      );
      const text = await post()
        .set('Content-Type', 'text/plain')
        .send(JSON.stringify(snapshotAt(7)));
      expect(text.status).toBeGreaterThanOrEqual(400);
      expect(text.status).toBeLessThan(500);
      expect((await readiness(server)).collectedAt).toBe(
        '2026-11-23T06:00:00Z',
      );
    });

    it('refuses a report for an account outside the organization, and one collected in the future', async () => {
      const server = await start(databaseId);
      const outsider = await push(
        server,
        snapshotAt(
          6,
          s => (s.workloads.accounts[2].accountId = '123412341234'),
        ),
      );
      expect(outsider.status).toBe(400);
      expect(outsider.body.error.message).toMatch(
        /^workloads\.accounts\[2\]\.accountId 123412341234 is not an account of the organization/,
      );
      const future = await push(
        server,
        snapshotAt(6, s => {
          s.workloads.accounts[0].collectedAt = '2026-11-24T00:00:00Z';
        }),
      );
      expect(future.status).toBe(400);
      expect(future.body.error.message).toMatch(
        /^workloads\.accounts\[0\]\.collectedAt 2026-11-24T00:00:00Z is in the future/,
      );
      expect((await readiness(server)).available).toBe(false);
    });
  },
);
