import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { AmiGovernanceAccountProvider } from './AmiGovernanceAccountProvider';
import { readAccountProviderOptions } from './providerOptions';

/** The scheduler task that reads the accounts again. */
export const ACCOUNT_REFRESH_TASK_ID = 'ami-governance-accounts-refresh';

/**
 * Adds the organization's AWS accounts, as the `ami-governance` backend collected them, to the
 * catalog (`catalog.providers.amiGovernance`).
 * @public
 */
export const catalogModuleAmiGovernance = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'ami-governance',
  register(reg) {
    reg.registerInit({
      deps: {
        catalog: catalogProcessingExtensionPoint,
        config: coreServices.rootConfig,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
      },
      async init({ catalog, config, discovery, auth, logger, scheduler }) {
        const { schedule, ...options } = readAccountProviderOptions(config);
        const provider = new AmiGovernanceAccountProvider(options, {
          discovery,
          auth,
          logger,
        });
        catalog.addEntityProvider(provider);
        await scheduler.scheduleTask({
          ...schedule,
          id: ACCOUNT_REFRESH_TASK_ID,
          fn: () => provider.refresh(),
        });
      },
    });
  },
});
