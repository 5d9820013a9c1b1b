import type {
  ApiComponents,
  ApiQuery,
  ApiResponse,
} from '@ami-governance/backstage-plugin-ami-governance-common';

// The lineage routes (/images/{imageId}, /images/{imageId}/descendants, /provenance), read from the
// types generated from the OpenAPI document. Each answer says its source and collection time.

/** golden, golden-derived, foreign or unknown. @public */
export type ImageProvenance = ApiComponents['schemas']['Provenance'];
/** Instances and launch templates per provenance. @public */
export type ProvenanceCounts = ApiComponents['schemas']['ProvenanceCounts'];
/** Whether the owner of an AMI is allowed as of today, and which entry lists it. @public */
export type AllowlistStanding = ApiComponents['schemas']['AllowlistStanding'];
/** What the config's Allowed AMIs criteria say of launching the AMI in another account. @public */
export type ImageCriteriaStanding =
  ApiComponents['schemas']['ImageCriteriaStanding'];
/** One link of an AMI's chain to its root. @public */
export type LineageLink = ApiComponents['schemas']['LineageLink'];
/** `GET /images/{imageId}`: facts, chain, provenance, compliance, usage, timeline. @public */
export type ImageLineageResponse = ApiResponse<'GetImageLineage'>;
/** `GET /images/{imageId}/descendants` page. @public */
export type ImageDescendantsQuery = { offset?: number; limit?: number };
/** `GET /images/{imageId}/descendants`: the scope of impact, paged, with totals. @public */
export type ImageDescendantsResponse = ApiResponse<'GetImageDescendants'>;
/** A workload in an AMI's scope of impact. @public */
export type ScopeWorkload = NonNullable<
  ImageDescendantsResponse['items']
>[number];
/** `GET /provenance` filters and page. @public */
export type ProvenanceQuery = Omit<
  ApiQuery<'GetProvenance'>,
  'offset' | 'limit'
> & { offset?: number; limit?: number };
/** `GET /provenance`: per account, workloads by provenance; organization totals. @public */
export type ProvenanceResponse = ApiResponse<'GetProvenance'>;
/** One account's workloads by provenance. @public */
export type AccountProvenance = NonNullable<
  ProvenanceResponse['items']
>[number];
