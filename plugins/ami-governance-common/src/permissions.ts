import { createPermission } from '@backstage/plugin-permission-common';

/** Read the governance config, policies and organization status. @public */
export const amiGovernanceStatusReadPermission = createPermission({
  name: 'ami-governance.status.read',
  attributes: { action: 'read' },
});

/** Push an organization snapshot (`POST /snapshots`). @public */
export const amiGovernanceSnapshotCreatePermission = createPermission({
  name: 'ami-governance.snapshot.create',
  attributes: { action: 'create' },
});

/** Record an exception request the scaffolder action opened (`POST /exception-requests`). @public */
export const amiGovernanceExceptionRequestCreatePermission = createPermission({
  name: 'ami-governance.exception-request.create',
  attributes: { action: 'create' },
});

/** Every permission of the plugin, for `permissionsRegistry.addPermissions`. @public */
export const amiGovernancePermissions = [
  amiGovernanceStatusReadPermission,
  amiGovernanceSnapshotCreatePermission,
  amiGovernanceExceptionRequestCreatePermission,
];
