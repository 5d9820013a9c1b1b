import type {
  OrganizationNode,
  PolicyGovernance,
  PublisherImpact,
  RegionSettingProblem,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import type { ConfigError, PageInfo, PageQuery } from './types';

/**
 * Shapes of the workload routes (/readiness, /impact, /usage, /accounts/{id}, /public-images) of
 * plugins/ami-governance-backend/src/schema/openapi.yaml. Every answer says `available: false`, with
 * a `reason`, before the first workload collection.
 */

/** Instances and launch template versions. @public */
export type WorkloadCounts = { instances: number; launchTemplates: number };

/** Workloads an answer counts apart, with why. @public */
export type NotedCounts = WorkloadCounts & { note: string };

/** The workload collection an answer was read from. @public */
export type WorkloadGenerationInfo = {
  id: number;
  source: string;
  completedAt: string | null;
  accounts: number;
};

/** An instance, or a launch template version (`lt-…:version`) its next launch uses. @public */
export type WorkloadItem = {
  kind: 'instance' | 'launch-template';
  id: string;
  accountId: string;
  region: string;
  imageId: string;
  /** The AMI owner's account ID. */
  publisher: string;
  ownerAlias?: string;
  imageName?: string;
  state?: string;
  launchTime?: string;
  /** AWS's own verdict under the account-region's current setting. */
  imageAllowed?: boolean;
  launchTemplateId?: string;
  launchTemplateName?: string;
  version?: number;
  pointers?: string[];
};

/** Blocked workloads of one account. @public */
export type AccountWorkloadImpact = WorkloadCounts & {
  accountId: string;
  publishers: string[];
};

/** Publisher of a blocked workload, with its owner alias when AWS gave one. @public */
export type WorkloadPublisherImpact = PublisherImpact & { ownerAlias?: string };

/** What /readiness and /impact share, once workloads were collected. @public */
export type WorkloadAnswerBody = {
  today: string;
  configError?: ConfigError | null;
  collectionError: string | null;
  collectedAt: string | null;
  generation: WorkloadGenerationInfo;
  blocked: WorkloadCounts;
  /** Accounts with a blocked workload. */
  accounts: number;
  byPublisher: WorkloadPublisherImpact[];
  byAccount: { total: number; items: AccountWorkloadImpact[] };
  unresolved: NotedCounts;
  selfOwned: NotedCounts;
  workloads: PageInfo & { items: WorkloadItem[] };
};

/** Before the first workload collection. @public */
export type WorkloadsUnavailable = {
  available: false;
  reason: string;
  collectionError?: string | null;
  configError?: ConfigError | null;
};

/** An account-region whose Allowed AMIs setting is not what the deployed policy produces. @public */
export type RegionNotEnforcing = {
  accountId: string;
  region: string;
  state: string;
  managedBy?: string;
  problems: RegionSettingProblem[];
};

/** An account whose role could not be assumed, or a region that refused, with AWS's error. @public */
export type NotVisibleEntry = {
  accountId: string;
  region?: string;
  code: string;
  message: string;
};

/** @public */
export type NotVisibleList = { total: number; items: NotVisibleEntry[] };

/** `GET /readiness`: what `enabled` would block today. @public */
export type ReadinessResponse =
  | WorkloadsUnavailable
  | (WorkloadAnswerBody & {
      available: true;
      enforcementMode: 'audit_mode' | 'enabled';
      regionsNotEnforcing: {
        total: number;
        /** Account-regions whose setting was read; the others in it report the expected state. */
        read: number;
        byProblem: {
          notManagedByPolicy: number;
          otherState: number;
          otherCriteria: number;
        };
        items: RegionNotEnforcing[];
      };
      notVisible: { accounts: NotVisibleList; regions: NotVisibleList };
    });

/** `GET /readiness` and `GET /impact` filters and page. @public */
export type WorkloadQuery = PageQuery & {
  publisher?: string;
  account?: string;
};

/** `GET /impact` query: `on` a later date (YYYY-MM-DD), or without `publisher`, or both. @public */
export type ImpactQuery = WorkloadQuery & { on?: string };

/** `GET /impact`: what stops being allowed compared with today's allowlist. @public */
export type ImpactResponse =
  | WorkloadsUnavailable
  | (WorkloadAnswerBody & {
      available: true;
      on: string;
      nextExpiry: string | null;
      lapsing: { provider: string; expiresOn: string }[];
      publisher?: { provider: string; inAllowlistToday: boolean };
    });

/** How many workloads use one publisher's AMIs, and for an exception what its lapse blocks. @public */
export type PublisherUsage = WorkloadCounts & {
  /** The provider as the config writes it (account ID or owner alias). */
  provider: string;
  accounts: number;
  /** For an exception still in force: what is blocked the day after it expires. */
  atExpiry?: WorkloadCounts & { on: string; accounts: number };
};

/** `GET /usage` answer, for the providers asked. @public */
export type UsageResponse =
  | WorkloadsUnavailable
  | {
      available: true;
      today: string;
      collectedAt: string | null;
      collectionError: string | null;
      generation: WorkloadGenerationInfo;
      items: PublisherUsage[];
    };

/** A member-owned AMI that is still public. @public */
export type PublicImageItem = {
  accountId: string;
  region: string;
  imageId: string;
  name?: string;
  creationDate?: string;
};

/** `GET /public-images` query. @public */
export type PublicImagesQuery = PageQuery & {
  account?: string;
  region?: string;
};

/** `GET /public-images`. @public */
export type PublicImagesResponse = PageInfo & {
  available: boolean;
  reason?: string;
  collectedAt?: string | null;
  collectionError?: string | null;
  note?: string;
  items: PublicImageItem[];
};

/** One region of an account as the newest workload collection read it. @public */
export type AccountRegionStanding = {
  region: string;
  allowedImages?: {
    state: string;
    managedBy: string | null;
    criteria: object[];
  };
  problems?: RegionSettingProblem[];
  imageBlockPublicAccess?: { state: string; managedBy: string | null };
  error?: { code: string; message: string };
};

/** `GET /accounts/{accountId}`: one account's standing. @public */
export type AccountStandingResponse = {
  available: boolean;
  reason?: string;
  accountId: string;
  inOrganization: boolean;
  name?: string;
  status?: string;
  managementAccount?: boolean;
  path?: OrganizationNode[];
  policies?: {
    declarativePolicy: PolicyGovernance | null;
    scp: PolicyGovernance | null;
  };
  today?: string;
  configError?: ConfigError | null;
  collectionError?: string | null;
  collectedAt?: string | null;
  generation?: WorkloadGenerationInfo;
  /** False when the newest workload collection does not hold the account. */
  collected?: boolean;
  visibility?: {
    visible: boolean;
    error?: { code: string; message: string };
    refusedRegions: string[];
  };
  regions?: AccountRegionStanding[];
  blocked?: WorkloadCounts;
  byPublisher?: WorkloadPublisherImpact[];
  unresolved?: NotedCounts;
  selfOwned?: NotedCounts;
  workloads?: PageInfo & { items: WorkloadItem[] };
  publicImages?: { total: number; items: PublicImageItem[] };
};
