import {
  AuthService,
  DiscoveryService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { ConflictError, InputError } from '@backstage/errors';
import { ScmIntegrations } from '@backstage/integration';
import {
  createTemplateAction,
  parseRepoUrl,
} from '@backstage/plugin-scaffolder-node';
import type { CommitAction } from '@gitbeaker/rest';
import {
  ACCOUNT_ID_PATTERN,
  checkExceptionRequestFields,
  computeAllowlist,
  EXCEPTION_TICKET_MAX_LENGTH,
  EXCEPTION_TICKET_PATTERN,
  EXCEPTION_TYPE_NAMES,
  EXCEPTION_TYPES,
  ExceptionType,
  Finding,
  findingsIntroduced,
  MIN_EXCEPTION_REASON_LENGTH,
  planExceptionRequest,
  POLICY_FILE_NAMES,
  utcDateOf,
  validateConfig,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { posix } from 'node:path';
import { writeExceptionEntry } from './configText';
import { requestFromForm } from './formRequest';
import { createGitlabClient, GovernanceProject } from './gitlab';
import {
  commitMessage,
  EXCEPTION_LABEL,
  exceptionBranchName,
  mergeRequestDescription,
  mergeRequestTitle,
} from './mergeRequestText';
import { recordExceptionRequest } from './recordRequest';
import { resolveRequester } from './requester';
import { examples } from './requestException.examples';
import { refuseRetiredInputs } from './retiredInputs';
import { distDirFor, readExceptionRequestSettings } from './settings';
import { resolveTarget } from './target';

/** @public */
export const REQUEST_EXCEPTION_ACTION_ID = 'ami-governance:exception:request';

/** @public */
export interface RequestAmiExceptionActionOptions {
  config: Config;
  discovery: DiscoveryService;
  auth: AuthService;
  /** The clock that decides "today" (UTC). Tests pass a fixed one. */
  now?: () => Date;
}

const typeHelp = EXCEPTION_TYPE_NAMES.map(
  t =>
    `\`${t}\` (${EXCEPTION_TYPES[t].title}): at most ${
      EXCEPTION_TYPES[t].maxDays
    } days, approved by ${EXCEPTION_TYPES[t].approvers.join(' and ')}`,
).join('; ');

function refuse(findings: Finding[], intro: string): InputError {
  return new InputError(
    `${intro}:\n${findings.map(f => `- ${f.path}: ${f.message}`).join('\n')}`,
  );
}

/** Turns the policy and config into the three files of the commit, create or update each. */
interface FileChange {
  path: string;
  content: string;
}

/**
 * `ami-governance:exception:request`: validates an AMI exception request against the governance
 * config on GitLab and opens a merge request that adds (or extends) the exception and regenerates
 * both policies.
 * @public
 */
export function createRequestAmiExceptionAction(
  options: RequestAmiExceptionActionOptions,
) {
  const integrations = ScmIntegrations.fromConfig(options.config);
  const settings = readExceptionRequestSettings(options.config);
  const now = options.now ?? (() => new Date());

  return createTemplateAction({
    id: REQUEST_EXCEPTION_ACTION_ID,
    description:
      'Requests an AMI publisher exception: validates it against the governance config in GitLab and opens a merge request that adds or extends the exception and regenerates both policies.',
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
            .describe(
              'The merge request (on a dry run: the project merge request list).',
            ),
        mergeRequestIid: z =>
          z
            .number()
            .optional()
            .describe(
              'The merge request number in the project (not on a dry run).',
            ),
        branchName: z =>
          z.string().describe('The merge request source branch.'),
        expiresOn: z =>
          z.string().describe('The exception expiry, YYYY-MM-DD.'),
        allowlistSize: z =>
          z.number().describe('Providers in the allowlist once merged.'),
      },
    },

    async handler(ctx) {
      const today = utcDateOf(now());
      const input = ctx.input;
      // Before anything else, and the same on a dry run: the target comes from app-config only.
      refuseRetiredInputs(input);
      const { repoUrl, configPath, ...target } = resolveTarget(input, settings);
      const requester = resolveRequester(ctx.user, input.requestedBy);
      const request = requestFromForm(input, requester);
      // Refuse a malformed request before talking to GitLab at all.
      const own = checkExceptionRequestFields(request, today);
      if (own.findings.length) {
        throw refuse(own.findings, 'The exception request is not valid');
      }

      const distDir = distDirFor(configPath);
      const { host, owner, repo, project } = parseRepoUrl(
        repoUrl,
        integrations,
      );
      const projectPath = project ?? `${owner}/${repo}`;
      const gitlab = new GovernanceProject(
        createGitlabClient({ integrations, host }),
        host,
        projectPath,
      );

      const targetBranch =
        target.targetBranch ?? (await gitlab.defaultBranch());
      const base = await gitlab.branchHead(targetBranch);
      if (!base) {
        throw new InputError(
          `Target branch ${targetBranch} does not exist in ${projectPath} on ${host}; check amiGovernance.exceptionRequests.targetBranch.`,
        );
      }
      // Everything is read from one commit, and the branch starts from that same commit.
      const configText = await gitlab.readFile(configPath, base.sha);
      if (configText === undefined) {
        throw new InputError(
          `${configPath} does not exist on ${targetBranch} of ${projectPath}; check amiGovernance.exceptionRequests.configPath.`,
        );
      }
      const before = validateConfig(configText, { today });
      if (!before.config) {
        throw refuse(
          before.findings,
          `${configPath} on ${targetBranch} cannot be read as a governance config; fix it first`,
        );
      }

      const plan = planExceptionRequest(before.config, request, today);
      if (!plan.ok) {
        throw refuse(
          plan.findings,
          `The exception request is refused by ${configPath} on ${targetBranch}`,
        );
      }
      const edit = writeExceptionEntry(
        configText,
        plan.index,
        plan.entry as Record<string, unknown>,
      );
      const after = validateConfig(edit.text, { today });
      const broken = findingsIntroduced(before.findings, after.findings);
      if (broken.length || !after.generation?.ok) {
        throw refuse(
          broken.length ? broken : after.findings,
          'The change would break the governance rules',
        );
      }
      const generation = after.generation;
      const policies = [generation.declarativePolicy, generation.scp].map(
        policy => ({
          path: posix.join(distDir, POLICY_FILE_NAMES[policy.kind]),
          policy,
        }),
      );
      const files: FileChange[] = [
        { path: configPath, content: edit.text },
        ...policies.map(p => ({ path: p.path, content: p.policy.pretty })),
      ];

      const branchName = exceptionBranchName(request.ticket, request.accountId);
      const title = mergeRequestTitle(
        request.accountId,
        plan.expiresOn,
        request.ticket,
      );
      const message = commitMessage(plan, request, requester, {
        policies: policies.map(p => p.path),
      });
      const allowlistBefore = computeAllowlist(before.config, today).providers;
      // Nothing here is new breakage (that was refused above): warnings, and errors already there.
      const remaining = after.findings;
      const description = mergeRequestDescription({
        plan,
        today,
        configPath,
        allowlistBefore,
        allowlistAfter: generation.allowlist,
        policiesBefore: before.generation?.ok
          ? [before.generation.declarativePolicy, before.generation.scp]
          : undefined,
        policiesAfter: policies,
        remaining,
        requester,
      });
      for (const f of remaining) {
        ctx.logger.warn(`${configPath} after the change: ${f.message}`);
      }
      ctx.logger.info(
        `${
          plan.kind === 'extension' ? 'Extending' : 'Adding'
        } the exception for ${request.accountId} until ${
          plan.expiresOn
        }; the allowlist goes from ${allowlistBefore.length} to ${
          generation.allowlist.length
        } providers.`,
      );

      const output = (mr: { webUrl: string; iid?: number }) => {
        ctx.output('mergeRequestUrl', mr.webUrl);
        if (mr.iid !== undefined) ctx.output('mergeRequestIid', mr.iid);
        ctx.output('branchName', branchName);
        ctx.output('expiresOn', plan.expiresOn);
        ctx.output('allowlistSize', generation.allowlist.length);
      };

      if (ctx.isDryRun) {
        ctx.logger.info(
          `Dry run: would create branch ${branchName} from ${targetBranch}, commit ${files
            .map(f => f.path)
            .join(
              ', ',
            )} and open "${title}" in ${projectPath}.\n${description}`,
        );
        const baseUrl =
          integrations.gitlab.byHost(host)?.config.baseUrl ?? `https://${host}`;
        output({ webUrl: `${baseUrl}/${projectPath}/-/merge_requests` });
        return;
      }

      const mergeRequest = await openOrReuseMergeRequest({
        gitlab,
        logger: ctx.logger,
        checkpoint: opts => ctx.checkpoint(opts),
        branchName,
        baseSha: base.sha,
        targetBranch,
        title,
        message,
        description,
        files,
      });

      try {
        await ctx.checkpoint({
          key: `ami-exception.record.${host}.${projectPath}.${mergeRequest.iid}`,
          fn: async () => {
            await recordExceptionRequest(options, {
              accountId: request.accountId,
              ticket: request.ticket,
              exceptionType: plan.exceptionType,
              expiresOn: plan.expiresOn,
              requestedBy: requester.ref,
              mergeRequestUrl: mergeRequest.webUrl,
              mergeRequestIid: mergeRequest.iid,
              projectId: projectPath,
              host,
              branchName,
              state: 'opened',
            });
            return { recorded: true };
          },
        });
      } catch (e) {
        // The merge request is what matters; the portal's list catches up on the next request.
        ctx.logger.warn(
          `Merge request ${
            mergeRequest.webUrl
          } is open, but recording it in the AMI governance backend failed: ${
            (e as Error).message
          }`,
        );
      }
      output(mergeRequest);
    },
  });
}

