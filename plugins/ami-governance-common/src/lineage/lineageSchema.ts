import { z } from 'zod';
import {
  accountIdSchema as accountId,
  instantSchema as instant,
  regionSchema as region,
} from '../lib/awsSchemas';

// The lineage part of a workload report (issue 24): per account-region, the AMIs its instances and
// launch templates use (and, in the ops publisher's account, its whole catalog) with the facts a
// compliance check needs and the ancestry chain GetImageAncestry gave, to the root. Optional
// everywhere: a snapshot pushed before lineage existed stays valid.

/**
 * One ancestor in a chain. `visible: false` is the explicit end of a chain that leaves what the
 * collector can see (an ancestor not shared with it, a repeated link): its ID is known from the
 * link before, nothing else.
 * @public
 */
export const lineageLinkSchema = z.object({
  imageId: z.string().min(1),
  /** Where the AMI lives: the region its descendant names as SourceImageRegion. */
  region: region.optional(),
  visible: z.boolean(),
  ownerId: accountId.optional(),
  ownerAlias: z.string().optional(),
  name: z.string().optional(),
  creationDate: instant.optional(),
  /** Why the chain ends here, for a link that is not visible. */
  reason: z.string().optional(),
});

/** An AMI's own facts and its ancestry, as one account-region saw them. @public */
export const imageLineageSchema = z.object({
  imageId: z.string().min(1),
  ownerId: accountId.optional(),
  ownerAlias: z.string().optional(),
  name: z.string().optional(),
  /** DescribeImages State: available, disabled, deregistered… */
  state: z.string().optional(),
  creationDate: instant.optional(),
  deprecationTime: instant.optional(),
  isPublic: z.boolean().optional(),
  tags: z.record(z.string(), z.string()).optional(),
  /** Every EBS snapshot the AMI maps is encrypted; absent when it maps none (instance store) or was not read. */
  snapshotsEncrypted: z.boolean().optional(),
  sourceImageId: z.string().optional(),
  sourceImageRegion: region.optional(),
  /**
   * The ancestors from the source to the root (the AMI itself left out): empty for a root. Absent
   * when the ancestry could not be read (`ancestryError`).
   */
  ancestry: z.array(lineageLinkSchema).optional(),
  ancestryError: z.object({ code: z.string(), message: z.string() }).optional(),
  /** Listed in the ops golden-AMI publisher's catalog (read in its own account). */
  goldenCatalog: z.boolean().optional(),
});

/**
 * An AMI ID as lineage lookups take it: `ami-` and letters or digits. Looser than EC2's own form (8
 * or 17 hexadecimal digits) on purpose: an ID the graph does not hold is answered "not found".
 * @public
 */
export const LINEAGE_IMAGE_ID_PATTERN = /^ami-[0-9a-zA-Z]{1,64}$/;

/** @public */
export type LineageLink = z.output<typeof lineageLinkSchema>;
/** @public */
export type ImageLineage = z.output<typeof imageLineageSchema>;
