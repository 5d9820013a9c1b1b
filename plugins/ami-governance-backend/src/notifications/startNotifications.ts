import {
  AuthService,
  LoggerService,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import { stringifyError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { utcDateOf } from '@ami-governance/backstage-plugin-ami-governance-common';
import { Knex } from 'knex';
import { ExpiryNoticesJob } from './ExpiryNoticesJob';
import type { NotificationOptions } from '../options';
import { catalogRecipient } from './catalogRecipient';
import { Clock } from '../lib/clock';
import { ExpiryNotifier } from './ExpiryNotifier';
import type { GovernanceConfigSource } from '../config/GovernanceConfigSource';
import { mergeRequestNotice } from '../exceptionRequests/mergeRequestNotice';
import type { MergeRequestStateListener } from '../exceptionRequests/MergeRequestRefresher';
import { PlatformNotifier } from './PlatformNotifier';
import type { StoredSnapshotMeta } from '../organization/SnapshotStore';
import { impactAnswer } from '../workloads/impactAnswer';
import { readinessAnswer } from '../workloads/readinessAnswer';
import type { WorkloadReads } from '../workloads/WorkloadReads';

type Notices = {
  afterSnapshotStored(meta: StoredSnapshotMeta): void;
  afterWorkloadsStored(): void;
  onMergeRequestState?: MergeRequestStateListener;
};

/** The notices to send after each store, and the job that runs the expiry countdown (none when off). */
type Notifications = {
  notices: Notices;
  expiryJob?: ExpiryNoticesJob;
};

const SILENT: Notifications = {
  notices: {
    afterSnapshotStored: () => {},
    afterWorkloadsStored: () => {},
  },
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Wires the plugin's notifications: the daily expiry countdown for requesters, merge request outcomes,
 * and the platform group's drift and readiness notices. Off with `amiGovernance.notifications.enabled: false`.
 * The notice tables live in the plugin's database (already migrated, see AmiGovernanceDatabase).
 */
export function startNotifications(deps: {
  options: NotificationOptions;
  config: RootConfigService;
  knex: Knex;
  logger: LoggerService;
  clock: Clock;
  notifications: NotificationService;
  catalog: CatalogService;
  auth: AuthService;
  configSource: GovernanceConfigSource;
  workloads: WorkloadReads;
}): Notifications {
  const { options, logger, clock, workloads, configSource, knex } = deps;
  if (!options.enabled) return SILENT;
  // Without app.baseUrl the link stays relative, which the notifications page resolves in the app.
  const pageUrl = `${
    deps.config.getOptionalString('app.baseUrl') ?? ''
  }/ami-governance`;
  const resolveRecipient = catalogRecipient(deps.catalog, deps.auth);
  const currentConfig = () => configSource.current().config;

  const whatBreaks = async (publisher: string) => {
    const config = currentConfig();
    const now = clock();
    const generation = await workloads.serving(now);
    if (!config || !generation) return undefined;
    const today = utcDateOf(now);
    const answer = await impactAnswer(
      workloads,
      generation,
      config,
      today,
      now,
      { publisher },
      { offset: 0, limit: 1 },
    );
    const { instances, launchTemplates } = answer.blocked;
    if (instances + launchTemplates === 0) return undefined;
    return `${plural(instances, 'instance')} and ${plural(
      launchTemplates,
      'launch template',
    )} in ${plural(answer.accounts, 'account')} use its AMIs.`;
  };

  const expiry = new ExpiryNotifier({
    knex,
    notifications: deps.notifications,
    config: currentConfig,
    clock,
    logger: logger.child({ task: ExpiryNoticesJob.ID }),
    resolveRecipient,
    whatBreaks,
    linkTo: e => `${pageUrl}?q=${e.account_id}`,
    thresholds: options.expiryDays,
  });
  const expiryJob = new ExpiryNoticesJob(expiry, options.schedule, logger);

  const platform =
    options.platformGroup &&
    new PlatformNotifier({
      knex,
      notifications: deps.notifications,
      group: options.platformGroup,
      resolveRecipient,
      clock,
      logger,
      pageUrl,
    });
  // Notices never hold up storing a snapshot: they run after it, and a failure is only logged.
  const tellPlatform = (check: () => Promise<void>) => {
    check().catch(e =>
      logger.warn(
        `Could not notify ${options.platformGroup}: ${stringifyError(e)}`,
      ),
    );
  };
  const notices: Notices = {
    afterSnapshotStored: meta => {
      if (platform)
        tellPlatform(() =>
          platform.check({
            drift: {
              verdict: meta.verdict,
              fingerprint: meta.driftFingerprint,
            },
          }),
        );
    },
    afterWorkloadsStored: () => {
      if (!platform) return;
      tellPlatform(async () => {
        const config = currentConfig();
        const now = clock();
        const generation = await workloads.serving(now);
        if (!config || !generation) return;
        const answer = await readinessAnswer(
          workloads,
          generation,
          await workloads.latestOrganization(now),
          config,
          utcDateOf(now),
          now,
          { offset: 0, limit: 1 },
        );
        await platform.check({
          blockedLaunches:
            answer.blocked.instances + answer.blocked.launchTemplates,
        });
      });
    },
    onMergeRequestState: mergeRequestNotice(
      deps.notifications,
      resolveRecipient,
    ),
  };
  return { notices, expiryJob };
}
