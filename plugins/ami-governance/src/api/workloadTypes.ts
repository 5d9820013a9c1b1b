import type {
  ApiComponents,
  ApiQuery,
  ApiResponse,
} from '@ami-governance/backstage-plugin-ami-governance-common';

// The workload routes (/readiness, /impact, /usage, /accounts/{id}, /public-images), read from the
// types generated from the OpenAPI document: every answer is `available: false` with a `reason`
// before the first workload collection.

type Schemas = ApiComponents['schemas'];
type Collected<T> = Extract<T, { available: true }>;

/** Instances and launch template versions. @public */
export type WorkloadCounts = Schemas['Counts'];
/** Workloads an answer counts apart, with why. @public */
export type NotedCounts = Schemas['NotedCounts'];
/** Which accounts of the organization a readiness answer covers. @public */
export type WorkloadCoverage = Schemas['Coverage'];
/** The workload collection an answer was read from. @public */
export type WorkloadGenerationInfo = Schemas['WorkloadGeneration'];
/** An instance, or a launch template version (`lt-…:version`) its next launch uses. @public */
export type WorkloadItem = Schemas['Workload'];
/** Publisher of blocked workloads, with its owner alias when AWS gave one. @public */
export type WorkloadPublisherImpact = Schemas['PublisherImpact'];
/** What /readiness and /impact share, once workloads were collected. @public */
export type WorkloadAnswerBody = Schemas['WorkloadAnswer'];
/** Blocked workloads of one account. @public */
export type AccountWorkloadImpact =
  WorkloadAnswerBody['byAccount']['items'][number];
/** Every workload answer before the first collection. @public */
export type WorkloadsUnavailable = Schemas['WorkloadsUnavailable'];
/** @public */
export type NotVisibleList = Schemas['NotVisibleList'];
/** An account whose role could not be assumed, or a region that refused, with AWS's error. @public */
export type NotVisibleEntry = NotVisibleList['items'][number];
/** An account-region whose Allowed AMIs setting is not what the deployed policy produces. @public */
export type RegionNotEnforcing =
  Schemas['RegionsNotEnforcing']['items'][number];

/** `GET /readiness`: what `enabled` would block today. @public */
export type ReadinessResponse = ApiResponse<'GetReadiness'>;
/** A readiness answer once workloads were collected. @public */
export type CollectedReadiness = Collected<ReadinessResponse>;
/** `GET /readiness` filters and page. @public */
export type WorkloadQuery = ApiQuery<'GetReadiness'>;
/** `GET /impact` query: `on` a later date (YYYY-MM-DD), or without `publisher`, or both. @public */
export type ImpactQuery = ApiQuery<'GetImpact'>;
/** `GET /impact`: what stops being allowed compared with today's allowlist. @public */
export type ImpactResponse = ApiResponse<'GetImpact'>;
/** `GET /usage` answer, for the providers asked. @public */
export type UsageResponse = ApiResponse<'GetUsage'>;
/** How many workloads use one publisher's AMIs, and for an exception what its lapse blocks. @public */
export type PublisherUsage = Collected<UsageResponse>['items'][number];
/** A member-owned AMI that is still public. @public */
export type PublicImageItem = Schemas['PublicImage'];
/** `GET /public-images` query. @public */
export type PublicImagesQuery = ApiQuery<'GetPublicImages'>;
/** `GET /public-images`. @public */
export type PublicImagesResponse = ApiResponse<'GetPublicImages'>;
/** `GET /accounts/{accountId}`: one account's standing. @public */
export type AccountStandingResponse = ApiResponse<'GetAccountStanding'>;
/** One region of an account as the newest workload collection read it. @public */
export type AccountRegionStanding = NonNullable<
  AccountStandingResponse['regions']
>[number];
