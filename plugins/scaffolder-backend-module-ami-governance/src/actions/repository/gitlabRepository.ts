import { LoggerService } from '@backstage/backend-plugin-api';
import { ConflictError } from '@backstage/errors';
import type { CommitAction } from '@gitbeaker/rest';
import { GovernanceProject } from '../gitlab';
import { EXCEPTION_LABEL } from '../mergeRequestText';
import { SetUpError } from '../notSent';
import {
  GovernanceRepository,
  OpenedChange,
  ProposedChange,
} from './GovernanceRepository';

export type Checkpoint = <T extends OpenedChange>(opts: {
  key: string;
  fn: () => Promise<T>;
}) => Promise<T>;

/**
 * The governance project on GitLab: the change becomes a branch, one commit and a merge request. An
 * open merge request for the same request is reused; a failure after the branch was created deletes
 * the branch, so nothing half-written is left behind.
 */
export class GitlabGovernanceRepository implements GovernanceRepository {
  readonly label: string;

  constructor(
    private readonly gitlab: GovernanceProject,
    private readonly options: {
      baseUrl: string;
      logger: LoggerService;
      checkpoint: Checkpoint;
    },
  ) {
    this.label = `${gitlab.path} on ${gitlab.host}`;
  }

  async base(targetBranch?: string) {
    const branch = targetBranch ?? (await this.gitlab.defaultBranch());
    const head = await this.gitlab.branchHead(branch);
    if (!head) {
      throw new SetUpError(
        `Target branch ${branch} does not exist in ${this.gitlab.path} on ${this.gitlab.host}; check amiGovernance.exceptionRequests.targetBranch.`,
      );
    }
    return { branch, sha: head.sha };
  }

  readFile(path: string, sha: string) {
    return this.gitlab.readFile(path, sha);
  }

  dryRunUrl() {
    return `${this.options.baseUrl}/${this.gitlab.path}/-/merge_requests`;
  }

  async propose(change: ProposedChange): Promise<OpenedChange> {
    const { gitlab } = this;
    const { logger } = this.options;
    const { branchName } = change;
    const opened = (mr: { iid: number; webUrl: string }): OpenedChange => ({
      url: mr.webUrl,
      iid: mr.iid,
      host: gitlab.host,
      projectId: gitlab.path,
    });
    const [open] = await gitlab.openMergeRequests(branchName);
    if (open) {
      if (open.title !== change.title) {
        throw new ConflictError(
          `Merge request ${open.webUrl} is already open from ${branchName} for a different request ("${open.title}"). Update or close it, or use another ticket.`,
        );
      }
      logger.info(
        `Merge request ${open.webUrl} is already open for this request.`,
      );
      return opened(open);
    }
    return this.options.checkpoint({
      key: `ami-exception.merge-request.${gitlab.host}.${gitlab.path}.${branchName}`,
      fn: async () => opened(await this.commitAndOpen(change)),
    });
  }

  private async commitAndOpen(change: ProposedChange) {
    const { gitlab } = this;
    const { logger } = this.options;
    const { branchName } = change;
    // The config is always there (it was just read); the policies may not be yet.
    const actions: CommitAction[] = [];
    for (const [i, file] of change.files.entries()) {
      const exists =
        i === 0 ||
        (await gitlab.readFile(file.path, change.baseSha)) !== undefined;
      actions.push({
        action: exists ? 'update' : 'create',
        filePath: file.path,
        content: file.content,
        encoding: 'text',
      });
    }
    const commitTitle = change.message.split('\n')[0];
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
      await gitlab.createBranch(branchName, change.baseSha);
      logger.info(`Created branch ${branchName} from ${change.targetBranch}.`);
    }
    try {
      if (!head) await gitlab.commit(branchName, change.message, actions);
      const mr = await gitlab.createMergeRequest({
        sourceBranch: branchName,
        targetBranch: change.targetBranch,
        title: change.title,
        description: change.description,
        labels: [EXCEPTION_LABEL],
      });
      logger.info(`Opened merge request ${mr.webUrl}`);
      return mr;
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
  }
}
