import {
  WorkloadAccountReport,
  WorkloadImage,
} from '@ami-governance/backstage-plugin-ami-governance-common';

type ImageRow = {
  collection_id: number;
  region: string;
  image_id: string;
  owner_id: string | null;
  owner_alias: string | null;
  name: string | null;
  product_codes: string | null;
  creation_date: string | null;
  deprecation_time: string | null;
};

function imageRow(
  collection_id: number,
  region: string,
  image: WorkloadImage,
): ImageRow {
  return {
    collection_id,
    region,
    image_id: image.imageId,
    owner_id: image.ownerId ?? null,
    owner_alias: image.ownerAlias ?? null,
    name: image.name ?? null,
    product_codes: image.productCodes
      ? JSON.stringify(image.productCodes)
      : null,
    creation_date: image.creationDate ?? null,
    deprecation_time: image.deprecationTime ?? null,
  };
}

/** The rows one account's report becomes in one generation, its AMIs once each (resolved first). */
export function rowsOf(collection_id: number, report: WorkloadAccountReport) {
  const account_id = report.accountId;
  const images = new Map<string, ImageRow>();
  const seen = (region: string, image: WorkloadImage) => {
    const key = `${region}|${image.imageId}`;
    const known = images.get(key);
    // An AMI one call could not describe may be described by another: keep the one with an owner.
    if (!known || (!known.owner_id && image.ownerId))
      images.set(key, imageRow(collection_id, region, image));
  };
  const rows = {
    account: {
      collection_id,
      account_id,
      collected_at: report.collectedAt,
      error_code: report.error?.code ?? null,
      error_message: report.error?.message ?? null,
    },
    regions: [] as Record<string, unknown>[],
    instances: [] as Record<string, unknown>[],
    launchTemplates: [] as Record<string, unknown>[],
    publicImages: [] as Record<string, unknown>[],
    images: [] as ImageRow[],
  };
  for (const r of report.regions) {
    const { region } = r;
    rows.regions.push({
      collection_id,
      account_id,
      region,
      allowed_images_state: r.allowedImages?.state ?? null,
      allowed_images_managed_by: r.allowedImages?.managedBy ?? null,
      allowed_images_criteria: r.allowedImages
        ? JSON.stringify(r.allowedImages.imageCriteria)
        : null,
      public_access_state: r.imageBlockPublicAccess?.state ?? null,
      public_access_managed_by: r.imageBlockPublicAccess?.managedBy ?? null,
      error_code: r.error?.code ?? null,
      error_message: r.error?.message ?? null,
    });
    for (const i of r.instances) {
      seen(region, i.image);
      rows.instances.push({
        collection_id,
        account_id,
        region,
        instance_id: i.instanceId,
        image_id: i.image.imageId,
        owner_id: i.image.ownerId ?? null,
        image_allowed: i.image.imageAllowed ?? null,
        state: i.state ?? null,
        launch_time: i.launchTime ?? null,
      });
    }
    for (const t of r.launchTemplates) {
      if (t.image) seen(region, t.image);
      rows.launchTemplates.push({
        collection_id,
        account_id,
        region,
        launch_template_id: t.launchTemplateId,
        name: t.name,
        version: t.version,
        pointers: [...new Set(t.pointers)].sort().join(','),
        image_id: t.image?.imageId ?? null,
        owner_id: t.image?.ownerId ?? null,
      });
    }
    for (const p of r.publicImages) {
      rows.publicImages.push({
        collection_id,
        account_id,
        region,
        image_id: p.imageId,
        name: p.name ?? null,
        creation_date: p.creationDate ?? null,
      });
    }
  }
  rows.images = [...images.values()];
  return rows;
}
