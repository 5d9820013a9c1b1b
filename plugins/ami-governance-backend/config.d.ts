import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';
import { HumanDuration } from '@backstage/types';

/**
 * When a task runs: `frequency` (or `cron`), `timeout`, `initialDelay`. Never `scope`: where it runs is
 * the job's own (the config refresh on every replica, the others on one replica at a time), and a
 * schedule that sets it stops the backend naming the key.
 */
type JobScheduleConfig = Omit<
  SchedulerServiceTaskScheduleDefinitionConfig,
  'scope'
>;

export interface Config {
  /** AMI governance: where the governance config and the organization status come from. */
  amiGovernance?: {
    config: {
      /**
       * `config/ami_publishers.json`: a file path (relative to the backend's working directory) or a
       * URL any configured UrlReader can read, e.g. a GitLab blob URL.
       */
      location: string;
      /**
       * How often to re-read it, on every replica (each keeps its copy in memory). Default: every 5
       * minutes, 1 minute timeout. The defaults are in code, not in a shipped config file, so each field
       * you set replaces its default (never merges with it).
       */
      schedule?: JobScheduleConfig;
      /**
       * Where the pipeline that applies the policies runs, linked from the policy cards when Git is ahead
       * of AWS. Default: the project's pipelines on the config's ref, for a GitLab blob or raw URL.
       */
      pipelineUrl?: string;
    };
    /** Notifications through @backstage/plugin-notifications-backend (install it in the backend). */
    notifications?: {
      /** Default true. */
      enabled?: boolean;
      /** Days before an exception's expiry its requester is told, besides the day it lapses. Default [14, 7, 1]. */
      expiryDays?: number[];
      /** When the expiry countdown runs. Default: daily (one replica). */
      schedule?: JobScheduleConfig;
      /** Entity ref of the platform engineers' group, told once of new drift and of worse readiness, e.g. `group:default/platform`. Unset: nobody. */
      platformGroup?: string;
    };
    exceptionRequests?: {
      /**
       * How often open requests' states are refreshed: from GitLab for merge requests, and from the
       * repository itself for branches of `localRepository` (the scaffolder module's setting, with its
       * `targetBranch` and `configPath`). Default: every 10 minutes, 2 minute timeout.
       */
      refreshSchedule?: JobScheduleConfig;
    };
    organization?: {
      /** `snapshot` reads a snapshot file or URL (and accepts POST /snapshots); `aws` collects from AWS Organizations. Default `snapshot`. */
      source?: 'snapshot' | 'aws';
      /** Snapshot file path or URL, for source `snapshot`. Optional: without it only pushed snapshots are shown. */
      snapshot?: string;
      /** How often to read the snapshot or collect. Default: every 5 minutes for snapshot, 1 hour for aws. */
      schedule?: JobScheduleConfig;
      /** Snapshots kept in the database, for "drifted since". Default 200. */
      historySize?: number;
      /** Largest accepted POST /snapshots body, e.g. `10mb`; larger bodies get 413. Default `20mb`. */
      maxSnapshotSize?: string;
      /** Store snapshots of an organization with no accounts (normally a failed collection). Default false. */
      allowEmptySnapshots?: boolean;
      aws?: {
        /** Region of the Organizations endpoint. Default `us-east-1`. */
        region?: string;
        /** Role to assume in the management or delegated administrator account. Without it: the default credential chain, or `accountId` through the `aws` integration config. */
        roleArn?: string;
        /** Account whose credentials to use from the `aws.accounts` integration config (@backstage/integration-aws-node). */
        accountId?: string;
        /** The deployed policies, by name or by ID (`p-…`). Defaults: the runbook's names, `ami-governance-declarative-policy` and `scp-ami-guardrail` (what `ami-governance apply` creates). */
        policyNames?: { declarative?: string; scp?: string };
        /** Parallel AWS calls for per-account work. Default 4. */
        concurrency?: number;
        /**
         * Workloads: what each member account and region enforces (Allowed AMIs, image block public
         * access) and which AMIs its instances and launch templates use, read through a role in each
         * member account. Collected only when `roleName` is set, from the ACTIVE accounts of the newest
         * organization snapshot; served by GET /readiness, /impact, /accounts/{accountId} and
         * /public-images. Alternatively, store a snapshot that carries a `workloads` section.
         */
        workloads?: {
          /**
           * The read-only role assumed in every member account (`arn:aws:iam::<account>:role/<roleName>`),
           * with the backend's own AWS credentials (the SDK's default chain). An account where it cannot
           * be assumed is reported as not visible, with the AWS error.
           */
          roleName?: string;
          /** Regions to read in each account. Default: every region enabled in the account. */
          regions?: string[];
          /** Accounts read at once. Default 8. */
          concurrency?: number;
          /** How often to collect (one replica at a time). Default: every 6 hours, 1 hour timeout. */
          schedule?: JobScheduleConfig;
        };
      };
    };
    database?: {
      /**
       * How long a read waits for the plugin's database before it is answered without it: the last
       * answer to the same request marked `degraded`, or 503. E.g. `{ seconds: 3 }` (the default) or `3s`.
       */
      timeout?: HumanDuration | string;
    };
  };
}
