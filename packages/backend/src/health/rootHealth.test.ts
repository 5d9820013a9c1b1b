import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import amiGovernancePlugin from '@ami-governance/backstage-plugin-ami-governance-backend';
import { join } from 'node:path';
import request from 'supertest';
import { rootHealthServiceFactory } from './rootHealth';

describe('readiness with the AMI governance plugin', () => {
  async function start(location: string) {
    const { server } = await startTestBackend({
      features: [
        amiGovernancePlugin,
        rootHealthServiceFactory,
        mockServices.rootConfig.factory({
          data: { amiGovernance: { config: { location } } },
        }),
      ],
    });
    return server;
  }

  it('says degraded, still 200, while the plugin has no config', async () => {
    const server = await start('/nonexistent/ami_publishers.json');
    const res = await request(server).get('/.backstage/health/v1/readiness');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      status: 'degraded',
      plugins: {
        'ami-governance': {
          status: 'degraded',
          reasons: ['no governance config has been read successfully yet'],
        },
      },
    });
  });

  it('keeps each backend of a process apart (no module-level state)', async () => {
    const degraded = await start('/nonexistent/ami_publishers.json');
    const healthy = await start(
      join(
        __dirname,
        '../../../../examples/governance-repo/config/ami_publishers.json',
      ),
    );
    const [first, second] = await Promise.all(
      [degraded, healthy].map(server =>
        request(server).get('/.backstage/health/v1/readiness'),
      ),
    );
    expect(first.body.status).toBe('degraded');
    expect(second.body).toEqual({ status: 'ok' });
  });

  it('says ok when the plugin is healthy', async () => {
    const server = await start(
      join(
        __dirname,
        '../../../../examples/governance-repo/config/ami_publishers.json',
      ),
    );
    const res = await request(server).get('/.backstage/health/v1/readiness');
    expect(res.body).toEqual({ status: 'ok' });
  });
});
