import { readSchedulerServiceTaskScheduleDefinitionFromConfig } from '@backstage/backend-plugin-api';
import {
  isAwsRegion,
  isIamRoleName,
  RUNBOOK_POLICY_NAMES,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import {
  Config,
  ConfigReader,
  readDurationFromConfig,
} from '@backstage/config';
import type { JobSchedule } from './jobs/ScheduledJob';
import { pipelineUrlOf } from './config/pipelineUrl';
import {
  durationToMilliseconds,
  HumanDuration,
  JsonObject,
} from '@backstage/types';

/** The runbook's names, the ones `ami-governance apply` creates the policies under. */
const DEFAULT_POLICY_NAMES = {
  declarative: RUNBOOK_POLICY_NAMES.declarativePolicy,
  scp: RUNBOOK_POLICY_NAMES.scp,
};

export interface AwsCollectionOptions {
  region: string;
  roleArn?: string;
  accountId?: string;
  policyNames: { declarative: string; scp: string };
  concurrency: number;
  /** Set when `workloads.roleName` is: the collection of every member account's workloads. */
  workloads?: WorkloadOptions;
}

/** `amiGovernance.organization.aws.workloads`, with its defaults. */
export interface WorkloadOptions {
  roleName: string;
  /** Absent: every region enabled in each account. */
  regions?: string[];
  concurrency: number;
  schedule: JobSchedule;
}

/** `amiGovernance` from app-config, with every default filled in (see config.d.ts). */
/** Who hears what, through @backstage/plugin-notifications-backend. */
export interface NotificationOptions {
  enabled: boolean;
  /** Days before an exception's expiry its requester is told (plus the day it lapses). */
  expiryDays: number[];
  schedule: JobSchedule;
  /** The platform engineers' group, told of new drift and worse readiness; unset: nobody. */
  platformGroup?: string;
}

function readNotificationOptions(
  config: Config | undefined,
): NotificationOptions {
  const expiryDays = config?.getOptional<unknown>('expiryDays') ?? [14, 7, 1];
  if (
    !Array.isArray(expiryDays) ||
    !expiryDays.every(d => Number.isInteger(d) && d >= 0)
  )
    throw new Error(
      `amiGovernance.notifications.expiryDays must be whole numbers of days (0 or more), e.g. [14, 7, 1], not ${JSON.stringify(
        expiryDays,
      )}`,
    );
  return {
    enabled: config?.getOptionalBoolean('enabled') ?? true,
    expiryDays,
    schedule: schedule(
      config?.getOptionalConfig('schedule'),
      'amiGovernance.notifications.schedule',
      {
        frequency: { hours: 24 },
        timeout: { minutes: 10 },
        initialDelay: { minutes: 1 },
      },
    ),
    platformGroup: config?.getOptionalString('platformGroup'),
  };
}

export interface PluginOptions {
  configLocation: string;
  /** The pipeline that applies the config (configured, or derived from a GitLab config URL). */
  pipelineUrl?: string;
  configSchedule: JobSchedule;
  organization: {
    source: 'snapshot' | 'aws';
    snapshotLocation?: string;
    schedule: JobSchedule;
    historySize: number;
    maxSnapshotSize: string;
    allowEmptySnapshots: boolean;
    aws: AwsCollectionOptions;
  };
  mergeRequestSchedule: JobSchedule;
  notifications: NotificationOptions;
  /** A snapshot older than twice its schedule is stale. */
  staleAfterMs: number;
  /** How long a read waits for the database before it is answered without it. */
  databaseTimeoutMs: number;
}

/**
 * A schedule from config, or the default. Defaults live here, not in a shipped app-config.yaml, so an
 * override in another config file replaces them instead of merging with them ({ seconds: 5 } over a
 * shipped { minutes: 5 } would otherwise run every 5 min 5 s).
 */
function schedule(
  config: Config | undefined,
  key: string,
  fallback: JobSchedule,
): JobSchedule {
  if (!config) return fallback;
  // Each job runs where its state lives (local: in memory, global: in the database): config never moves it.
  if (config.has('scope')) {
    throw new Error(
      `${key}.scope cannot be set: where a job runs is the job's own (the config refresh on every replica, the others on one replica at a time); remove scope`,
    );
  }
  // A field the override leaves out (usually timeout) keeps its default; a field it sets replaces it.
  const { scope: _none, ...definition } =
    readSchedulerServiceTaskScheduleDefinitionFromConfig(
      new ConfigReader({
        // The defaults here are plain duration objects, which are JSON.
        timeout: fallback.timeout as JsonObject,
        ...config.get<JsonObject>(),
      }),
    );
  return definition;
}

/** Twice the schedule's frequency; a cron or manual schedule falls back to two days. */
function staleAfter(definition: JobSchedule): number {
  const frequency = definition.frequency;
  const isDuration =
    typeof frequency === 'object' &&
    !('cron' in frequency) &&
    !('trigger' in frequency);
  const twoDays = 2 * 86_400_000;
  return isDuration
    ? 2 * durationToMilliseconds(frequency as HumanDuration)
    : twoDays;
}

function readWorkloadOptions(
  config: Config | undefined,
): WorkloadOptions | undefined {
  const roleName = config?.getOptionalString('roleName');
  if (!config || !roleName) return undefined;
  const key = 'amiGovernance.organization.aws.workloads';
  if (!isIamRoleName(roleName))
    throw new Error(
      `${key}.roleName must be an IAM role name such as AmiGovernanceReadOnly (optionally after its path), not "${roleName}"`,
    );
  const regions = config.getOptionalStringArray('regions');
  const badRegion = regions?.find(r => !isAwsRegion(r));
  if (badRegion !== undefined || regions?.length === 0)
    throw new Error(
      `${key}.regions must list AWS region names such as eu-west-1 (or be left out: every enabled region)${
        badRegion === undefined ? '' : `; "${badRegion}" is not one`
      }`,
    );
  const concurrency = config.getOptionalNumber('concurrency') ?? 8;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new Error(
      `amiGovernance.organization.aws.workloads.concurrency must be a whole number of 1 or more, not ${concurrency}`,
    );
  }
  return {
    roleName,
    regions,
    concurrency,
    schedule: schedule(
      config.getOptionalConfig('schedule'),
      `${key}.schedule`,
      {
        frequency: { hours: 6 },
        timeout: { hours: 1 },
      },
    ),
  };
}

