import type { ExceptionRequestRecorderService } from '@ami-governance/backstage-plugin-ami-governance-node';
import { LoggerService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { ScmIntegrationRegistry } from '@backstage/integration';
import {
  checkExceptionRequestFields,
  ExceptionChangeRefusal,
  Finding,
  utcDateOf,
  exceptionRequestFromForm,
  ExceptionRequestForm,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { nextSteps } from './nextSteps';
import { forRequester, SetUpError, talkingToRepository } from './notSent';
import { recordOpenedRequest } from './recordRequest';
import type {
  Checkpoint,
  OpenedChange,
} from './repository/GovernanceRepository';
import { openRepository } from './repository/openRepository';
import { planExceptionChange } from './planChange';
import { resolveRequester, TaskUser } from './requester';
import { refuseRetiredInputs } from './retiredInputs';
import { ExceptionRequestSettings } from './settings';
import { resolveTarget } from './target';

/** What the handler uses of the scaffolder's action context. */
interface RequestContext {
  input: ExceptionRequestForm & {
    requestedBy?: string;
    repoUrl?: string;
    targetBranch?: string;
    configPath?: string;
  };
  user?: TaskUser;
  logger: LoggerService;
  isDryRun?: boolean;
  output(name: string, value: string | number): void;
  checkpoint: Checkpoint;
}

interface RequestDeps {
  recorder: ExceptionRequestRecorderService;
  integrations: ScmIntegrationRegistry;
  settings: ExceptionRequestSettings;
  now: () => Date;
}

function refuse(findings: Finding[], intro: string): InputError {
  return new InputError(
    `${intro}:\n${findings.map(f => `- ${f.path}: ${f.message}`).join('\n')}`,
  );
}

function refusal(
  change: ExceptionChangeRefusal,
  where: string,
): InputError | SetUpError {
  if (change.stage === 'config') {
    // The governance repository's own file is broken: not the requester's to fix.
    return new SetUpError(
      refuse(
        change.findings,
        `${where} cannot be read as a governance config; fix it first`,
      ).message,
    );
  }
  return refuse(
    change.findings,
    change.stage === 'request'
      ? `The exception request is refused by ${where}`
      : 'The change would break the governance rules',
  );
}

/**
 * Validates the request, reads the config at the target branch's head, plans the change with the
 * core (`planExceptionChange`, which the backend's preview runs too) and proposes it: a merge request
 * on GitLab, or a branch of a local repository. Then records it in the AMI governance backend.
 */
export async function handleExceptionRequest(
  ctx: RequestContext,
  deps: RequestDeps,
): Promise<void> {
  const today = utcDateOf(deps.now());
  const { input, logger } = ctx;
  const { contact } = deps.settings;
  // Before anything else, and the same on a dry run: the target comes from app-config only.
  refuseRetiredInputs(input);
  const target = resolveTarget(input, deps.settings);
  const requester = resolveRequester(ctx.user, input.requestedBy);
  const request = exceptionRequestFromForm(input, requester.ref);
  // Refuse a malformed request before talking to GitLab at all.
  const fieldCheck = checkExceptionRequestFields(request, today);
  if (fieldCheck.findings.length) {
    throw refuse(fieldCheck.findings, 'The exception request is not valid');
  }

  const { configPath } = target;
  const { repository, base, configText } = await talkingToRepository(
    logger,
    contact,
    async () => {
      const repo = openRepository(target, {
        integrations: deps.integrations,
        logger,
        checkpoint: opts => ctx.checkpoint(opts),
        now: deps.now,
      });
      const head = await repo.base(target.targetBranch);
      // Everything is read from one commit, and the branch starts from that same commit.
      const text = await repo.readFile(configPath, head.sha);
      if (text === undefined) {
        throw new SetUpError(
          `${configPath} does not exist on ${head.branch} of ${repo.label}; check amiGovernance.exceptionRequests.configPath.`,
        );
      }
      return { repository: repo, base: head, configText: text };
    },
  );

  const where = `${configPath} on ${base.branch}`;
  const change = planExceptionChange(
    configText,
    { ...request, requester },
    today,
    { configPath },
  );
  if (!change.ok) {
    const error = refusal(change, where);
    throw error instanceof SetUpError
      ? forRequester(error, logger, contact)
      : error;
  }
  const { plan, remaining, files, branchName, title, description } = change;
  // Nothing here is new breakage (that was refused above): warnings, and errors already there.
  for (const f of remaining) {
    logger.warn(`${configPath} after the change: ${f.message}`);
  }
  const allowlistSize = change.allowlistSizeAfter;
  logger.info(
    `${plan.kind === 'extension' ? 'Extending' : 'Adding'} the exception for ${
      request.accountId
    } until ${plan.expiresOn}; the allowlist goes from ${
      change.allowlistSizeBefore
    } to ${allowlistSize} providers.`,
  );

  const output = (opened?: OpenedChange, url?: string) => {
    if (url) ctx.output('mergeRequestUrl', url);
    if (opened?.iid !== undefined) ctx.output('mergeRequestIid', opened.iid);
    ctx.output('branchName', branchName);
    ctx.output('expiresOn', plan.expiresOn);
    ctx.output('allowlistSize', allowlistSize);
    ctx.output(
      'nextSteps',
      nextSteps({ plan, branchName, allowlistSize, opened }),
    );
  };

  if (ctx.isDryRun) {
    logger.info(
      `Dry run: would create branch ${branchName} from ${
        base.branch
      }, commit ${files.map(f => f.path).join(', ')} and open "${title}" in ${
        repository.label
      }.\n${description}`,
    );
    output(undefined, repository.dryRunUrl());
    return;
  }

  const opened = await talkingToRepository(logger, contact, () =>
    repository.propose({
      accountId: request.accountId,
      branchName,
      baseSha: base.sha,
      targetBranch: base.branch,
      title,
      message: change.message,
      description,
      files,
    }),
  );

  await recordOpenedRequest(deps.recorder, ctx, opened, {
    accountId: request.accountId,
    ticket: request.ticket,
    exceptionType: plan.exceptionType,
    expiresOn: plan.expiresOn,
    requestedBy: requester.ref,
    branchName,
  });
  output(opened, opened.url.startsWith('http') ? opened.url : undefined);
}
