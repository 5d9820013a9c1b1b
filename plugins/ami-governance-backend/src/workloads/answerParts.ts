import {
  BlockedSummary,
  ImageCriterion,
  ImageOwner,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { createHash } from 'node:crypto';
import { snapshotSourceForReaders } from '../config/readLocation';
import type { Evaluation } from './evaluation';
import type { WorkloadFilter } from './WorkloadQueries';
import { WorkloadGeneration } from './WorkloadStore';

/**
 * How many entries the lists beside a page carry (accounts, regions, refusals), as /status does;
 * totals say the rest, and the filters (account, publisher) narrow them.
 */
export const PREVIEW_SIZE = 20;

/** Why a workload answer is not available yet. */
export const NO_WORKLOADS =
  'No workloads collected yet: set amiGovernance.organization.aws.workloads.roleName, or store a snapshot with a workloads section (ami-governance snapshot --workloads).';

/** Said wherever workloads on their own account's AMIs are counted apart. */
export const SELF_OWNED_NOTE =
  "Allowed AMIs always allows an AMI owned by the launching account, so these are never counted as blocked. The SCP's ec2:Owner condition has no such exemption: in an account the SCP governs, launching them is denied unless the account itself is in the allowlist.";

/** Said wherever workloads whose AMI owner is unknown are counted apart. */
export const UNRESOLVED_NOTE =
  'The owner of these AMIs could not be read (deregistered, or hidden from the account by an enabled setting): they are neither counted as blocked nor as allowed.';

const keys = new WeakMap<ImageCriterion[], string>();

/** A stable short name for lists of criteria, for caches (kept per array: criteriaOf reuses them). */
export function criteriaKey(...criteria: ImageCriterion[][]): string {
  const known = criteria.length === 1 ? keys.get(criteria[0]) : undefined;
  if (known) return known;
  const key = createHash('sha256')
    .update(JSON.stringify(criteria))
    .digest('base64url')
    .slice(0, 22);
  if (criteria.length === 1) keys.set(criteria[0], key);
  return key;
}

/** The generation an answer comes from. */
export function generationInfo(g: WorkloadGeneration) {
  return {
    id: g.id,
    source: snapshotSourceForReaders(g.source),
    completedAt: g.completedAt,
    accounts: g.accountCount,
    partial: g.partial,
  };
}

/** The summary with each publisher's owner alias (`amazon`…) where the AMIs gave one. */
export function withAliases(summary: BlockedSummary, owners: ImageOwner[]) {
  const aliases = new Map(owners.map(o => [o.ownerId, o.ownerAlias]));
  return {
    ...summary,
    byPublisher: summary.byPublisher.map(p => {
      const alias = aliases.get(p.publisher);
      return alias && alias !== p.publisher ? { ...p, ownerAlias: alias } : p;
    }),
  };
}

/** The page of workloads an answer carries, with the request's offset and limit. */
export async function workloadPage(
  evaluation: Evaluation,
  filter: WorkloadFilter,
  request: { offset: number; limit: number },
) {
  return {
    ...(await evaluation.page(filter, request.offset, request.limit)),
    offset: request.offset,
    limit: request.limit,
  };
}

/** The first entries of a list, with its length. */
export const preview = <T>(items: T[]) => ({
  total: items.length,
  items: items.slice(0, PREVIEW_SIZE),
});
