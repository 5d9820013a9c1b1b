import {
  amiGovernanceExceptionRequestCreatePermission,
  amiGovernanceSnapshotCreatePermission,
  amiGovernanceStatusReadPermission,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import {
  AuthorizeResult,
  isPermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';

const ALLOW: PolicyDecision = { result: AuthorizeResult.ALLOW };
const DENY: PolicyDecision = { result: AuthorizeResult.DENY };

/** Whether the catalog has a User entity with this ref. */
export type UserInCatalog = (userEntityRef: string) => Promise<boolean>;

/**
 * An example policy for the AMI governance plugin; organizations write their own.
 *
 * - Reading (the page, the entity card, the API): every signed-in user whose User entity is in the
 *   catalog. Not `ownershipEntityRefs`: it always holds the user's own ref, so a guest or any sign-in
 *   that is not resolved against the catalog would pass. A user removed from the catalog (they left the
 *   organization) loses access on their next request.
 * - Pushing snapshots and recording exception requests: no user, ever. These routes accept only
 *   services (the scaffolder action, a collector in CI), and a service is never asked about here:
 *   what a service token may do is set by `backend.auth.externalAccess[].accessRestrictions`
 *   (see app-config.production.yaml and docs/backend.md#permissions).
 * - Every other plugin's permission: allowed, as the demo's allow-all policy did.
 */
export class AmiGovernancePermissionPolicy implements PermissionPolicy {
  constructor(private readonly userInCatalog: UserInCatalog) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    const { permission } = request;
    if (isPermission(permission, amiGovernanceStatusReadPermission)) {
      if (!user) return DENY;
      return (await this.userInCatalog(user.info.userEntityRef)) ? ALLOW : DENY;
    }
    if (
      isPermission(permission, amiGovernanceSnapshotCreatePermission) ||
      isPermission(permission, amiGovernanceExceptionRequestCreatePermission)
    ) {
      return DENY;
    }
    return ALLOW;
  }
}
