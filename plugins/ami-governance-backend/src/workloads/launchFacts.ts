import type { LaunchFacts } from '../explain/LaunchExplainer';
import { Clock, systemClock } from '../lib/clock';
import { TABLES } from './tables';
import { WorkloadReads } from './WorkloadReads';

/**
 * What the newest workload collection tells the launch explainer: an account-region's Allowed AMIs
 * setting as AWS reported it, and an AMI's facts as some account described it. Each is one primary-key
 * lookup; undefined before any collection or when nothing was collected for it.
 */
export function workloadLaunchFacts(
  reads: WorkloadReads,
  clock: Clock = systemClock,
): LaunchFacts {
  const knex = reads.queries.knex;
  return {
    async regionSetting(accountId, region) {
      const generation = await reads.serving(clock());
      if (!generation) return undefined;
      const row = await knex(TABLES.regions)
        .where({ collection_id: generation.id, account_id: accountId, region })
        .first();
      if (!row || row.allowed_images_state === null) return undefined;
      return {
        ...(generation.collectedAt && { collectedAt: generation.collectedAt }),
        allowedImages: {
          state: row.allowed_images_state,
          ...(row.allowed_images_managed_by !== null && {
            managedBy: row.allowed_images_managed_by,
          }),
          imageCriteria: JSON.parse(row.allowed_images_criteria ?? '[]'),
        },
      };
    },
    async image(imageId, region) {
      const generation = await reads.serving(clock());
      if (!generation) return undefined;
      const q = knex(TABLES.images).where({
        collection_id: generation.id,
        image_id: imageId,
      });
      if (region) q.where({ region });
      // A described AMI first: another account may have met it without an owner.
      const row = await q.orderByRaw('owner_id is null').first();
      if (!row) return undefined;
      return {
        imageId: row.image_id,
        ...(row.owner_id !== null && { ownerId: row.owner_id }),
        ...(row.owner_alias !== null && { ownerAlias: row.owner_alias }),
        ...(row.name !== null && { name: row.name }),
        ...(row.product_codes !== null && {
          productCodes: JSON.parse(row.product_codes),
        }),
        ...(row.creation_date !== null && { creationDate: row.creation_date }),
        ...(row.deprecation_time !== null && {
          deprecationTime: row.deprecation_time,
        }),
      };
    },
  };
}
