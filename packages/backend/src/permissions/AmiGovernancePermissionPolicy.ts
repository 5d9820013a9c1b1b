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

/**
 * An example policy for the AMI governance plugin; organizations write their own.
 *
 * - Reading (the page, the entity card, the API): every signed-in user who belongs to the catalog.
 * - Pushing snapshots and recording exception requests: no user, ever. These routes accept only
 *   services (the scaffolder action, a collector in CI), and a service is never asked about here:
 *   what a service token may do is set by `backend.auth.externalAccess[].accessRestrictions`
 *   (see app-config.production.yaml and docs/backend.md#permissions).
 * - Every other plugin's permission: allowed, as the demo's allow-all policy did.
 */
export class AmiGovernancePermissionPolicy implements PermissionPolicy {
  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    const { permission } = request;
    if (isPermission(permission, amiGovernanceStatusReadPermission)) {
      return (user?.info.ownershipEntityRefs ?? []).length > 0 ? ALLOW : DENY;
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
