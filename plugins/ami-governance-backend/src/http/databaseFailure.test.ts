import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import knexFactory, { Knex } from 'knex';
import request from 'supertest';
import { DatabaseProxy } from '../__testUtils__/databaseProxy';
import { TEST_NOW } from '../__testUtils__/fixtures';
import { startWithSnapshot } from '../__testUtils__/snapshotBackend';
import { ACCOUNTS, workloadSnapshot } from '../__testUtils__/workloadFixtures';

jest.setTimeout(60_000);

const API = '/api/ami-governance';
const user = mockCredentials.user.header();
const TIMEOUT_MS = 300;

// A database that goes away is a server's: PostgreSQL, when make test finds one on 127.0.0.1:5432.
const databases = TestDatabases.create({ ids: ['POSTGRES_15'] });

// Every read that needs the database, as the issue found them answering with the database's address.
const ROUTES = [
  '/readiness',
  `/accounts/${ACCOUNTS.prod}`,
  `/explain?accountId=${ACCOUNTS.prod}&owner=amazon`,
  '/exception-requests',
  '/organization/accounts',
];
// The reads served from the response cache: their last answer is kept. /explain and
// /exception-requests are answered fresh each time, so they have none to fall back on.
const KEPT = [
  '/readiness',
  `/accounts/${ACCOUNTS.prod}`,
  '/organization/accounts',
];

/**
 * The plugin on PostgreSQL through a proxy the test cuts, with a clock it moves (the plugin trusts
 * what it read from the database for a few seconds) and a short database timeout.
 */
async function start() {
  const proxy = await DatabaseProxy.start({ host: '127.0.0.1', port: 5432 });
  let through: Knex | undefined;
  let now = TEST_NOW;
  const server = await startWithSnapshot(
    databases,
    'POSTGRES_15',
    workloadSnapshot(),
    {
      config: {
        amiGovernance: { database: { timeout: { milliseconds: TIMEOUT_MS } } },
      },
      clock: () => now,
      knex: direct => {
        through = knexFactory({
          client: 'pg',
          connection: {
            ...(direct.client.config.connection as object),
            host: '127.0.0.1',
            port: proxy.port,
          },
          // A connection attempt that hangs is given up, so the test ends.
          acquireConnectionTimeout: 2_000,
          // knex would print every refused connection: the failure path's log is what is tested.
          log: { warn() {}, error() {}, debug() {}, deprecate() {} },
        });
        return through;
      },
    },
  );
  return {
    server,
    proxy,
    later: (ms: number) => {
      now = new Date(now.getTime() + ms);
    },
    async stop() {
      await proxy.close();
      await through?.destroy();
    },
  };
}

async function get(server: any, path: string) {
  const started = performance.now();
  const res = await request(server)
    .get(`${API}${path}`)
    .set('Authorization', user);
  return {
    res,
    ms: performance.now() - started,
    text: JSON.stringify(res.body),
  };
}

const DEGRADED = expect.stringContaining(
  'unreachable or too slow to answer: this is the last answer',
);
const UNAVAILABLE = expect.stringContaining(
  'database is unreachable or too slow to answer, and no earlier answer',
);

/** What no answer may carry: the database's address, the socket error, SQL. */
function expectNothingInternal(text: string, port: number) {
  expect(text).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|select |insert |knex/i);
  expect(text).not.toContain(`:${port}`);
  expect(text).not.toContain(':5432');
}

describe.each(databases.eachSupportedId())(
  'the routes without their database on %p',
  () => {
    it.each(['refused', 'hung'] as const)(
      'with the database %s, every read answers within the timeout: the last answer marked degraded, else 503, naming nothing of the database',
      async failure => {
        const plugin = await start();
        const { server, proxy } = plugin;

        // The collection read at start is served once evaluated: readers wait for it only then.
        for (let i = 0; i < 50; i++) {
          if ((await get(server, '/readiness')).res.status === 200) break;
        }
        const before = new Map<string, unknown>();
        for (const path of ROUTES) {
          const { res } = await get(server, path);
          expect({ path, status: res.status }).toEqual({ path, status: 200 });
          before.set(path, res.body);
        }

        if (failure === 'refused') proxy.refuse();
        else proxy.hang();
        // Past the few seconds the plugin trusts the generation and snapshot it read last.
        plugin.later(60_000);

        for (const path of [...ROUTES, '/readiness?offset=1&limit=1']) {
          const { res, ms, text } = await get(server, path);
          expectNothingInternal(text, proxy.port);
          const { degraded, error, ...rest } = res.body;
          const outcome = {
            path,
            fast: ms < TIMEOUT_MS + 1_500,
            status: res.status,
            degraded: degraded ?? null,
            // The same answer as before, or nothing of it.
            sameAsBefore:
              JSON.stringify(rest) === JSON.stringify(before.get(path)),
            message: error?.message ?? null,
            // A degraded answer is never one a client keeps (no ETag to revalidate it with).
            etag: res.status === 200 ? res.headers.etag ?? null : null,
          };
          const kept = KEPT.includes(path);
          expect(outcome).toEqual({
            path,
            fast: true,
            status: kept ? 200 : 503,
            degraded: kept ? DEGRADED : null,
            sameAsBefore: kept,
            message: kept ? null : UNAVAILABLE,
            etag: null,
          });
        }

        // A request never answered before has nothing to fall back on.
        const fresh = await get(server, '/readiness?offset=2&limit=1');
        expect(fresh.res.status).toBe(503);
        await plugin.stop();
      },
    );
  },
);
