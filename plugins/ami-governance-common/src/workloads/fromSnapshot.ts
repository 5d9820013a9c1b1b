import type { ImageFacts } from './imageAllowed';
import type { Workload } from './impact';
import type {
  WorkloadAccountReport,
  WorkloadImage,
} from './workloadSchema';

/**
 * The facts Allowed AMIs and the SCP judge, or undefined when the owner is unknown (the AMI could
 * not be described): such a workload is reported as unresolved, never guessed allowed or blocked.
 * @public
 */
export function imageFactsOf(image: WorkloadImage): ImageFacts | undefined {
  if (!image.ownerId) return undefined;
  return {
    imageId: image.imageId,
    ownerId: image.ownerId,
    ...(image.ownerAlias !== undefined && { ownerAlias: image.ownerAlias }),
    ...(image.name !== undefined && { name: image.name }),
    ...(image.productCodes !== undefined && {
      productCodes: image.productCodes,
    }),
    ...(image.creationDate !== undefined && {
      creationDate: image.creationDate,
    }),
    ...(image.deprecationTime !== undefined && {
      deprecationTime: image.deprecationTime,
    }),
  };
}

/** `lt-…:version`, the ID a launch template version has as a workload. @public */
export const launchTemplateWorkloadId = (id: string, version: number) =>
  `${id}:${version}`;

/**
 * Every instance and launch template version of the reports as a workload, lazily (reports may be
 * streamed). Workloads whose AMI owner is unknown are skipped; count them with `unresolvedWorkloads`.
 * @public
 */
export function* workloadsOf(
  reports: Iterable<WorkloadAccountReport>,
): Generator<Workload> {
  for (const { accountId, regions } of reports) {
    for (const { region, instances, launchTemplates } of regions) {
      for (const instance of instances) {
        const image = imageFactsOf(instance.image);
        if (image)
          yield {
            kind: 'instance',
            id: instance.instanceId,
            accountId,
            region,
            image,
          };
      }
      for (const template of launchTemplates) {
        const image = template.image && imageFactsOf(template.image);
        if (image)
          yield {
            kind: 'launch-template',
            id: launchTemplateWorkloadId(
              template.launchTemplateId,
              template.version,
            ),
            accountId,
            region,
            image,
          };
      }
    }
  }
}

/** Instances and launch template versions whose AMI owner could not be resolved. @public */
export function unresolvedWorkloads(reports: Iterable<WorkloadAccountReport>): {
  instances: number;
  launchTemplates: number;
} {
  let instances = 0;
  let launchTemplates = 0;
  for (const { regions } of reports)
    for (const r of regions) {
      instances += r.instances.filter(i => !i.image.ownerId).length;
      launchTemplates += r.launchTemplates.filter(
        t => t.image && !t.image.ownerId,
      ).length;
    }
  return { instances, launchTemplates };
}
