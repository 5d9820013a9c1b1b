import { Config } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { exceptionRequestInputSchema } from '@ami-governance/backstage-plugin-ami-governance-common';
import { handleExceptionRequest } from './handleRequest';
import type { ExceptionRequestRecorderService } from '@ami-governance/backstage-plugin-ami-governance-node';
import { examples } from './requestException.examples';
import { readExceptionRequestSettings } from './settings';

/** @public */
export const REQUEST_EXCEPTION_ACTION_ID = 'ami-governance:exception:request';

/** @public */
export interface RequestAmiExceptionActionOptions {
  config: Config;
  /** Where opened requests are recorded: `exceptionRequestRecorderServiceRef` of ami-governance-node. */
  recorder: ExceptionRequestRecorderService;
  /** The clock that decides "today" (UTC). Tests pass a fixed one. */
  now?: () => Date;
}

/**
 * `ami-governance:exception:request`: validates an AMI exception request against the governance
 * config on GitLab and opens a merge request that adds (or extends) the exception and regenerates
 * both policies; with `amiGovernance.exceptionRequests.localRepository`, commits the change on a new
 * branch of that repository instead.
 * @public
 */
export function createRequestAmiExceptionAction(
  options: RequestAmiExceptionActionOptions,
) {
  const integrations = ScmIntegrations.fromConfig(options.config);
  const settings = readExceptionRequestSettings(options.config);
  const now = options.now ?? (() => new Date());
  const { recorder } = options;

  return createTemplateAction({
    id: REQUEST_EXCEPTION_ACTION_ID,
    description:
      'Requests an AMI publisher exception: validates it against the governance config in GitLab and opens a merge request that adds or extends the exception and regenerates both policies (or commits it on a branch of a local governance repository).',
    examples,
    supportsDryRun: true,
    schema: {
      // The request's fields and their rules are the core's; the action adds who asks and the
      // inputs only app-config decides (declared so that a template passing them is refused).
      input: z =>
        exceptionRequestInputSchema.extend({
          requestedBy: z
            .string()
            .optional()
            .describe(
              'Optional: a group the signed-in user belongs to in the catalog, to request on its behalf (e.g. group:default/payments). Empty: the signed-in user. Any other value is refused.',
            ),
          repoUrl: z
            .string()
            .optional()
            .describe(
              'Not needed: the governance project is amiGovernance.exceptionRequests.repoUrl. A value other than that is refused.',
            ),
          targetBranch: z
            .string()
            .optional()
            .describe(
              "Not needed: the branch is amiGovernance.exceptionRequests.targetBranch, else the project's default branch. A value other than the configured one is refused.",
            ),
          configPath: z
            .string()
            .optional()
            .describe(
              'Not needed: the path is amiGovernance.exceptionRequests.configPath (default config/ami_publishers.json). A value other than that is refused.',
            ),
        }),
      output: z =>
        z.object({
          mergeRequestUrl: z
            .string()
            .optional()
            .describe(
              'The merge request (on a dry run: the project merge request list). Not set for a local governance repository.',
            ),
          mergeRequestIid: z
            .number()
            .optional()
            .describe(
              'The merge request number in the project (not on a dry run).',
            ),
          branchName: z
            .string()
            .describe(
              'The branch holding the change (the merge request source branch).',
            ),
          expiresOn: z.string().describe('The exception expiry, YYYY-MM-DD.'),
          allowlistSize: z
            .number()
            .describe('Providers in the allowlist once merged.'),
          nextSteps: z
            .string()
            .describe(
              'What happens next, in Markdown: where the change is and who approves it.',
            ),
        }),
    },

    handler: ctx =>
      handleExceptionRequest(ctx, {
        recorder,
        integrations,
        settings,
        now,
      }),
  });
}
