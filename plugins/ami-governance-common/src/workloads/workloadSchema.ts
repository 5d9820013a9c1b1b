import { z } from 'zod';
import {
  accountIdSchema as accountId,
  instantSchema as instant,
  regionSchema as region,
} from '../lib/awsSchemas';
import { imageLineageSchema } from '../lineage/lineageSchema';

// The workloads part of an organization snapshot (format 2): what each member account and region
// really enforces and which AMIs its instances and launch templates use. One report per account, so
// the collector can stream account by account and the store can write each as it comes.

/** An AWS refusal kept with its code, so "not visible" always says why. @public */
export const awsRefusalSchema = z.object({
  /** The AWS error name, e.g. AccessDenied, UnauthorizedOperation, OptInRequired. */
  code: z.string(),
  message: z.string(),
});

/** What an image is, as far as Allowed AMIs and the SCP look at it. @public */
export const workloadImageSchema = z.object({
  imageId: z.string().min(1),
  /** Absent when the AMI could not be described (deregistered, or hidden by `enabled`). */
  ownerId: accountId.optional(),
  ownerAlias: z.string().optional(),
  name: z.string().optional(),
  productCodes: z.array(z.string()).optional(),
  creationDate: instant.optional(),
  deprecationTime: instant.optional(),
  /** AWS's own verdict under the account-region's current setting (DescribeInstanceImageMetadata). */
  imageAllowed: z.boolean().optional(),
  isPublic: z.boolean().optional(),
});

/** @public */
export const workloadInstanceSchema = z.object({
  instanceId: z.string().min(1),
  state: z.string().optional(),
  launchTime: instant.optional(),
  image: workloadImageSchema,
});

/** A launch template version that the next launch uses (`$Default`) or may use (`$Latest`). @public */
export const workloadLaunchTemplateSchema = z.object({
  launchTemplateId: z.string().min(1),
  name: z.string(),
  version: z.number().int().min(1),
  /** Which pointer(s) this version is: default, latest, or both. */
  pointers: z.array(z.enum(['default', 'latest'])).min(1),
  /** Absent when the version names no AMI (or resolves one at launch through an SSM parameter). */
  image: workloadImageSchema.optional(),
});

/** A member-owned AMI that is public: `block_new_sharing` leaves it public. @public */
export const publicImageSchema = z.object({
  imageId: z.string().min(1),
  name: z.string().optional(),
  creationDate: instant.optional(),
});

/** What one account-region enforces and holds. @public */
export const workloadRegionSchema = z.object({
  region,
  /** GetAllowedImagesSettings; absent when it could not be read (see `error`). */
  allowedImages: z
    .object({
      /** EC2 API spelling: `disabled`, `audit-mode` or `enabled`. */
      state: z.string(),
      managedBy: z.string().optional(),
      /** The criteria exactly as the EC2 API returned them (ImageCriteria). */
      imageCriteria: z.array(z.record(z.string(), z.unknown())).default([]),
    })
    .optional(),
  /** GetImageBlockPublicAccessState. */
  imageBlockPublicAccess: z
    .object({ state: z.string(), managedBy: z.string().optional() })
    .optional(),
  instances: z.array(workloadInstanceSchema).default([]),
  launchTemplates: z.array(workloadLaunchTemplateSchema).default([]),
  publicImages: z.array(publicImageSchema).default([]),
  /** The AMIs used here (and the ops publisher's catalog) with their ancestry; absent before lineage was collected. */
  lineage: z.array(imageLineageSchema).optional(),
  /**
   * The ops publisher's whole catalog was read here (DescribeImages Owners=self, deprecated and
   * disabled included): only then can an AMI missing from it be taken as deregistered.
   */
  goldenCatalogRead: z.boolean().optional(),
  /** The region refused (not opted in, access denied…): what is listed above is all that was read. */
  error: awsRefusalSchema.optional(),
});

// One member account's report: its shape is printed once in the API report, inside the snapshot's
// `workloads.accounts`; the exported schema below is typed by what it parses.
const workloadAccountObject = z.object({
  accountId,
  collectedAt: instant,
  /** Set when the role could not be assumed: the account is not visible, `regions` is empty. */
  error: awsRefusalSchema.optional(),
  regions: z.array(workloadRegionSchema).default([]),
});

/** @public */
export const workloadsSchema = z.object({
  /** The role assumed in each member account. */
  roleName: z.string().optional(),
  /**
   * The section covers only some accounts, by intent. Without it, a section that leaves out accounts
   * the stored complete collection has is refused, so a failed collection never replaces a good one.
   */
  partial: z.boolean().optional(),
  accounts: z.array(workloadAccountObject),
});

/** @public */
export type AwsRefusal = z.output<typeof awsRefusalSchema>;
/** @public */
export type WorkloadImage = z.output<typeof workloadImageSchema>;
/** @public */
export type WorkloadInstance = z.output<typeof workloadInstanceSchema>;
/** @public */
export type WorkloadLaunchTemplate = z.output<
  typeof workloadLaunchTemplateSchema
>;
/** @public */
export type PublicImage = z.output<typeof publicImageSchema>;
/** @public */
export type WorkloadRegion = z.output<typeof workloadRegionSchema>;
/** @public */
export type WorkloadAccountReport = z.output<typeof workloadAccountObject>;
/** One member account's report, as the workload collector writes it. @public */
export const workloadAccountSchema: z.ZodType<WorkloadAccountReport> =
  workloadAccountObject;
/** @public */
export type WorkloadsSnapshot = z.output<typeof workloadsSchema>;
