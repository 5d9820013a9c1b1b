import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import { addDays } from '@ami-governance/backstage-plugin-ami-governance-common';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import mcpActionsPlugin from '@backstage/plugin-mcp-actions-backend';
import request from 'supertest';
import { TEST_TODAY } from '../__testUtils__/fixtures';
import { expectMatchesSpec } from '../__testUtils__/schemaCheck';
import {
  ACCOUNTS,
  OWNERS,
  workloadSnapshot,
} from '../__testUtils__/workloadFixtures';
import { startWithSnapshot } from '../__testUtils__/snapshotBackend';

jest.setTimeout(60_000);

const API = '/api/ami-governance';
const user = mockCredentials.user.header();
const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
const OUR_ACTIONS = [
  'list-publishers',
  'explain-launch',
  'exception-impact',
  'account-standing',
];
/** The fixture's expiring exception's AMI, with an ID shaped like a real one. */
const EXPIRING_AMI = 'ami-0e1a2b3c4d5e6f708';

/** The plugin on a workload snapshot, with the MCP actions backend serving its actions. */
function start() {
  const snapshot = JSON.parse(
    JSON.stringify(workloadSnapshot()).replaceAll('ami-expiring', EXPIRING_AMI),
  );
  return startWithSnapshot(databases, 'SQLITE_3', snapshot, {
    features: [mcpActionsPlugin],
    config: { backend: { actions: { pluginSources: ['ami-governance'] } } },
  });
}

describe('GET /explain', () => {
  it('explains a launch by AMI id from the collected workloads, layer by layer', async () => {
    const server = await start();
    const res = await request(server)
      .get(`${API}/explain`)
      .query({
        accountId: ACCOUNTS.prod,
        imageId: EXPIRING_AMI,
        region: 'us-east-1',
      })
      .set('Authorization', user);
    expect(res.status).toBe(200);
    expectMatchesSpec('/explain', 'get', 200, res.body);
    expect(res.body).toMatchObject({
      verdict: 'allowed',
      owner: OWNERS.expiring,
      until: addDays(TEST_TODAY, 3),
      accountName: 'payments-prod',
      layers: {
        allowedImages: {
          source: 'region-setting',
          state: 'audit_mode',
          verdict: 'allowed',
        },
      },
    });
  });

  it('answers 400 naming the parameter, and 401 without credentials', async () => {
    const server = await start();
    const bad = await request(server)
      .get(`${API}/explain`)
      .query({ accountId: ACCOUNTS.prod, imageId: 'ami-nothex' })
      .set('Authorization', user);
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('imageId must be an AMI ID');
    const anonymous = await request(server)
      .get(`${API}/explain`)
      .query({ accountId: ACCOUNTS.prod, owner: 'amazon' })
      .set('Authorization', mockCredentials.none.header());
    expect(anonymous.status).toBe(401);
  });
});

describe('actions through the MCP endpoint', () => {
  it('lists read-only tools and answers them as an assistant calls them', async () => {
    const server = await start();
    const client = new Client({ name: 'test-assistant', version: '1.0.0' });
    await client.connect(
      new StreamableHTTPClientTransport(
        new URL(`http://localhost:${server.port()}/api/mcp-actions/v1`),
        { requestInit: { headers: { Authorization: user } } },
      ),
    );
    const { tools } = await client.listTools();
    const ours = tools.filter(t => OUR_ACTIONS.some(a => t.name.endsWith(a)));
    expect(ours).toHaveLength(OUR_ACTIONS.length);
    for (const tool of ours)
      expect(tool.annotations).toMatchObject({
        readOnlyHint: true,
        destructiveHint: false,
        idempotentHint: true,
      });
    const name = (suffix: string) =>
      ours.find(t => t.name.endsWith(suffix))!.name;

    const explained = await client.callTool({
      name: name('explain-launch'),
      arguments: {
        accountId: ACCOUNTS.prod,
        owner: OWNERS.outside,
        region: 'us-east-1',
      },
    });
    // us-east-1 is in audit mode and the fixture's SCP has no launch guard: allowed, only reported.
    expect(JSON.stringify(explained.content)).toContain(
      `Yes for now: ${OWNERS.outside} is not allowed, but Allowed AMIs is in audit_mode`,
    );

    const impact = await client.callTool({
      name: name('exception-impact'),
      arguments: { publisher: OWNERS.expiring },
    });
    const impactAnswer = JSON.parse((impact.content as any)[0].text);
    expect(impactAnswer).toMatchObject({
      available: true,
      blocked: { instances: 1, launchTemplates: 1 },
      byPublisher: [{ publisher: OWNERS.expiring, accounts: 1 }],
    });

    const publishers = await client.callTool({
      name: name('list-publishers'),
      arguments: { category: 'exception' },
    });
    expect(JSON.stringify(publishers.content)).toContain('expiring');

    const standing = await client.callTool({
      name: name('account-standing'),
      arguments: { accountId: ACCOUNTS.lab },
    });
    expect(JSON.stringify(standing.content)).toContain('AccessDenied');
    await client.close();
  });
});
