import amiGovernancePlugin from '@ami-governance/backstage-plugin-ami-governance-backend';
import { permissionsServiceFactory } from '@backstage/backend-defaults/permissions';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import permissionBackend from '@backstage/plugin-permission-backend';
import { resolve } from 'node:path';
import request from 'supertest';
import policyModule from './module';

jest.setTimeout(60_000);

/**
 * The demo backend's permission set-up end to end: the permission backend with this policy module,
 * the real permissions service the AMI governance plugin asks, and Backstage's in-memory test catalog
 * holding alice only.
 */
async function start() {
  const { server } = await startTestBackend({
    features: [
      permissionBackend,
      policyModule,
      amiGovernancePlugin,
      permissionsServiceFactory,
      catalogServiceMock.factory({
        entities: [
          {
            apiVersion: 'backstage.io/v1alpha1',
            kind: 'User',
            metadata: { name: 'alice', namespace: 'default' },
            spec: {},
          },
        ],
      }),
      mockServices.rootConfig.factory({
        data: {
          permission: { enabled: true },
          amiGovernance: {
            config: {
              location: resolve(
                __dirname,
                '../../../../examples/governance-repo/config/ami_publishers.json',
              ),
            },
            notifications: { enabled: false },
          },
        },
      }),
    ],
  });
  return server;
}

describe('the example permission policy in the backend', () => {
  it('answers a user of the catalog and refuses a signed-in user who is not in it', async () => {
    const server = await start();
    const publishers = (userEntityRef: string) =>
      request(server)
        .get('/api/ami-governance/publishers')
        .set('Authorization', mockCredentials.user.header(userEntityRef));

    expect((await publishers('user:default/alice')).status).toBe(200);
    const guest = await publishers('user:development/guest');
    expect(guest.status).toBe(403);
    expect(guest.body.error.message).toBe(
      'Missing permission ami-governance.status.read',
    );
  });
});
