import { createBackendModule } from '@backstage/backend-plugin-api';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { AmiGovernancePermissionPolicy } from './AmiGovernancePermissionPolicy';

/** Installs the example AMI governance permission policy in the permission backend. */
export default createBackendModule({
  pluginId: 'permission',
  moduleId: 'ami-governance-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint },
      async init({ policy }) {
        policy.setPolicy(new AmiGovernancePermissionPolicy());
      },
    });
  },
});
