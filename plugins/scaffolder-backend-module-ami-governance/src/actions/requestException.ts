import { Config } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  ACCOUNT_ID_PATTERN,
  EXCEPTION_TICKET_MAX_LENGTH,
  EXCEPTION_TICKET_PATTERN,
  EXCEPTION_TYPE_NAMES,
  EXCEPTION_TYPES,
  ExceptionType,
  MIN_EXCEPTION_REASON_LENGTH,
} from '@ami-governance/backstage-plugin-ami-governance-common';
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

const typeHelp = EXCEPTION_TYPE_NAMES.map(
  t =>
    `\`${t}\` (${EXCEPTION_TYPES[t].title}): at most ${
      EXCEPTION_TYPES[t].maxDays
    } days, approved by ${EXCEPTION_TYPES[t].approvers.join(' and ')}`,
).join('; ');

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
      input: {
        accountId: z =>
          z
            .string()
            .regex(ACCOUNT_ID_PATTERN)
            .describe(
              'The AWS account whose AMIs are to be allowed: exactly 12 digits, as a string (leading zeros matter).',
            ),
        exceptionType: z =>
          z
            .enum(EXCEPTION_TYPE_NAMES as [ExceptionType, ...ExceptionType[]])
            .describe(`The kind of exception. ${typeHelp}.`),
        expiresOn: z =>
          z
            .string()
            .regex(/^\d{4}-\d{2}-\d{2}$/)
            .optional()
            .describe(
              'Last day the exception is active, YYYY-MM-DD (UTC). Give this or durationDays, not both.',
            ),
        durationDays: z =>
          z
            .number()
            .int()
            .min(1)
            .optional()
            .describe(
              'Days from today (UTC) the exception lasts, instead of expiresOn.',
            ),
        reason: z =>
          z
            .string()
            .min(MIN_EXCEPTION_REASON_LENGTH)
            .describe(
              `Why the account needs AMIs outside the golden images: at least ${MIN_EXCEPTION_REASON_LENGTH} characters.`,
            ),
        ticket: z =>
          z
            .string()
            .max(EXCEPTION_TICKET_MAX_LENGTH)
            .regex(EXCEPTION_TICKET_PATTERN)
            .describe(
              'Ticket key tracking the request, e.g. CLOUD-1234 (letters, digits or _, a hyphen, digits). Names the branch.',
            ),
        requestedBy: z =>
          z
            .string()
            .optional()
            .describe(
              'Optional: a group the signed-in user belongs to in the catalog, to request on its behalf (e.g. group:default/payments). Empty: the signed-in user. Any other value is refused.',
            ),
        notes: z =>
          z
            .string()
            .optional()
            .describe('Anything reviewers should know; stored in notes.'),
        repoUrl: z =>
          z
            .string()
            .optional()
            .describe(
              'Not needed: the governance project is amiGovernance.exceptionRequests.repoUrl. A value other than that is refused.',
            ),
        targetBranch: z =>
          z
            .string()
            .optional()
            .describe(
              "Not needed: the branch is amiGovernance.exceptionRequests.targetBranch, else the project's default branch. A value other than the configured one is refused.",
            ),
        configPath: z =>
          z
            .string()
            .optional()
            .describe(
              'Not needed: the path is amiGovernance.exceptionRequests.configPath (default config/ami_publishers.json). A value other than that is refused.',
            ),
      },
      output: {
        mergeRequestUrl: z =>
          z
            .string()
            .optional()
            .describe(
              'The merge request (on a dry run: the project merge request list). Not set for a local governance repository.',
            ),
        mergeRequestIid: z =>
          z
            .number()
            .optional()
            .describe(
              'The merge request number in the project (not on a dry run).',
            ),
        branchName: z =>
          z
            .string()
            .describe(
              'The branch holding the change (the merge request source branch).',
            ),
        expiresOn: z =>
          z.string().describe('The exception expiry, YYYY-MM-DD.'),
        allowlistSize: z =>
          z.number().describe('Providers in the allowlist once merged.'),
        nextSteps: z =>
          z
            .string()
            .describe(
              'What happens next, in Markdown: where the change is and who approves it.',
            ),
      },
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
