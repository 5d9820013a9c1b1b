import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { writeFileSync } from 'node:fs';
import request from 'supertest';
import {
  clockFactory,
  configAsOfTestDay,
  exampleSnapshot,
  exampleSnapshotPath,
  writeTempFile,
} from './__testUtils__/fixtures';
import { manualScheduler } from './__testUtils__/manualScheduler';
import { expectMatchesSpec } from './__testUtils__/schemaCheck';
import { amiGovernancePlugin } from './plugin';

const API = '/api/ami-governance';

let scheduler = manualScheduler();

/** Runs the config refresh task now, as its schedule would. */
const refreshConfig = () => scheduler.run('ami-governance-config-refresh');

async function startBackend(
  options: {
    configPath?: string;
    snapshot?: string | null;
    permission?: AuthorizeResult.ALLOW | AuthorizeResult.DENY;
  } = {},
) {
  const snapshot =
    options.snapshot === undefined ? exampleSnapshotPath : options.snapshot;
  scheduler = manualScheduler();
  const { server } = await startTestBackend({
    features: [
      amiGovernancePlugin,
      clockFactory(),
      scheduler.factory,
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
    // Soonest expiry first, then ops and vendors.
    expect(states).toEqual([
      ['555566667777', 'expired', -2],
      ['222233334444', 'expiring', 3],
      ['777788889999', 'active', 40],
    ]);
    expect(res.body.publishers.slice(3).map((p: any) => p.category)).toEqual([
      'ops',
      'vendor',
    ]);
  });

  it("lists each publisher's constraints and the organization's age limits", async () => {
    const raw = configAsOfTestDay();
    const server = await startBackend({
      configPath: writeTempFile({
        ...raw,
        ops_publisher_account: {
          ...raw.ops_publisher_account,
          image_names: ['acme-golden-*'],
        },
        vendor_publisher_accounts: [
          {
            ...raw.vendor_publisher_accounts[0],
            marketplace_product_codes: ['abc123'],
          },
        ],
        policy_config: {
          ...raw.policy_config,
          max_image_age_days: 180,
          max_days_since_deprecated: 0,
        },
      }),
    });
    const res = await request(server)
      .get(`${API}/publishers`)
      .set('Authorization', mockCredentials.user.header());
    expect(res.status).toBe(200);
    expectMatchesSpec('/publishers', 'get', 200, res.body);
    expect(res.body.imageAgeLimits).toEqual({
      maxImageAgeDays: 180,
      maxDaysSinceDeprecated: 0,
    });
    const byCategory = (category: string) =>
      res.body.publishers.find((p: any) => p.category === category);
    expect(byCategory('ops').imageNames).toEqual(['acme-golden-*']);
    expect(byCategory('vendor').marketplaceProductCodes).toEqual(['abc123']);
    expect(byCategory('exception')).not.toHaveProperty('imageNames');
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
    expectMatchesSpec('/allowlist', 'get', 200, first.body);
    expect(first.headers.etag).toMatch(/^"[\w-]{27}"$/);
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

  it('names its sources by file name, never by the server path', async () => {
    const server = await startBackend({
      snapshot: '/nonexistent/dir/org.json',
    });
    const auth = mockCredentials.user.header();
    const publishers = await request(server)
      .get(`${API}/publishers`)
      .set('Authorization', auth);
    expect(publishers.body.source).toBe('ami_publishers.json');
    const status = await request(server)
      .get(`${API}/status`)
      .set('Authorization', auth);
    expect(status.body.collectionError).toContain(
      "cannot read the snapshot at org.json: ENOENT: no such file or directory, open 'org.json'",
    );
    for (const body of [publishers.body, status.body])
      expect(JSON.stringify(body)).not.toMatch(
        /nonexistent|\/tmp\/|ami-governance-\w{6}/,
      );
  });

  it('computes organization status from the stored snapshot', async () => {
    const server = await startBackend();
    const res = await request(server)
      .get(`${API}/status`)
      .set('Authorization', mockCredentials.user.header());
    expect(res.status).toBe(200);
    expectMatchesSpec('/status', 'get', 200, res.body);
    expect(res.body).toMatchObject({
      available: true,
      source: 'file:org-snapshot.json',
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
    expect(res.status).toBe(413);
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

describe('ami-governance backend plugin, reads at scale', () => {
  /** A config with `n` exceptions, a third of them expired, as of TEST_TODAY. */
  function manyExceptions(n: number) {
    const config = configAsOfTestDay();
    config.exception_accounts = Array.from({ length: n }, (_, i) => ({
      ...config.exception_accounts[0],
      account_id: String(300000000000 + i),
      ticket: `CLOUD-${i}`,
      expires_on: i % 3 === 0 ? '2026-11-20' : '2026-12-20',
    }));
    return config;
  }

  it('pages exceptions and publishers with filters, totals and counts', async () => {
    const server = await startBackend({
      configPath: writeTempFile(manyExceptions(250)),
    });
    const auth = mockCredentials.user.header();
    const first = await request(server)
      .get(`${API}/exceptions`)
      .set('Authorization', auth);
    expectMatchesSpec('/exceptions', 'get', 200, first.body);
    expect(first.body).toMatchObject({ total: 250, offset: 0, limit: 50 });
    expect(first.body.items).toHaveLength(50);

    const expired = await request(server)
      .get(`${API}/exceptions?status=expired&offset=80&limit=10`)
      .set('Authorization', auth);
    expect(expired.body.total).toBe(84);
    expect(expired.body.items.map((p: any) => p.exception.ticket)).toEqual([
      'CLOUD-240',
      'CLOUD-243',
      'CLOUD-246',
      'CLOUD-249',
    ]);

    const search = await request(server)
      .get(`${API}/publishers?q=cloud-12&category=exception`)
      .set('Authorization', auth);
    expectMatchesSpec('/publishers', 'get', 200, search.body);
    // CLOUD-12 and CLOUD-120…129
    expect(search.body.total).toBe(11);
    expect(search.body.counts).toEqual({
      all: 252,
      ops: 1,
      vendor: 1,
      exception: 250,
      active: 166,
      expiring: 0,
      expired: 84,
      allowlisted: 168,
    });

    const tooMany = await request(server)
      .get(`${API}/exceptions?limit=5000`)
      .set('Authorization', auth);
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.message).toContain(
      'limit must be between 1 and 1000',
    );
  });

  it('answers 304 only while the answer is the same, config errors included', async () => {
    const configPath = writeTempFile(configAsOfTestDay());
    const server = await startBackend({ configPath });
    const auth = mockCredentials.user.header();
    const first = await request(server)
      .get(`${API}/allowlist`)
      .set('Authorization', auth);
    expect(first.headers['cache-control']).toBe('private, no-cache');
    await request(server)
      .get(`${API}/allowlist`)
      .set('Authorization', auth)
      .set('If-None-Match', first.headers.etag)
      .expect(304);
    // The answer now carries a configError: the old ETag must not hide it.
    writeFileSync(configPath, '{ "broken": ');
    await refreshConfig();
    const after = await request(server)
      .get(`${API}/allowlist`)
      .set('Authorization', auth)
      .set('If-None-Match', first.headers.etag);
    expect(after.status).toBe(200);
    expect(after.body.configError.message).toContain('not valid JSON');
    expect(after.body.providers).toEqual(first.body.providers);
  });

  it('warns on /policies when a change empties vendors and exceptions, and names unknown keys', async () => {
    const configPath = writeTempFile(configAsOfTestDay());
    const server = await startBackend({ configPath });
    writeFileSync(
      configPath,
      JSON.stringify({
        ...configAsOfTestDay(),
        vendor_publisher_accounts: [],
        exception_accounts: [],
        policy_config: { enforcment_mode: 'enabled' },
      }),
    );
    await refreshConfig();
    const res = await request(server)
      .get(`${API}/policies`)
      .set('Authorization', mockCredentials.user.header());
    expectMatchesSpec('/policies', 'get', 200, res.body);
    const codes = res.body.findings.map((f: any) => [f.code, f.path]);
    expect(codes).toContainEqual([
      'allowlist-emptied',
      'vendor_publisher_accounts',
    ]);
    expect(codes).toContainEqual([
      'unknown-key',
      'policy_config.enforcment_mode',
    ]);
  });

  it('compresses large answers for clients that accept it', async () => {
    const server = await startBackend({
      configPath: writeTempFile(manyExceptions(100)),
    });
    const res = await request(server)
      .get(`${API}/exceptions`)
      .set('Authorization', mockCredentials.user.header())
      .set('Accept-Encoding', 'gzip');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.body.items).toHaveLength(50);
  });

  it('pages the account lists of the status', async () => {
    const server = await startBackend();
    const auth = mockCredentials.user.header();
    const res = await request(server)
      .get(
        `${API}/status/accounts?policy=declarativePolicy&list=matching&limit=2`,
      )
      .set('Authorization', auth);
    expectMatchesSpec('/status/accounts', 'get', 200, res.body);
    expect(res.body.items).toHaveLength(2);
    expect(res.body.total).toBeGreaterThan(2);
    const status = await request(server)
      .get(`${API}/status`)
      .set('Authorization', auth);
    const compliance = status.body.status.policies.declarativePolicy.compliance;
    expect(compliance.matchingTotal).toBe(res.body.total);
    const wrong = await request(server)
      .get(`${API}/status/accounts?policy=scp&list=matching`)
      .set('Authorization', auth);
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.message).toContain('only the declarative policy');
  });

  it('says degraded on /health while no config has ever loaded', async () => {
    const server = await startBackend({
      configPath: writeTempFile('not json'),
    });
    const res = await request(server).get(`${API}/health`);
    expectMatchesSpec('/health', 'get', 200, res.body);
    expect(res.body).toEqual({
      status: 'degraded',
      reasons: ['no governance config has been read successfully yet'],
    });
  });
});
