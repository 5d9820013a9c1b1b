import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createRequestAmiExceptionAction } from './actions/requestException';

/**
 * Adds `ami-governance:exception:request` to the scaffolder.
 * @public
 */
export const scaffolderModuleAmiGovernance = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'ami-governance',
  register(reg) {
    reg.registerInit({
      deps: {
        scaffolder: scaffolderActionsExtensionPoint,
        config: coreServices.rootConfig,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
      },
      async init({ scaffolder, config, discovery, auth }) {
        scaffolder.addActions(
          createRequestAmiExceptionAction({ config, discovery, auth }),
        );
      },
    });
  },
});
