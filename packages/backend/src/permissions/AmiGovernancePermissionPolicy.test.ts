import {
  amiGovernanceExceptionRequestCreatePermission,
  amiGovernanceSnapshotCreatePermission,
  amiGovernanceStatusReadPermission,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  AuthorizeResult,
  createPermission,
} from '@backstage/plugin-permission-common';
import { PolicyQueryUser } from '@backstage/plugin-permission-node';
import { AmiGovernancePermissionPolicy } from './AmiGovernancePermissionPolicy';
import { catalogUserLookup } from './userInCatalog';

// Backstage's in-memory test catalog: alice is a User entity, team-a a Group; nobody else is there.
const catalog = catalogServiceMock({
  entities: [
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'User',
      metadata: { name: 'alice', namespace: 'default' },
      spec: { memberOf: ['team-a'] },
    },
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: 'team-a', namespace: 'default' },
      spec: { type: 'team', children: [] },
    },
  ],
});

/** A signed-in user as the permission backend hands them to a policy: ownership always holds their own ref. */
const signedIn = (userEntityRef: string, groups: string[] = []) =>
  ({
    info: {
      userEntityRef,
      ownershipEntityRefs: [userEntityRef, ...groups],
    },
  } as PolicyQueryUser);

const member = signedIn('user:default/alice', ['group:default/team-a']);
// The guest provider signs in without the catalog: its ownership is its own ref only.
const guest = signedIn('user:development/guest');

describe('AmiGovernancePermissionPolicy', () => {
  const policy = new AmiGovernancePermissionPolicy(
    catalogUserLookup(catalog, mockServices.auth()),
  );
  const decide = async (permission: any, user?: PolicyQueryUser) =>
    (await policy.handle({ permission }, user)).result;

  it('lets users of the catalog read and nobody else', async () => {
    expect(await decide(amiGovernanceStatusReadPermission, member)).toBe(
      AuthorizeResult.ALLOW,
    );
    expect(await decide(amiGovernanceStatusReadPermission, guest)).toBe(
      AuthorizeResult.DENY,
    );
    expect(await decide(amiGovernanceStatusReadPermission)).toBe(
      AuthorizeResult.DENY,
    );
  });

  it('does not take a group of the catalog for a user', async () => {
    expect(
      await decide(
        amiGovernanceStatusReadPermission,
        signedIn('group:default/team-a'),
      ),
    ).toBe(AuthorizeResult.DENY);
  });

  it('never lets a user push snapshots or record exception requests', async () => {
    for (const write of [
      amiGovernanceSnapshotCreatePermission,
      amiGovernanceExceptionRequestCreatePermission,
    ]) {
      expect(await decide(write, member)).toBe(AuthorizeResult.DENY);
    }
  });

  it('leaves other plugins as the allow-all policy did', async () => {
    const other = createPermission({
      name: 'catalog.entity.read',
      attributes: { action: 'read' },
    });
    expect(await decide(other, guest)).toBe(AuthorizeResult.ALLOW);
  });
});
