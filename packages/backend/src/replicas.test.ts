import {
  createServiceFactory,
  type BackendFeature,
} from '@backstage/backend-plugin-api';
import { databaseServiceFactory } from '@backstage/backend-defaults/database';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import eventsPlugin from '@backstage/plugin-events-backend';
import { eventsServiceFactory } from '@backstage/plugin-events-node';
import signalsPlugin from '@backstage/plugin-signals-backend';
import amiGovernancePlugin, {
  amiGovernanceClockServiceRef,
} from '@ami-governance/backstage-plugin-ami-governance-backend';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import WebSocket from 'ws';

const POSTGRES = 'BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING';
const examples = join(__dirname, '../../../examples');
const snapshot = JSON.parse(
  readFileSync(join(examples, 'org-snapshot.json'), 'utf8'),
);
// The replicas' clock: an hour after the example snapshot was collected (tests never read the wall clock).
const NOW = new Date(Date.parse(snapshot.collectedAt) + 3_600_000);

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15'] });

/**
 * One replica of the example backend as it runs in production for what this test is about: the real
 * database service (every plugin in its own schema of ONE PostgreSQL database), the real events service,
 * events backend and signals backend, and the AMI governance plugin. Auth, permissions and the scheduler
 * are Backstage's test doubles: they play no part in carrying a change between replicas.
 */
async function startReplica(connection: object) {
  const features: BackendFeature[] = [
    databaseServiceFactory,
    eventsServiceFactory,
    createServiceFactory({
      service: amiGovernanceClockServiceRef,
      deps: {},
      factory: () => () => NOW,
    }),
    mockServices.scheduler.factory({ skipTaskRunOnStartup: true }),
    mockServices.rootConfig.factory({
      data: {
        backend: {
          database: { client: 'pg', connection, pluginDivisionMode: 'schema' },
        },
        // Subscribers' long polls end after a second instead of 55: stopping a replica waits for them.
        events: { notifyTimeoutMs: 1000 },
        amiGovernance: {
          config: {
            location: join(
              examples,
              'governance-repo/config/ami_publishers.json',
            ),
          },
          organization: { source: 'snapshot' },
        },
      },
    }),
    amiGovernancePlugin,
    eventsPlugin,
    signalsPlugin,
  ];
  const { server } = await startTestBackend({ features });
  return server;
}

/** A signal as the signals backend sends it to a page. */
type Signal = { channel: string; message: { kind?: string } };

/**
 * What an open AMI Governance page on `port` hears on its signals channel. Backstage's signals router
 * starts handling websocket upgrades on the first one it sees, and that first one is never answered:
 * like a browser, this connects again.
 */
async function openPage(port: number) {
  const heard: Signal[] = [];
  for (let attempt = 1; ; attempt++) {
    const socket = new WebSocket(
      `ws://localhost:${port}/api/signals`,
      [mockCredentials.user.token()],
      { handshakeTimeout: 1500 },
    );
    const opened = await new Promise<boolean>(resolve => {
      socket.once('open', () => resolve(true));
      socket.once('error', () => resolve(false));
    });
    if (opened) {
      socket.on('message', data => heard.push(JSON.parse(data.toString())));
      socket.send(
        JSON.stringify({ action: 'subscribe', channel: 'ami-governance' }),
      );
      // The server reads frames in order: once it answers the ping, the subscription is in place.
      await new Promise(resolve => {
        socket.once('pong', resolve);
        socket.ping();
      });
      return { heard, close: () => socket.close() };
    }
    if (attempt === 5)
      throw new Error(`signals websocket on port ${port} never opened`);
  }
}

/** Waits until `check` holds, checking every 50 ms; fails naming `what` after 400 checks (20 s). */
async function eventually(
  what: string,
  check: () => Promise<boolean> | boolean,
) {
  for (let checks = 0; !(await check()); checks++) {
    if (checks === 400) throw new Error(`Timed out waiting for ${what}`);
    await new Promise(resolve => setTimeout(resolve, 50));
  }
}

const describeOnPostgres = process.env[POSTGRES] ? describe : describe.skip;
if (!process.env[POSTGRES]) {
  // eslint-disable-next-line no-console
  console.warn(
    `Two-replica test skipped: no PostgreSQL configured (set ${POSTGRES}, as make test does when a server answers on 127.0.0.1:5432)`,
  );
}

describeOnPostgres('two replicas on one PostgreSQL database', () => {
  it('a page connected to replica B hears of a snapshot pushed to replica A', async () => {
    const knex = await databases.init('POSTGRES_15');
    const connection = knex.client.config.connection;
    // The first replica alone migrates the empty database (docs/install.md, "More than one replica").
    const a = await startReplica(connection);
    const b = await startReplica(connection);

    const page = await openPage(b.port());
    // Both replicas' signals backends have subscribed to the event bus in the shared database.
    await eventually(
      'both replicas to subscribe to the event bus',
      async () => {
        const subscriptions = await knex
          .withSchema('events')
          .from('event_bus_subscriptions')
          .where('id', 'like', 'signals.%');
        return subscriptions.length === 2;
      },
    );

    await request(a)
      .post('/api/ami-governance/snapshots')
      .set('Authorization', mockCredentials.service.header())
      .send(snapshot)
      .expect(201);

    await eventually('replica B to signal the new snapshot', () =>
      page.heard.some(
        signal =>
          signal.channel === 'ami-governance' &&
          signal.message.kind === 'status',
      ),
    );
    page.close();
    // And replica B serves it: the status comes from the shared database.
    const status = await request(b)
      .get('/api/ami-governance/status')
      .set('Authorization', mockCredentials.user.header())
      .expect(200);
    expect(status.body.status.collectedAt).toBe(snapshot.collectedAt);
  });
});
