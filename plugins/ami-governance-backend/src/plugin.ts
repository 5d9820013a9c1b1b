import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { signalsServiceRef } from '@backstage/plugin-signals-node';
import { amiGovernancePermissions } from '@ami-governance/backstage-plugin-ami-governance-common';
import { registerActions } from './actions/registerActions';
import { readPluginOptions } from './options';
import { startNotifications } from './services/startNotifications';
import { LaunchExplainer } from './services/LaunchExplainer';
import { workloadLaunchFacts } from './services/workloads/launchFacts';
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
import { WorkloadCollectionTask } from './services/workloads/WorkloadCollectionTask';
import { WorkloadQueries } from './services/workloads/WorkloadQueries';
import { WorkloadReads } from './services/workloads/WorkloadReads';
import {
  WorkloadGeneration,
  WorkloadStore,
} from './services/workloads/WorkloadStore';

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
        actionsRegistry: actionsRegistryServiceRef,
        notifications: notificationService,
        catalog: catalogServiceRef,
        auth: coreServices.auth,
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
        const workloadStore = await WorkloadStore.create(database, clock);
        const workloads = new WorkloadReads(
          workloadStore,
          new WorkloadQueries(workloadStore.knex),
          store,
        );
        const notices = await startNotifications({
          ...deps,
          options: options.notifications,
          configSource,
          workloads,
        });
        const onWorkloadsStored = (generation: WorkloadGeneration) => {
          workloads.completed(generation, clock());
          signals.notify('workloads');
          notices.afterWorkloadsStored();
        };
        const ingestor = new SnapshotIngestor(store, status, clock, {
          allowEmpty: org.allowEmptySnapshots,
          onStored: meta => {
            signals.notify('status');
            notices.afterSnapshotStored(meta);
          },
          workloads: workloadStore,
          onWorkloadsStored,
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

        // Every member account's workloads, from AWS, when a member role is configured.
        const workloadOptions = org.aws.workloads;
        const workloadCollection =
          workloadOptions &&
          new WorkloadCollectionTask(
            { ...workloadOptions, stsRegion: org.aws.region },
            store,
            workloadStore,
            logger,
            onWorkloadsStored,
          );
        if (workloadOptions && workloadCollection) {
          await scheduler.scheduleTask({
            id: 'ami-governance-workloads-collect',
            // Hours of AWS calls: one replica collects, every replica serves what it stored.
            scope: 'global',
            ...workloadOptions.schedule,
            fn: () => workloadCollection.run(),
          });
        }

        const requests = await ExceptionRequestStore.create(database, clock);
        const refresher = new MergeRequestRefresher(
          config,
          requests,
          logger,
          fetch,
          notices.onMergeRequestState,
        );
        await scheduler.scheduleTask({
          id: 'ami-governance-merge-request-refresh',
          scope: 'global',
          ...options.mergeRequestSchedule,
          fn: async () => {
            if (await refresher.refresh()) signals.notify('exception-requests');
          },
        });

        const explainer = new LaunchExplainer({
          config: () => configSource.current().config,
          snapshots: store,
          facts: workloadLaunchFacts(workloads, clock),
          clock,
        });
        registerActions(deps.actionsRegistry, {
          config: () => configSource.current().config,
          clock,
          explainer,
          workloads,
        });

        deps.httpRouter.use(
          await createRouter({
            explainer,
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
            workloads,
            workloadCollectionError: () => workloadCollection?.error() ?? null,
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
