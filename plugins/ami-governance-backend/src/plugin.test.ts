import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import {
  clockFactory,
  configAsOfTestDay,
  exampleSnapshot,
  exampleSnapshotPath,
  writeTempFile,
} from './__testUtils__/fixtures';
import { amiGovernancePlugin } from './plugin';

const API = '/api/ami-governance';

async function startBackend(
  options: {
    configPath?: string;
    snapshot?: string | null;
    permission?: AuthorizeResult.ALLOW | AuthorizeResult.DENY;
  } = {},
) {
  const snapshot =
    options.snapshot === undefined ? exampleSnapshotPath : options.snapshot;
  const { server } = await startTestBackend({
    features: [
      amiGovernancePlugin,
      clockFactory(),
      mockServices.rootConfig.factory({
        data: {
          amiGovernance: {
            config: {
              location:
                options.configPath ?? writeTempFile(configAsOfTestDay()),
            },
            organization: {
              source: 'snapshot',
              ...(snapshot ? { snapshot } : {}),
              maxSnapshotSize: '1mb',
            },
          },
        },
      }),
      ...(options.permission
        ? [mockServices.permissions.factory({ result: options.permission })]
        : []),
    ],
  });
  return server;
}

describe('ami-governance backend plugin', () => {
  it('answers /health without credentials and refuses reads without them', async () => {
    const server = await startBackend();
    await request(server)
      .get(`${API}/health`)
      .set('Authorization', mockCredentials.none.header())
      .expect(200, { status: 'ok' });
    await request(server)
      .get(`${API}/publishers`)
      .set('Authorization', mockCredentials.none.header())
      .expect(401);
  });

  it('answers 403 when the permission policy denies status.read', async () => {
    const server = await startBackend({ permission: AuthorizeResult.DENY });
    const res = await request(server)
      .get(`${API}/allowlist`)
      .set('Authorization', mockCredentials.user.header());
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain('ami-governance.status.read');
  });

  it('lists publishers with exception status and days remaining', async () => {
    const server = await startBackend();
    const res = await request(server)
      .get(`${API}/publishers`)
      .set('Authorization', mockCredentials.user.header());
    expect(res.status).toBe(200);
    expect(res.body.configError).toBeNull();
    expect(res.body.enforcementMode).toBe('audit_mode');
    const states = res.body.publishers
      .filter((p: any) => p.exception)
      .map((p: any) => [
        p.provider,
        p.exception.status.state,
        p.exception.status.daysRemaining,
      ]);
    expect(states).toEqual([
      ['777788889999', 'active', 40],
      ['222233334444', 'expiring', 3],
      ['555566667777', 'expired', -2],
    ]);
  });

  it('serves the allowlist with an ETag and answers 304 to If-None-Match', async () => {
    const server = await startBackend();
    const auth = mockCredentials.service.header();
    const first = await request(server)
      .get(`${API}/allowlist`)
      .set('Authorization', auth);
    expect(first.body.providers).toEqual([
      '111122223333',
      '123456738923',
      '222233334444',
      '777788889999',
    ]);
    expect(first.headers.etag).toBe(`"${first.body.version}"`);
    await request(server)
      .get(`${API}/allowlist`)
      .set('Authorization', auth)
      .set('If-None-Match', first.headers.etag)
      .expect(304);
  });

  it('filters exceptions by status and validates the account ID', async () => {
    const server = await startBackend();
    const auth = mockCredentials.user.header();
    const expired = await request(server)
      .get(`${API}/exceptions?status=expired`)
      .set('Authorization', auth);
    expect(expired.body.items.map((p: any) => p.provider)).toEqual([
      '555566667777',
    ]);
    const active = await request(server)
      .get(`${API}/exceptions?status=active`)
      .set('Authorization', auth);
    expect(active.body.items.map((p: any) => p.provider)).toEqual([
      '777788889999',
      '222233334444',
    ]);
    await request(server)
      .get(`${API}/exceptions?status=forever`)
      .set('Authorization', auth)
      .expect(400);
    const bad = await request(server)
      .get(`${API}/exceptions/12345`)
      .set('Authorization', auth);
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('12 digits');
    await request(server)
      .get(`${API}/exceptions/999999999999`)
      .set('Authorization', auth)
      .expect(404);
    const one = await request(server)
      .get(`${API}/exceptions/222233334444`)
      .set('Authorization', auth);
    expect(one.body.exception).toMatchObject({
      ticket: 'CLOUD-1234',
      status: { state: 'expiring' },
    });
  });

  it('serves both generated policies with sizes and findings', async () => {
    const server = await startBackend();
    const res = await request(server)
      .get(`${API}/policies`)
      .set('Authorization', mockCredentials.user.header());
    expect(res.body.valid).toBe(false);
    expect(res.body.findings.map((f: any) => f.code)).toEqual([
      'exception-expired',
      'exception-expiring',
    ]);
    expect(res.body.policies.map((p: any) => [p.fileName, p.maxSize])).toEqual([
      ['declarative-policy-ec2.json', 10000],
      ['scp-ami-guardrail.json', 10240],
    ]);
    expect(
      res.body.policies[0].document.ec2_attributes.allowed_images_settings
        .state['@@assign'],
    ).toBe('audit_mode');
  });

  it('computes organization status from the stored snapshot', async () => {
    const server = await startBackend();
    const res = await request(server)
      .get(`${API}/status`)
      .set('Authorization', mockCredentials.user.header());
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      available: true,
      source: `file:${exampleSnapshotPath}`,
      collectionError: null,
      configError: null,
    });
    const { status } = res.body;
    expect(status.totalAccounts).toBe(8);
    expect(status.verdict).toBe('drifted');
    expect(status.policies.scp.attachments.map((a: any) => a.type)).toEqual([
      'ROOT',
    ]);
    expect(status.policies.scp.coverage.managementAccount.governed).toBe(false);
    expect(status.policies.declarativePolicy.coverage.ungoverned).toHaveLength(
      1,
    );
    expect(res.body.driftSince).toBe(status.collectedAt);
  });

  it('accepts a pushed snapshot from a service only, validating it', async () => {
    const server = await startBackend({ snapshot: null });
    const empty = await request(server)
      .get(`${API}/status`)
      .set('Authorization', mockCredentials.user.header());
    expect(empty.body).toMatchObject({
      available: false,
      reason: expect.stringContaining('POST one to /snapshots'),
    });

    const snapshot = exampleSnapshot();
    await request(server)
      .post(`${API}/snapshots`)
      .set('Authorization', mockCredentials.user.header())
      .send(snapshot)
      .expect(403);
    const invalid = await request(server)
      .post(`${API}/snapshots`)
      .set('Authorization', mockCredentials.service.header())
      .send({
        ...snapshot,
        organization: { id: 'o-x', managementAccountId: '12' },
      });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.message).toContain(
      'organization.managementAccountId',
    );

    const stored = await request(server)
      .post(`${API}/snapshots`)
      .set('Authorization', mockCredentials.service.header())
      .send(snapshot);
    expect(stored.status).toBe(201);
    expect(stored.body).toMatchObject({
      accounts: 8,
      collectedAt: snapshot.collectedAt,
    });
    const status = await request(server)
      .get(`${API}/status`)
      .set('Authorization', mockCredentials.user.header());
    expect(status.body).toMatchObject({
      available: true,
      source: expect.stringMatching(/^push:/),
    });
  });

  it('refuses a pushed snapshot over the size limit', async () => {
    const server = await startBackend({ snapshot: null });
    const huge = { ...exampleSnapshot(), padding: 'x'.repeat(1_100_000) };
    const res = await request(server)
      .post(`${API}/snapshots`)
      .set('Authorization', mockCredentials.service.header())
      .send(huge);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(
      'larger than 1mb; raise amiGovernance.organization.maxSnapshotSize',
    );
  });

  it('reports a config that never loaded instead of serving an empty allowlist', async () => {
    const server = await startBackend({
      configPath: writeTempFile('{ "ops_publisher_account": '),
    });
    const res = await request(server)
      .get(`${API}/allowlist`)
      .set('Authorization', mockCredentials.user.header());
    expect(res.status).toBe(503);
    expect(res.body.error.message).toContain('not valid JSON');
    const status = await request(server)
      .get(`${API}/status`)
      .set('Authorization', mockCredentials.user.header());
    expect(status.body).toMatchObject({
      available: false,
      configError: { path: '(root)' },
    });
  });
});
