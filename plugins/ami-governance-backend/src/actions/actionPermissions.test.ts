import {
  BackstageCredentials,
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import {
  amiGovernanceSnapshotCreatePermission,
  amiGovernanceStatusReadPermission,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import {
  AuthorizeResult,
  isPermission,
  Permission,
} from '@backstage/plugin-permission-common';
import request from 'supertest';
import { startWithSnapshot } from '../__testUtils__/snapshotBackend';
import { ACCOUNTS, workloadSnapshot } from '../__testUtils__/workloadFixtures';

jest.setTimeout(60_000);

const API = '/api/ami-governance';
const DENIED_USER = 'user:default/denied';
const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

/**
 * The permission framework with a policy as an organization writes one: a service (the collector's
 * token) may only push snapshots, the user DENIED_USER may do nothing, other users may read.
 */
const permissionPolicy = createServiceFactory({
  service: coreServices.permissions,
  deps: {},
  factory: () => {
    const decide = (
      permission: Permission,
      credentials: BackstageCredentials,
    ) => {
      const { principal } = credentials as BackstageCredentials<any>;
      if (principal.type === 'service')
        return isPermission(permission, amiGovernanceSnapshotCreatePermission);
      return (
        principal.userEntityRef !== DENIED_USER &&
        isPermission(permission, amiGovernanceStatusReadPermission)
      );
    };
    return {
      authorize: async (requests: any[], { credentials }: any) =>
        requests.map(r => ({
          result: decide(r.permission, credentials)
            ? AuthorizeResult.ALLOW
            : AuthorizeResult.DENY,
        })),
      authorizeConditional: async (requests: any[]) =>
        requests.map(() => ({ result: AuthorizeResult.DENY })),
    } as any;
  },
});

/** Each action with an input it answers, and the REST route that serves the same data. */
const ACTIONS = [
  { name: 'list-publishers', input: {}, twin: '/publishers' },
  {
    name: 'explain-launch',
    input: { accountId: ACCOUNTS.prod, owner: 'amazon' },
    twin: `/explain?accountId=${ACCOUNTS.prod}&owner=amazon`,
  },
  { name: 'exception-impact', input: {}, twin: '/impact' },
  {
    name: 'account-standing',
    input: { accountId: ACCOUNTS.prod },
    twin: `/accounts/${ACCOUNTS.prod}`,
  },
  {
    name: 'image-scope-of-impact',
    input: { imageId: 'ami-ops' },
    twin: '/images/ami-ops/descendants',
  },
];

const invoke = (server: any, action: string, input: object, auth: string) =>
  request(server)
    .post(
      `${API}/.backstage/actions/v1/actions/ami-governance:${action}/invoke`,
    )
    .set('Authorization', auth)
    .send(input);

describe('the actions honour the permission policy', () => {
  const start = () =>
    startWithSnapshot(databases, 'SQLITE_3', workloadSnapshot(), {
      features: [permissionPolicy],
    });

  it.each(ACTIONS)(
    '$name answers 403 to a snapshot-only service and a denied user, as $twin does',
    async ({ name, input, twin }) => {
      const server = await start();
      const callers = {
        'a service allowed only ami-governance.snapshot.create':
          mockCredentials.service.header(),
        'a user the policy denies': mockCredentials.user.header(DENIED_USER),
      };
      for (const [who, auth] of Object.entries(callers)) {
        const rest = await request(server)
          .get(`${API}${twin}`)
          .set('Authorization', auth);
        expect({ who, status: rest.status }).toEqual({ who, status: 403 });

        const res = await invoke(server, name, input, auth);
        expect({ who, status: res.status }).toEqual({ who, status: 403 });
        expect(res.body.error).toMatchObject({
          name: 'NotAllowedError',
          message: 'Missing permission ami-governance.status.read',
        });
      }

      const allowed = await invoke(
        server,
        name,
        input,
        mockCredentials.user.header('user:default/reader'),
      );
      expect(allowed.status).toBe(200);
      expect(allowed.body.output).toBeDefined();
    },
  );

  it('answers an allowed user what the REST twin answers', async () => {
    const server = await start();
    const auth = mockCredentials.user.header('user:default/reader');
    const rest = await request(server)
      .get(`${API}/publishers`)
      .set('Authorization', auth);
    const action = await invoke(server, 'list-publishers', {}, auth);
    const providers = (publishers: { provider: string }[]) =>
      publishers.map(p => p.provider).sort();
    expect(providers(action.body.output.publishers)).toEqual(
      providers(rest.body.publishers),
    );
    const standing = await invoke(
      server,
      'account-standing',
      ACTIONS[3].input,
      auth,
    );
    expect(JSON.stringify(standing.body.output)).toContain('payments-prod');
  });
});
