import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { AmiGovernancePermissionPolicy } from './AmiGovernancePermissionPolicy';
import { catalogUserLookup } from './userInCatalog';

/** Installs the example AMI governance permission policy in the permission backend. */
export default createBackendModule({
  pluginId: 'permission',
  moduleId: 'ami-governance-policy',
  register(reg) {
    reg.registerInit({
      deps: {
        policy: policyExtensionPoint,
        catalog: catalogServiceRef,
        auth: coreServices.auth,
      },
      async init({ policy, catalog, auth }) {
        policy.setPolicy(
          new AmiGovernancePermissionPolicy(catalogUserLookup(catalog, auth)),
        );
      },
    });
  },
});
