import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { signalsServiceRef } from '@backstage/plugin-signals-node';
import { amiGovernancePermissions } from '@ami-governance/backstage-plugin-ami-governance-common';
import { readPluginOptions } from './options';
import { registerHealthCheck } from './health';
import { createRouter, healthProblems } from './router/createRouter';
import { ChangeSignals } from './services/ChangeSignals';
import { amiGovernanceClockServiceRef } from './services/clock';
import { CollectionTask } from './services/CollectionTask';
import { ExceptionRequestStore } from './services/ExceptionRequestStore';
import { GovernanceConfigSource } from './services/GovernanceConfigSource';
import { MergeRequestRefresher } from './services/MergeRequestRefresher';
import { PolicyReport } from './services/PolicyReport';
import { SnapshotIngestor } from './services/SnapshotIngestor';
import { SnapshotStore } from './services/SnapshotStore';
import { StatusService } from './services/StatusService';

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
        signals: signalsServiceRef,
        clock: amiGovernanceClockServiceRef,
      },
      async init(deps) {
        const { logger, config, scheduler, database, clock } = deps;
        const options = readPluginOptions(config);
        const org = options.organization;
        deps.permissionsRegistry.addPermissions(amiGovernancePermissions);
        const signals = new ChangeSignals(deps.signals, logger);

        const configSource = new GovernanceConfigSource(
          options.configLocation,
          deps.urlReader,
          logger,
          clock,
        );
        await configSource.refresh();
        configSource.onChange(() => signals.notify('config'));
        await scheduler.scheduleTask({
          id: 'ami-governance-config-refresh',
          // Every replica keeps its own copy of the config in memory.
          scope: 'local',
          ...options.configSchedule,
          fn: () => configSource.refresh(),
        });

        const store = await SnapshotStore.create(
          database,
          org.historySize,
          clock,
        );
        const status = new StatusService(store, configSource, {
          staleAfterMs: options.staleAfterMs,
          logger,
          pipelineUrl: options.pipelineUrl,
        });
        const ingestor = new SnapshotIngestor(store, status, clock, {
          allowEmpty: org.allowEmptySnapshots,
          onStored: () => signals.notify('status'),
        });
        const collection = new CollectionTask(
          org.source === 'aws'
            ? { kind: 'aws', aws: org.aws, config }
            : { kind: 'snapshot', location: org.snapshotLocation },
          ingestor,
          store,
          deps.urlReader,
          logger,
        );
        // A snapshot file is read before the plugin serves, so the first page already shows it;
        // a collection from AWS takes minutes and runs in the background.
        if (org.source === 'snapshot') await collection.run();
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
          ...options.mergeRequestSchedule,
          fn: async () => {
            if (await refresher.refresh()) signals.notify('exception-requests');
          },
        });

        deps.httpRouter.use(
          await createRouter({
            httpAuth: deps.httpAuth,
            permissions: deps.permissions,
            logger,
            configSource,
            status,
            policyReport: new PolicyReport(),
            ingestor,
            requests,
            snapshots: store,
            collectionError: () => collection.error(),
            maxSnapshotSize: org.maxSnapshotSize,
            onExceptionRequestRecorded: () =>
              signals.notify('exception-requests'),
            now: clock,
          }),
        );
        registerHealthCheck(() => healthProblems({ configSource, status }));
        deps.httpRouter.addAuthPolicy({
          path: '/health',
          allow: 'unauthenticated',
        });
      },
    });
  },
});
