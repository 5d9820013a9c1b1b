import { LoggerService } from '@backstage/backend-plugin-api';
import {
  ConflictError,
  ForwardedError,
  stringifyError,
} from '@backstage/errors';
import type { CommitAction } from '@gitbeaker/rest';
import { GovernanceProject } from '../gitlab';
import { EXCEPTION_LABEL } from '../mergeRequestText';
import { SetUpError } from '../notSent';
import { holdsThisRequest } from './sameRequest';
import {
  Checkpoint,
  GovernanceRepository,
  OpenedChange,
  ProposedChange,
} from './GovernanceRepository';

/**
 * The governance project on GitLab: the change becomes a branch, one commit and a merge request, each
 * under its own task checkpoint, so a retry of the task only does what is left. An open merge request
 * for the same request is reused; a failure after this attempt created the branch deletes the branch,
 * so nothing half-written is left behind.
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
      // The same request again (a resubmitted form) is answered with its merge request; another one
      // with the same ticket and account, even under the same title, is a conflict.
      const onBranch = await gitlab.readFile(change.files[0].path, branchName);
      if (!holdsThisRequest(onBranch, change)) {
        throw new ConflictError(
          `Merge request ${open.webUrl} is already open from ${branchName} for a different request ("${open.title}"): its exception for ${change.accountId} differs from this one (dates, type, reason or notes). Update or close it, or use another ticket.`,
        );
      }
      logger.info(
        `Merge request ${open.webUrl} is already open for this request.`,
      );
      return opened(open);
    }
    // Read before any write: a failed read leaves nothing to clean up.
    const actions = await this.commitActions(change);
    // A retry of the task finds its earlier steps in their checkpoints and only runs what is left.
    let createdNow = false;
    const createBranch = async () => {
      const created = await this.createBranch(change);
      createdNow = true;
      return created;
    };
    await this.step('branch', change, createBranch);
    // An earlier attempt created the branch, then deleted it after a failure: its branch and commit
    // checkpoints no longer hold, so both are done again.
    const redo = !createdNow && !(await gitlab.branchHead(branchName));
    if (redo) await createBranch();
    try {
      const commit = () => gitlab.commit(branchName, change.message, actions);
      await (redo ? commit() : this.step('commit', change, commit));
      return await this.step('merge-request', change, async () =>
        opened(await this.openMergeRequest(change)),
      );
    } catch (e) {
      // Only this attempt's own branch: one replayed from a checkpoint may hold another attempt's work.
      if (!createdNow) throw e;
      throw await this.deleteBranchAfter(e, branchName);
    }
  }

  /** Runs one side effect under its own checkpoint. */
  private step<T extends OpenedChange | { sha: string }>(
    name: 'branch' | 'commit' | 'merge-request',
    change: ProposedChange,
    fn: () => Promise<T>,
  ): Promise<T> {
    const { host, path } = this.gitlab;
    return this.options.checkpoint({
      key: `ami-exception.${name}.${host}.${path}.${change.branchName}`,
      fn,
    });
  }

  private async createBranch(change: ProposedChange) {
    const { gitlab } = this;
    const { branchName } = change;
    // Not created by this task (its checkpoint would have been found): someone else's to remove.
    if (await gitlab.branchHead(branchName)) {
      throw new ConflictError(
        `Branch ${branchName} already exists in ${gitlab.path} with no open merge request. Delete the branch in GitLab (or use another ticket) and run the template again.`,
      );
    }
    try {
      await gitlab.createBranch(branchName, change.baseSha);
    } catch (e) {
      // Created between the look above and this write: another submission with the same ticket and
      // account at the same moment. A conflict, not a broken set-up.
      if (await gitlab.branchHead(branchName)) {
        throw new ConflictError(
          `Branch ${branchName} was created in ${gitlab.path} by another submission for the same ticket and account at the same moment. If it is this same request, its merge request is opened from that branch: look for it in the project's merge requests; otherwise use another ticket.`,
        );
      }
      throw e;
    }
    this.options.logger.info(
      `Created branch ${branchName} from ${change.targetBranch}.`,
    );
    return { sha: change.baseSha };
  }

  /** The config is always there (it was just read); the policies may not be yet. */
  private async commitActions(change: ProposedChange) {
    const actions: CommitAction[] = [];
    for (const [i, file] of change.files.entries()) {
      const exists =
        i === 0 ||
        (await this.gitlab.readFile(file.path, change.baseSha)) !== undefined;
      actions.push({
        action: exists ? 'update' : 'create',
        filePath: file.path,
        content: file.content,
        encoding: 'text',
      });
    }
    return actions;
  }

  private async openMergeRequest(change: ProposedChange) {
    const mr = await this.gitlab.createMergeRequest({
      sourceBranch: change.branchName,
      targetBranch: change.targetBranch,
      title: change.title,
      description: change.description,
      labels: [EXCEPTION_LABEL],
    });
    this.options.logger.info(`Opened merge request ${mr.webUrl}`);
    return mr;
  }

  /** `error`, saying whether the branch it leaves behind could be deleted. */
  private async deleteBranchAfter(
    error: unknown,
    branchName: string,
  ): Promise<Error> {
    let cleanup = `Branch ${branchName} was deleted: nothing was left behind.`;
    try {
      await this.gitlab.deleteBranch(branchName);
    } catch (deleteError) {
      cleanup = `Deleting branch ${branchName} failed too (${stringifyError(
        deleteError,
      )}): delete it in GitLab before trying again.`;
    }
    return new ForwardedError(cleanup, error);
  }
}
