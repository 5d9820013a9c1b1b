import type { PermissionsService } from '@backstage/backend-plugin-api';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { amiGovernanceStatusReadPermission } from '@ami-governance/backstage-plugin-ami-governance-common';
import { requirePermission } from '../http/authorize';

/**
 * The registry every action of the plugin is registered through. Each action only reads (said so MCP
 * clients may call it without asking) and, like its REST twin, answers only a caller allowed
 * `ami-governance.status.read`: the actions endpoint is another door to the same data, not a way
 * around the permission policy or a token's access restrictions.
 */
export function readActionsRegistry(
  registry: ActionsRegistryService,
  permissions: PermissionsService,
): ActionsRegistryService {
  return {
    register(options) {
      registry.register({
        ...options,
        attributes: { readOnly: true, destructive: false, idempotent: true },
        action: async context => {
          await requirePermission(
            permissions,
            context.credentials,
            amiGovernanceStatusReadPermission,
          );
          return options.action(context);
        },
      });
    },
  };
}
