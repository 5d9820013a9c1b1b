// Where an exception request is written: a GitLab project (a merge request) or a git repository on
// the backend's disk (a branch). The action reads and plans the same way for both.

/** A file of the change: the config or a regenerated policy. */
export interface FileChange {
  path: string;
  content: string;
}

/** The change to propose, from the plan. */
export interface ProposedChange {
  /** The account the exception is for: whether a branch holds this request is decided by its entry. */
  accountId: string;
  branchName: string;
  /** The target branch's head commit the config was read at; the branch starts there. */
  baseSha: string;
  targetBranch: string;
  /** Merge request title. */
  title: string;
  /** Commit message. */
  message: string;
  description: string;
  /** The config first, then the policies. */
  files: FileChange[];
}

/** Where the proposed change is, and how the backend records it (a type: checkpoints store JSON). */
export type OpenedChange = {
  /** The merge request, or the branch in the local repository (a `file:` URL). */
  url: string;
  /** The merge request number; absent for a local repository. */
  iid?: number;
  host: string;
  /** The GitLab project path, or the local repository's path. */
  projectId: string;
};

export interface GovernanceRepository {
  /** For messages: the project and host, or the local path. */
  readonly label: string;
  /** The target branch (the configured one, else the default) and its head commit. */
  base(targetBranch?: string): Promise<{ branch: string; sha: string }>;
  /** A file's text at a commit, or undefined when it does not exist there. */
  readFile(path: string, sha: string): Promise<string | undefined>;
  /** What a dry run reports as the merge request URL, if anything. */
  dryRunUrl(): string | undefined;
  /** Proposes the change, or returns the one already proposed for this same request. */
  propose(change: ProposedChange): Promise<OpenedChange>;
}

/** What a side effect keeps in its checkpoint: JSON, since the scaffolder stores it in the task. */
type StepResult = OpenedChange | { sha: string } | { recorded: boolean };

/**
 * The scaffolder's `ctx.checkpoint`: a step that already succeeded in an earlier attempt of the same
 * task returns what it returned then, without running again.
 */
export type Checkpoint = <T extends StepResult>(opts: {
  key: string;
  fn: () => Promise<T>;
}) => Promise<T>;
