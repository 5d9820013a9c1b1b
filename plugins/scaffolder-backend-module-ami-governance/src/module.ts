import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { exceptionRequestRecorderServiceRef } from '@ami-governance/backstage-plugin-ami-governance-node';
import { createRequestAmiExceptionAction } from './exceptionRequests/requestException';

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
        recorder: exceptionRequestRecorderServiceRef,
      },
      async init({ scaffolder, config, recorder }) {
        scaffolder.addActions(
          createRequestAmiExceptionAction({ config, recorder }),
        );
      },
    });
  },
});
