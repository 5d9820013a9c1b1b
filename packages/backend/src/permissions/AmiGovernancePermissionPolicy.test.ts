import {
  amiGovernanceExceptionRequestCreatePermission,
  amiGovernanceSnapshotCreatePermission,
  amiGovernanceStatusReadPermission,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import {
  AuthorizeResult,
  createPermission,
} from '@backstage/plugin-permission-common';
import { PolicyQueryUser } from '@backstage/plugin-permission-node';
import { AmiGovernancePermissionPolicy } from './AmiGovernancePermissionPolicy';

const member = {
  info: {
    userEntityRef: 'user:default/alice',
    ownershipEntityRefs: ['user:default/alice', 'group:default/team-a'],
  },
} as PolicyQueryUser;
const stranger = {
  info: { userEntityRef: 'user:default/guest', ownershipEntityRefs: [] },
} as unknown as PolicyQueryUser;

describe('AmiGovernancePermissionPolicy', () => {
  const policy = new AmiGovernancePermissionPolicy();
  const decide = async (permission: any, user?: PolicyQueryUser) =>
    (await policy.handle({ permission }, user)).result;

  it('lets catalog members read and nobody else', async () => {
    expect(await decide(amiGovernanceStatusReadPermission, member)).toBe(
      AuthorizeResult.ALLOW,
    );
    expect(await decide(amiGovernanceStatusReadPermission, stranger)).toBe(
      AuthorizeResult.DENY,
    );
    expect(await decide(amiGovernanceStatusReadPermission)).toBe(
      AuthorizeResult.DENY,
    );
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
    expect(await decide(other, stranger)).toBe(AuthorizeResult.ALLOW);
  });
});