type Checkpoint = <T extends { iid: number; webUrl: string }>(opts: {
  key: string;
  fn: () => Promise<T>;
}) => Promise<T>;

/**
 * Returns the open merge request for the branch if there is one for this request; otherwise
 * creates the branch, commits the three files and opens the merge request, deleting the branch if
 * any step after its creation fails.
 */
async function openOrReuseMergeRequest(args: {
  gitlab: GovernanceProject;
  logger: LoggerService;
  checkpoint: Checkpoint;
  branchName: string;
  baseSha: string;
  targetBranch: string;
  title: string;
  message: string;
  description: string;
  files: FileChange[];
}): Promise<{ iid: number; webUrl: string }> {
  const { gitlab, logger, branchName } = args;
  const [open] = await gitlab.openMergeRequests(branchName);
  if (open) {
    if (open.title !== args.title) {
      throw new ConflictError(
        `Merge request ${open.webUrl} is already open from ${branchName} for a different request ("${open.title}"). Update or close it, or use another ticket.`,
      );
    }
    logger.info(
      `Merge request ${open.webUrl} is already open for this request.`,
    );
    return { iid: open.iid, webUrl: open.webUrl };
  }

  return args.checkpoint({
    key: `ami-exception.merge-request.${gitlab.host}.${gitlab.path}.${branchName}`,
    fn: async () => {
      // The config is always there (it was just read); the policies may not be yet.
      const actions: CommitAction[] = [];
      for (const [i, file] of args.files.entries()) {
        const exists =
          i === 0 ||
          (await gitlab.readFile(file.path, args.baseSha)) !== undefined;
        actions.push({
          action: exists ? 'update' : 'create',
          filePath: file.path,
          content: file.content,
          encoding: 'text',
        });
      }
      const commitTitle = args.message.split('\n')[0];
      const head = await gitlab.branchHead(branchName);
      if (head && head.title !== commitTitle) {
        throw new ConflictError(
          `Branch ${branchName} already exists in ${gitlab.path} with no open merge request. Delete the branch in GitLab (or use another ticket) and run the template again.`,
        );
      }
      if (head) {
        // An earlier attempt of this same request committed but stopped before the merge request.
        logger.info(`Resuming on branch ${branchName}, already committed.`);
      } else {
        await gitlab.createBranch(branchName, args.baseSha);
        logger.info(`Created branch ${branchName} from ${args.targetBranch}.`);
      }
      try {
        if (!head) await gitlab.commit(branchName, args.message, actions);
        const mr = await gitlab.createMergeRequest({
          sourceBranch: branchName,
          targetBranch: args.targetBranch,
          title: args.title,
          description: args.description,
          labels: [EXCEPTION_LABEL],
        });
        logger.info(`Opened merge request ${mr.webUrl}`);
        return { iid: mr.iid, webUrl: mr.webUrl };
      } catch (e) {
        let cleanup = ` Branch ${branchName} was deleted: nothing was left behind.`;
        try {
          await gitlab.deleteBranch(branchName);
        } catch (deleteError) {
          cleanup = ` Deleting branch ${branchName} failed too (${
            (deleteError as Error).message
          }): delete it in GitLab before trying again.`;
        }
        (e as Error).message += cleanup;
        throw e;
      }
    },
  });
}
