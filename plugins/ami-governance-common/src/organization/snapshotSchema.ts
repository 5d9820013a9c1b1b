import { z } from 'zod';
import { ACCOUNT_ID_PATTERN } from '../lib/accounts';
import { workloadsSchema } from '../workloads/workloadSchema';

// The organization snapshot: what the collector read from AWS Organizations at one moment. One
// documented JSON format (docs/backend.md) shared by the collector, the CLI's `snapshot` command,
// snapshot files and `POST /snapshots`. Bump `version` on any incompatible change.

/** The format written; 2 added the optional `workloads` section. @public */
export const SNAPSHOT_FORMAT_VERSION = 2;

/** Every format still read: a format-1 snapshot is a format-2 one without workloads. @public */
export const READABLE_SNAPSHOT_FORMAT_VERSIONS = [1, 2] as const;

const accountId = z
  .string()
  .regex(ACCOUNT_ID_PATTERN, { error: 'must be a 12-digit account ID string' });
const nodeId = z.string().min(1, {
  error: 'must be an Organizations ID (r-…, ou-…, or a 12-digit account ID)',
});

/** @public */
export const targetTypeSchema = z.enum([
  'ROOT',
  'ORGANIZATIONAL_UNIT',
  'ACCOUNT',
]);

/** @public */
export type TargetType = z.infer<typeof targetTypeSchema>;

const deployedPolicySchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  arn: z.string().optional(),
  /** The policy document exactly as DescribePolicy returned it. */
  content: z.string(),
  targets: z.array(
    z.object({ targetId: nodeId, name: z.string(), type: targetTypeSchema }),
  ),
});

/** A part of the collection that failed, so a gap is labelled and never silent. @public */
export const collectionErrorSchema = z.object({
  /** What could not be read: `organization`, `roots`, `accounts`, `policies.scp`, `account:111122223333`… */
  scope: z.string(),
  /** The AWS error name, e.g. AccessDeniedException, TooManyRequestsException. */
  code: z.string().optional(),
  message: z.string(),
});

const organizationSnapshotObject = z.object({
  version: z.literal(READABLE_SNAPSHOT_FORMAT_VERSIONS, {
    error: `must be ${READABLE_SNAPSHOT_FORMAT_VERSIONS.join(
      ' or ',
    )}; this portal reads snapshot formats ${READABLE_SNAPSHOT_FORMAT_VERSIONS.join(
      ' and ',
    )}`,
  }),
  /** ISO 8601 timestamp of the end of the collection. */
  collectedAt: z.iso.datetime({
    offset: true,
    error: 'must be an ISO 8601 timestamp, e.g. 2026-11-23T08:00:00Z',
  }),
  organization: z.object({ id: z.string(), managementAccountId: accountId }),
  roots: z.array(z.object({ id: nodeId, name: z.string() })),
  organizationalUnits: z.array(
    z.object({ id: nodeId, name: z.string(), parentId: nodeId }),
  ),
  accounts: z.array(
    z.object({
      id: accountId,
      name: z.string(),
      /** The root or OU the account sits in directly. */
      parentId: nodeId,
      status: z.string().optional(),
      /** DescribeEffectivePolicy(DECLARATIVE_POLICY_EC2) content, when it could be read. */
      effectiveDeclarativePolicy: z.string().optional(),
      /** Why the effective policy is unknown (none attached, access denied, …). */
      effectivePolicyError: z.string().optional(),
      /** The account's tags (ListTagsForResource), by key; the catalog module reads its owner from one. */
      tags: z.record(z.string(), z.string()).optional(),
    }),
  ),
  policies: z.object({
    declarativePolicy: deployedPolicySchema.nullable(),
    scp: deployedPolicySchema.nullable(),
  }),
  errors: z.array(collectionErrorSchema).default([]),
  /** Format 2: what each account-region enforces and which AMIs its workloads use (`--workloads`). */
  workloads: workloadsSchema.optional(),
});

/** @public */
export type OrganizationSnapshot = z.output<typeof organizationSnapshotObject>;

/**
 * An organization snapshot as the collector writes it and the backend stores it. Typed by what it
 * parses, so the API report names the result instead of restating the schema.
 * @public
 */
export const organizationSnapshotSchema: z.ZodType<OrganizationSnapshot> =
  organizationSnapshotObject;

/** @public */
export type SnapshotAccount = OrganizationSnapshot['accounts'][number];

/** @public */
export type DeployedPolicy = NonNullable<
  OrganizationSnapshot['policies']['scp']
>;

/** @public */
export type CollectionError = z.output<typeof collectionErrorSchema>;