export function readPluginOptions(root: Config): PluginOptions {
  const config = root.getConfig('amiGovernance');
  const org = config.getOptionalConfig('organization');
  const source = (org?.getOptionalString('source') ?? 'snapshot') as
    | 'snapshot'
    | 'aws';
  if (source !== 'snapshot' && source !== 'aws') {
    throw new Error(
      `amiGovernance.organization.source must be "snapshot" or "aws", not "${source}"`,
    );
  }
  const orgSchedule = schedule(
    org?.getOptionalConfig('schedule'),
    'amiGovernance.organization.schedule',
    {
      frequency: source === 'aws' ? { hours: 1 } : { minutes: 5 },
      timeout: source === 'aws' ? { minutes: 30 } : { minutes: 1 },
    },
  );
  const aws = org?.getOptionalConfig('aws');
  return {
    configLocation: config.getString('config.location'),
    pipelineUrl: pipelineUrlOf(
      config.getString('config.location'),
      config.getOptionalString('config.pipelineUrl'),
    ),
    configSchedule: schedule(
      config.getOptionalConfig('config.schedule'),
      'amiGovernance.config.schedule',
      {
        frequency: { minutes: 5 },
        timeout: { minutes: 1 },
      },
    ),
    organization: {
      source,
      snapshotLocation: org?.getOptionalString('snapshot'),
      schedule: orgSchedule,
      historySize: org?.getOptionalNumber('historySize') ?? 200,
      maxSnapshotSize: org?.getOptionalString('maxSnapshotSize') ?? '20mb',
      allowEmptySnapshots:
        org?.getOptionalBoolean('allowEmptySnapshots') ?? false,
      aws: {
        region: aws?.getOptionalString('region') ?? 'us-east-1',
        roleArn: aws?.getOptionalString('roleArn'),
        accountId: aws?.getOptionalString('accountId'),
        policyNames: {
          declarative:
            aws?.getOptionalString('policyNames.declarative') ??
            DEFAULT_POLICY_NAMES.declarative,
          scp:
            aws?.getOptionalString('policyNames.scp') ??
            DEFAULT_POLICY_NAMES.scp,
        },
        concurrency: aws?.getOptionalNumber('concurrency') ?? 4,
        workloads: readWorkloadOptions(aws?.getOptionalConfig('workloads')),
      },
    },
    mergeRequestSchedule: schedule(
      config.getOptionalConfig('exceptionRequests.refreshSchedule'),
      'amiGovernance.exceptionRequests.refreshSchedule',
      { frequency: { minutes: 10 }, timeout: { minutes: 2 } },
    ),
    notifications: readNotificationOptions(
      config.getOptionalConfig('notifications'),
    ),
    staleAfterMs: staleAfter(orgSchedule),
    databaseTimeoutMs: config.has('database.timeout')
      ? durationToMilliseconds(
          readDurationFromConfig(config, { key: 'database.timeout' }),
        )
      : 3000,
  };
}
