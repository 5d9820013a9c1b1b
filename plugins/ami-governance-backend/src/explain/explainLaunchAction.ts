import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { InputError } from '@backstage/errors';
import { parseExplainQuery } from './explainQuery';
import type { LaunchExplainer } from './LaunchExplainer';

/** `ami-governance:explain-launch`: the explainer of GET /explain, for assistants. */
export function registerExplainLaunchAction(
  registry: ActionsRegistryService,
  deps: { explainer: LaunchExplainer },
) {
  registry.register({
    name: 'explain-launch',
    title: 'Can this AWS account launch this AMI?',
    description:
      "Explains whether an AWS account may launch an AMI (by AMI ID, or by its owner: an account ID, amazon or aws-marketplace), layer by layer: the account-region's Allowed AMIs setting and the AMI guardrail SCP; until when the answer holds (an exception's expiry) and what to do when it is refused. Give `on` (YYYY-MM-DD) to ask about a later date.",
    schema: {
      input: z =>
        z.object({
          accountId: z
            .string()
            .describe('The 12-digit AWS account ID that launches'),
          region: z.string().optional().describe('AWS region, e.g. eu-west-1'),
          imageId: z
            .string()
            .optional()
            .describe('The AMI ID, e.g. ami-0abc1234def567890'),
          owner: z
            .string()
            .optional()
            .describe(
              'Instead of imageId: the AMI owner account ID, amazon or aws-marketplace',
            ),
          on: z
            .string()
            .optional()
            .describe('Answer for this UTC date (YYYY-MM-DD) instead of today'),
        }),
      output: z =>
        z.object({
          verdict: z.enum(['allowed', 'audit-only', 'denied', 'unknown']),
          sentence: z.string(),
          asOf: z.string(),
          until: z.string().optional(),
          owner: z.string().optional(),
          allowedImages: z
            .object({
              verdict: z.string(),
              source: z.string(),
              state: z.string().optional(),
              why: z.string(),
            })
            .optional(),
          scp: z
            .object({
              verdict: z.string(),
              owner: z.string().optional(),
              why: z.string(),
            })
            .optional(),
          nextSteps: z.array(z.string()),
        }),
    },
    action: async ({ input }) => {
      const query = parseExplainQuery(input);
      if (!query.ok) throw new InputError(query.error);
      const answer = await deps.explainer.explain(query.value);
      return {
        output: {
          verdict: answer.verdict,
          sentence: answer.sentence,
          asOf: answer.asOf,
          ...(answer.until && { until: answer.until }),
          ...(answer.owner && { owner: answer.owner }),
          ...(answer.layers && {
            allowedImages: answer.layers.allowedImages,
            scp: answer.layers.scp,
          }),
          nextSteps: answer.nextSteps,
        },
      };
    },
  });
}
