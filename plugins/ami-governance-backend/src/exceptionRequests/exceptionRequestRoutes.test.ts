import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import request from 'supertest';
import {
  clockFactory,
  configAsOfTestDay,
  exceptionRequestBody as body,
  writeTempFile,
} from '../__testUtils__/fixtures';
import { expectMatchesSpec } from '../__testUtils__/schemaCheck';
import { amiGovernancePlugin } from '../plugin';

const API = '/api/ami-governance/exception-requests';

describe('/exception-requests', () => {
  async function start() {
    const { server } = await startTestBackend({
      features: [
        amiGovernancePlugin,
        clockFactory(),
        mockServices.rootConfig.factory({
          data: {
            amiGovernance: {
              config: { location: writeTempFile(configAsOfTestDay()) },
            },
          },
        }),
      ],
    });
    return server;
  }

  it('records a request from a service once per merge request and lists it by state', async () => {
    const server = await start();
    const service = mockCredentials.service.header();
    const first = await request(server)
      .post(API)
      .set('Authorization', service)
      .send(body);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      ...body,
      state: 'opened',
      createdAt: expect.any(String),
    });
    // A retried scaffolder task reports the same request again: the recorded one, no duplicate.
    const again = await request(server)
      .post(API)
      .set('Authorization', service)
      .send(body);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expectMatchesSpec('/exception-requests', 'post', 200, again.body);
    // Another request under the same merge request is a conflict that says what differs.
    const other = await request(server)
      .post(API)
      .set('Authorization', service)
      .send({ ...body, expiresOn: '2027-01-30' });
    expect(other.status).toBe(409);
    expect(other.body.error).toMatchObject({
      name: 'ConflictError',
      message: expect.stringContaining(
        'is already recorded for another request (account 777788889999, ticket CLOUD-1234, until 2027-01-31): expiresOn is "2027-01-31" there, "2027-01-30" here.',
      ),
    });

    const user = mockCredentials.user.header();
    const listed = await request(server).get(API).set('Authorization', user);
    expect(listed.body.items).toHaveLength(1);
    expect(listed.body.items[0].expiresOn).toBe('2027-01-31');
    const merged = await request(server)
      .get(`${API}?state=merged`)
      .set('Authorization', user);
    expect(merged.body.items).toEqual([]);
  });

  it('refuses users and malformed bodies, naming the field', async () => {
    const server = await start();
    await request(server)
      .post(API)
      .set('Authorization', mockCredentials.user.header())
      .send(body)
      .expect(403);
    const bad = await request(server)
      .post(API)
      .set('Authorization', mockCredentials.service.header())
      .send({ ...body, accountId: '7777' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('accountId');
  });
});
