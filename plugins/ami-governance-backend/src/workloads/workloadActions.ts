import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { ServiceUnavailableError } from '@backstage/errors';
import {
  GovernanceConfig,
  utcDateOf,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { accountParam, dateParam, publisherParam } from './workloadParams';
import { Clock } from '../lib/clock';
import { accountAnswer } from './accountAnswer';
import { NO_WORKLOADS } from './answerParts';
import { impactAnswer } from './impactAnswer';
import type { WorkloadReads } from './WorkloadReads';

type Deps = {
  config: () => GovernanceConfig | undefined;
  workloads: WorkloadReads;
  clock: Clock;
};

/** The first 20 workloads: an assistant wants the picture, the page has the lists. */
const FIRST_PAGE = { offset: 0, limit: 20 };

function readConfig(deps: Deps) {
  const config = deps.config();
  if (!config)
    throw new ServiceUnavailableError('No governance config has been read yet');
  const now = deps.clock();
  return { config, now, today: utcDateOf(now) };
}

/** The answer's JSON as the routes give it: the same functions build both. */
const answerSchema = (z: any) =>
  z
    .object({
      available: z.boolean().describe('false until workloads were collected'),
      reason: z.string().optional(),
    })
    .passthrough();

/**
 * `ami-governance:exception-impact` (GET /impact) and `ami-governance:account-standing`
 * (GET /accounts/{id}) for assistants.
 */
export function registerWorkloadActions(
  registry: ActionsRegistryService,
  deps: Deps,
) {
  registry.register({
    name: 'exception-impact',
    title: 'What an exception expiry or a publisher removal would break',
    description:
      'Lists the EC2 instances and launch templates whose AMIs stop being allowed on a date (exceptions lapse the day after their expires_on; default: the day after the next expiry) or without one publisher, grouped by publisher and account, from the newest workload collection.',
    schema: {
      input: z =>
        z.object({
          on: z
            .string()
            .optional()
            .describe('A UTC date YYYY-MM-DD, today or later'),
          publisher: z
            .string()
            .optional()
            .describe(
              'A publisher taken out of the allowlist: account ID or owner alias',
            ),
        }),
      output: answerSchema,
    },
    action: async ({ input }) => {
      const { config, now, today } = readConfig(deps);
      const on = dateParam(input.on, today);
      const publisher = publisherParam(input.publisher);
      const generation = await deps.workloads.serving(now);
      if (!generation)
        return { output: { available: false, reason: NO_WORKLOADS } };
      const answer = await impactAnswer(
        deps.workloads,
        generation,
        config,
        today,
        now,
        { on, publisher },
        FIRST_PAGE,
      );
      return { output: answer };
    },
  });

  registry.register({
    name: 'account-standing',
    title: "An AWS account's AMI governance standing",
    description:
      'One AWS account: its OU path, the AMI policies that govern it, its Allowed AMIs setting per region and what is wrong with it, its instances and launch templates whose AMIs are not allowed, the public AMIs it owns, and what could not be read.',
    schema: {
      input: z =>
        z.object({
          accountId: z.string().describe('The 12-digit AWS account ID'),
        }),
      output: answerSchema,
    },
    action: async ({ input }) => {
      const { config, now, today } = readConfig(deps);
      const accountId = accountParam(input.accountId, 'accountId')!;
      const answer = await accountAnswer(
        deps.workloads,
        await deps.workloads.serving(now),
        await deps.workloads.latestOrganization(now),
        config,
        today,
        now,
        { accountId, ...FIRST_PAGE },
      );
      return {
        output: answer ?? {
          available: false,
          reason: `Account ${accountId} is neither in the newest organization snapshot nor in the workload collection`,
        },
      };
    },
  });
}
