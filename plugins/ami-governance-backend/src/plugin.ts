import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { amiGovernancePermissions } from 'ami-governance-common';
import { readPluginOptions } from './options';
import { createRouter } from './router/createRouter';
import { CollectionTask } from './services/CollectionTask';
import { ExceptionRequestStore } from './services/ExceptionRequestStore';
import { MergeRequestRefresher } from './services/MergeRequestRefresher';
import { GovernanceConfigSource } from './services/GovernanceConfigSource';
import { PolicyReport } from './services/PolicyReport';
import { SnapshotIngestor } from './services/SnapshotIngestor';
import { SnapshotStore } from './services/SnapshotStore';
import { StatusService } from './services/StatusService';
import { amiGovernanceClockServiceRef } from './services/clock';

/**
 * The AMI governance backend plugin: serves the allowlist, exceptions, generated policies and the
 * organization's status at /api/ami-governance.
 * @public
 */
export const amiGovernancePlugin = createBackendPlugin({
  pluginId: 'ami-governance',
  register(env) {
    env.registerInit({
      deps: {
        logger: coreServices.logger,
        config: coreServices.rootConfig,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        urlReader: coreServices.urlReader,
        clock: amiGovernanceClockServiceRef,
      },
      async init({
        logger,
        config,
        httpRouter,
        httpAuth,
        permissions,
        permissionsRegistry,
        database,
        scheduler,
        urlReader,
        clock,
      }) {
        const options = readPluginOptions(config);
        permissionsRegistry.addPermissions(amiGovernancePermissions);

        const configSource = new GovernanceConfigSource(
          options.configLocation,
          urlReader,
          logger,
          clock,
        );
        await configSource.refresh();
        await scheduler.scheduleTask({
          id: 'ami-governance-config-refresh',
          // Every replica keeps its own copy of the config in memory.
          scope: 'local',
          ...options.configSchedule,
          fn: () => configSource.refresh(),
        });

        const store = await SnapshotStore.create(
          database,
          options.organization.historySize,
          clock,
        );
        const status = new StatusService(
          store,
          configSource,
          options.staleAfterMs,
        );
        const ingestor = new SnapshotIngestor(store, status, clock);
        const org = options.organization;
        const collection = new CollectionTask(
          org.source === 'aws'
            ? { kind: 'aws', aws: org.aws, config }
            : { kind: 'snapshot', location: org.snapshotLocation },
          ingestor,
          store,
          urlReader,
          logger,
        );
        await scheduler.scheduleTask({
          id: 'ami-governance-collect',
          // One replica collects; the others read what it stored.
          scope: 'global',
          ...org.schedule,
          fn: () => collection.run(),
        });

        const requests = await ExceptionRequestStore.create(database, clock);
        const refresher = new MergeRequestRefresher(config, requests, logger);
        await scheduler.scheduleTask({
          id: 'ami-governance-merge-request-refresh',
          scope: 'global',
          frequency: { minutes: 10 },
          timeout: { minutes: 2 },
          fn: () => refresher.refresh(),
        });

        httpRouter.use(
          await createRouter({
            httpAuth,
            permissions,
            logger,
            configSource,
            status,
            policyReport: new PolicyReport(),
            ingestor,
            requests,
            collectionError: () => collection.error(),
            maxSnapshotSize: org.maxSnapshotSize,
            now: clock,
          }),
        );
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
      },
    });
  },
});
