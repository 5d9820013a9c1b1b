import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { writeFileSync } from 'node:fs';
import request from 'supertest';
import { createServiceFactory } from '@backstage/backend-plugin-api';
import {
  configAsOfTestDay,
  exampleSnapshotPath,
  TEST_NOW,
  writeTempFile,
} from '../__testUtils__/fixtures';
import { manualScheduler } from '../__testUtils__/manualScheduler';
import { amiGovernancePlugin } from '../plugin';
import { amiGovernanceClockServiceRef } from '../lib/clock';

jest.setTimeout(60_000);

const API = '/api/ami-governance';
const user = mockCredentials.user.header();
const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

/** Reads that answer with an ETag, over the config, the organization and its workloads. */
const ROUTES = [
  '/publishers',
  '/allowlist',
  '/exceptions?status=active',
  '/exceptions/222233334444',
  '/policies',
  '/status',
  '/readiness',
  '/impact',
  '/organization/accounts',
];

/** A replica's clock: the test moves it, as time passes between two reads of the config. */
type ReplicaClock = { now: Date };

/**
 * Two replicas of the backend behind one load balancer: one database, one config location, each with
 * its own clock (so each read the config at its own time) and its own scheduler.
 */
async function twoReplicas() {
  const knex = await databases.init('SQLITE_3');
  const configPath = writeTempFile(configAsOfTestDay());
  const replica = async (clock: ReplicaClock, snapshot?: string) => {
    const scheduler = manualScheduler();
    const { server } = await startTestBackend({
      features: [
        amiGovernancePlugin,
        createServiceFactory({
          service: amiGovernanceClockServiceRef,
          deps: {},
          factory: () => () => clock.now,
        }),
        scheduler.factory,
        mockServices.database.factory({ knex }),
        mockServices.rootConfig.factory({
          data: {
            amiGovernance: {
              config: { location: configPath },
              organization: { source: 'snapshot', snapshot },
            },
          },
        }),
      ],
    });
    return {
      server,
      /** The config refresh task's next run, `afterMs` after this replica's last reading. */
      refreshConfig: (afterMs = 5 * 60_000) => {
        clock.now = new Date(clock.now.getTime() + afterMs);
        return scheduler.run('ami-governance-config-refresh');
      },
    };
  };
  // Only the first stores the organization snapshot (collection is one replica's task); both serve it.
  const a = await replica({ now: TEST_NOW }, exampleSnapshotPath);
  const b = await replica({ now: new Date(TEST_NOW.getTime() + 90_000) });
  return { a, b, configPath };
}

const get = (server: unknown, path: string, ifNoneMatch?: string) => {
  const req = request(server as any)
    .get(`${API}${path}`)
    .set('Authorization', user);
  return ifNoneMatch ? req.set('If-None-Match', ifNoneMatch) : req;
};

describe('ETags across replicas', () => {
  it('are the same on every replica for the same data, whenever each read it', async () => {
    const { a, b } = await twoReplicas();
    for (const path of ROUTES) {
      const fromA = await get(a.server, path);
      const fromB = await get(b.server, path);
      expect({ path, a: fromA.status, b: fromB.status }).toEqual({
        path,
        a: 200,
        b: 200,
      });
      expect(fromA.headers.etag).toMatch(/^"[\w-]{27}"$/);
      expect({ path, etag: fromB.headers.etag }).toEqual({
        path,
        etag: fromA.headers.etag,
      });
      // A conditional request the load balancer sends to the other replica still hits.
      const revalidated = await get(b.server, path, fromA.headers.etag);
      expect({ path, status: revalidated.status }).toEqual({
        path,
        status: 304,
      });
    }
    // Each replica says when it read the config: the bodies differ, the ETags do not.
    const [fromA, fromB] = await Promise.all(
      [a, b].map(replica => get(replica.server, '/publishers')),
    );
    expect(fromB.body.readAt).not.toEqual(fromA.body.readAt);
  });

  it('change when the data does: a replica that read a new config answers it in full', async () => {
    const { a, b, configPath } = await twoReplicas();
    const before = await get(a.server, '/allowlist');
    const changed = configAsOfTestDay();
    changed.vendor_publisher_accounts.push({
      account_id: '444455556666',
      vendor_name: 'NewVendor',
    });
    writeFileSync(configPath, JSON.stringify(changed));
    await b.refreshConfig();

    const fromB = await get(b.server, '/allowlist', before.headers.etag);
    expect(fromB.status).toBe(200);
    expect(fromB.body.providers).toContain('444455556666');
    expect(fromB.headers.etag).not.toEqual(before.headers.etag);
    // Until replica A reads the new config, it still answers the old allowlist, under the old ETag.
    await get(a.server, '/allowlist', before.headers.etag).expect(304);

    await a.refreshConfig();
    const fromA = await get(a.server, '/allowlist');
    expect(fromA.headers.etag).toEqual(fromB.headers.etag);
  });

  it('are the same for the same config error, whenever each replica met it', async () => {
    const { a, b, configPath } = await twoReplicas();
    writeFileSync(configPath, '{ "policy_config": ');
    await a.refreshConfig();
    await b.refreshConfig(7 * 60_000);
    const fromA = await get(a.server, '/publishers');
    const fromB = await get(b.server, '/publishers');
    expect(fromA.body.configError.path).toBe('(root)');
    expect(fromB.body.configError.occurredAt).not.toEqual(
      fromA.body.configError.occurredAt,
    );
    expect(fromB.headers.etag).toEqual(fromA.headers.etag);
    await get(b.server, '/publishers', fromA.headers.etag).expect(304);
  });
});
