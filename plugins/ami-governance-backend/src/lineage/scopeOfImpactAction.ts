import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { isError, NotFoundError } from '@backstage/errors';
import { NO_WORKLOADS } from '../workloads/answerParts';
import type { Clock } from '../lib/clock';
import type { WorkloadReads } from '../workloads/WorkloadReads';
import { descendantsAnswer, imageIdParam } from './lineageAnswers';
import type { LineageStore } from './LineageStore';

/** The first 20 workloads: an assistant wants the picture, the route has the pages. */
const FIRST_PAGE = { offset: 0, limit: 20 };

/**
 * `ami-governance:image-scope-of-impact` (GET /images/{imageId}/descendants) for assistants:
 * read-only, authorized as the read routes through the registry it is given (readActionsRegistry).
 */
export function registerScopeOfImpactAction(
  registry: ActionsRegistryService,
  deps: { workloads: WorkloadReads; lineage: LineageStore; clock: Clock },
) {
  registry.register({
    name: 'image-scope-of-impact',
    title: 'What a compromised AMI reaches',
    description:
      'The scope of impact of an AMI (e.g. the day a CVE lands in a base image): every collected AMI derived from it through the AMI lineage, and the EC2 instances and launch template versions that use it or one of them, with account, region and owner, from the newest workload collection.',
    schema: {
      input: z =>
        z.object({
          imageId: z
            .string()
            .describe('The AMI ID, e.g. ami-0123456789abcdef0'),
        }),
      output: z =>
        z
          .object({
            available: z
              .boolean()
              .describe('false until workloads were collected'),
            reason: z.string().optional(),
          })
          .passthrough(),
    },
    action: async ({ input }) => {
      const imageId = imageIdParam(input.imageId);
      const generation = await deps.workloads.serving(deps.clock());
      if (!generation)
        return { output: { available: false, reason: NO_WORKLOADS } };
      try {
        const answer = await descendantsAnswer(
          deps.lineage,
          generation,
          imageId,
          FIRST_PAGE,
        );
        return { output: { available: true, ...answer } };
      } catch (e) {
        // An assistant is told, not failed: the AMI was never met by a collection with lineage.
        if (isError(e) && e.name === NotFoundError.name)
          return { output: { available: false, reason: e.message } };
        throw e;
      }
    },
  });
}
