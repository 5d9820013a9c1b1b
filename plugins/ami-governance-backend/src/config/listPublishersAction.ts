import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { ServiceUnavailableError } from '@backstage/errors';
import {
  describeCountdown,
  GovernanceConfig,
  listPublishers,
  utcDateOf,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { Clock } from '../lib/clock';

/** `ami-governance:list-publishers`: who may publish AMIs today, each exception with its countdown. */
export function registerListPublishersAction(
  registry: ActionsRegistryService,
  deps: { config: () => GovernanceConfig | undefined; clock: Clock },
) {
  registry.register({
    name: 'list-publishers',
    title: 'List AMI publishers and exceptions',
    description:
      'Lists the AWS accounts and owner aliases whose AMIs may be launched in the organization: the ops golden-AMI publisher, vendors, aliases and time-bound exceptions with their expiry date and status (active, expiring, expired) as of today.',
    schema: {
      input: z =>
        z.object({
          category: z
            .enum(['ops', 'vendor', 'exception', 'alias'])
            .optional()
            .describe('Only publishers of this category'),
        }),
      output: z =>
        z.object({
          today: z.string().describe('The UTC date the statuses are as of'),
          publishers: z.array(
            z.object({
              provider: z
                .string()
                .describe('12-digit AWS account ID or an owner alias'),
              category: z.enum(['ops', 'vendor', 'exception', 'alias']),
              name: z.string().optional(),
              inAllowlist: z.boolean(),
              expiresOn: z.string().optional(),
              status: z.enum(['active', 'expiring', 'expired']).optional(),
              countdown: z.string().optional(),
              exceptionType: z.string().optional(),
            }),
          ),
        }),
    },
    action: async ({ input }) => {
      const config = deps.config();
      if (!config)
        throw new ServiceUnavailableError(
          'No governance config has been read yet',
        );
      const today = utcDateOf(deps.clock());
      const publishers = listPublishers(config, today)
        .filter(p => !input.category || p.category === input.category)
        .map(p => ({
          provider: p.provider,
          category: p.category,
          ...(p.name && { name: p.name }),
          inAllowlist: p.exception ? p.exception.status.inAllowlist : true,
          ...(p.exception && {
            expiresOn: p.exception.expires_on,
            status: p.exception.status.state,
            countdown: describeCountdown(p.exception.status.daysRemaining),
            ...(p.exception.exception_type && {
              exceptionType: p.exception.exception_type,
            }),
          }),
        }));
      return { output: { today, publishers } };
    },
  });
}
