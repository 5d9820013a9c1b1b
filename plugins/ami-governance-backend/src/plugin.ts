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
import { AmiGovernanceDatabase } from './database/AmiGovernanceDatabase';
import { amiGovernanceHealthServiceRef } from './health';
import { ConfigRefreshJob } from './config/ConfigRefreshJob';
import { MergeRequestRefreshJob } from './exceptionRequests/MergeRequestRefreshJob';
import { OrganizationCollectionJob } from './organization/OrganizationCollectionJob';
import { WorkloadCollectionJob } from './workloads/WorkloadCollectionJob';
import { readPluginOptions } from './options';
import { createRouter, healthProblems } from './http/createRouter';
import { ChangeSignals } from './http/ChangeSignals';
import { amiGovernanceClockServiceRef } from './lib/clock';
import { GovernanceConfigSource } from './config/GovernanceConfigSource';
import { LaunchExplainer } from './explain/LaunchExplainer';
import { MergeRequestRefresher } from './exceptionRequests/MergeRequestRefresher';
import { PolicyReport } from './organization/PolicyReport';
import { SnapshotIngestor } from './organization/SnapshotIngestor';
import { startNotifications } from './notifications/startNotifications';
import { StatusService } from './organization/StatusService';
import { workloadLaunchFacts } from './workloads/launchFacts';
import { LatestData } from './organization/LatestData';
import { evaluateForReaders } from './workloads/evaluateGeneration';
import type { WorkloadGeneration } from './workloads/WorkloadStore';

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
        health: amiGovernanceHealthServiceRef,
      },
      async init(deps) {
        const { logger, config, scheduler, clock } = deps;
        const options = readPluginOptions(config);
        const org = options.organization;
        deps.permissionsRegistry.addPermissions(amiGovernancePermissions);

        // The database: one client, migrated once, shared by every store.
        const db = await AmiGovernanceDatabase.create(deps.database, {
          historySize: org.historySize,
          clock,
        });

        // Services.
        const signals = new ChangeSignals(deps.signals, logger);
        const configSource = new GovernanceConfigSource(
          options.configLocation,
          deps.urlReader,
          logger,
          clock,
        );
        await configSource.refresh();
        configSource.onChange(() => signals.notify('config'));
        // The newest snapshot and workload collection, for every reader of the plugin. A new
        // generation is served once evaluated (on every replica), and pages are told then.
        const data = LatestData.of(db, {
          logger,
          timeoutMs: options.databaseTimeoutMs,
          evaluate: evaluateForReaders({
            config: () => configSource.current().config,
            clock,
          }),
          onServing: () => signals.notify('workloads'),
        });
        const status = new StatusService(data, db.snapshots, configSource, {
          staleAfterMs: options.staleAfterMs,
          logger,
          databaseTimeoutMs: options.databaseTimeoutMs,
          pipelineUrl: options.pipelineUrl,
        });
        const { notices, expiryJob } = startNotifications({
          ...deps,
          knex: db.knex,
          options: options.notifications,
          configSource,
          workloads: data,
        });
        const onWorkloadsStored = (generation: WorkloadGeneration) => {
          data.workloadsStored(generation);
          // Notices read the generation served: after its evaluation.
          void data.evaluated().then(() => notices.afterWorkloadsStored());
        };
        const ingestor = new SnapshotIngestor(db.snapshots, status, clock, {
          allowEmpty: org.allowEmptySnapshots,
          onStored: meta => {
            data.snapshotStored(meta);
            signals.notify('status');
            notices.afterSnapshotStored(meta);
          },
          workloads: db.workloads,
          onWorkloadsStored,
          logger,
        });
        const refresher = new MergeRequestRefresher(
          config,
          db.exceptionRequests,
          logger,
          notices.onMergeRequestState,
        );
        const explainer = new LaunchExplainer({
          config: () => configSource.current().config,
          data,
          facts: workloadLaunchFacts(data, clock),
          clock,
        });

        // Jobs.
        const collection = new OrganizationCollectionJob({
          ...deps,
          options: org,
          ingestor,
          snapshots: db.snapshots,
        });
        const workloadCollection = WorkloadCollectionJob.ifConfigured(org.aws, {
          snapshots: db.snapshots,
          workloads: db.workloads,
          logger,
          onStored: onWorkloadsStored,
          goldenPublisher: () =>
            configSource.current().config?.ops_publisher_account.account_id,
        });
        const jobs = [
          new ConfigRefreshJob(configSource, options.configSchedule, logger),
          collection,
          workloadCollection,
          new MergeRequestRefreshJob(
            refresher,
            () => signals.notify('exception-requests'),
            options.mergeRequestSchedule,
            logger,
          ),
          expiryJob,
        ];
        for (const job of jobs) await job?.schedule(scheduler);

        // Router.
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
            requests: db.exceptionRequests,
            data,
            collectionError: () => collection.lastError(),
            lineage: db.lineage,
            workloadCollectionError: () =>
              workloadCollection?.lastError() ?? null,
            maxSnapshotSize: org.maxSnapshotSize,
            databaseTimeoutMs: options.databaseTimeoutMs,
            onExceptionRequestRecorded: () =>
              signals.notify('exception-requests'),
            now: clock,
          }),
        );
        deps.health.register(() => healthProblems({ configSource, data }));
        deps.httpRouter.addAuthPolicy({
          path: '/health',
          allow: 'unauthenticated',
        });

        // Actions.
        registerActions(deps.actionsRegistry, {
          permissions: deps.permissions,
          config: () => configSource.current().config,
          clock,
          explainer,
          workloads: data,
          lineage: db.lineage,
        });
      },
    });
  },
});
