import type { IsoDate } from './dates';
import type { ExceptionType } from './rules/exceptionTypes';

/** A GitLab merge request's state, as its API reports it. @public */
export type MergeRequestState = 'opened' | 'merged' | 'closed' | 'locked';

/**
 * An exception request opened as a merge request by the scaffolder action: the body of
 * `POST /exception-requests`, which the backend stores and keeps up to date from GitLab.
 * @public
 */
export type ExceptionRequestRecord = {
  accountId: string;
  ticket: string;
  exceptionType: ExceptionType;
  expiresOn: IsoDate;
  requestedBy: string;
  /**
   * The merge request; for a request committed to a local governance repository (no GitLab), the
   * branch as a `file:` URL: `file:///srv/governance-repo#exception/CLOUD-1400-999900001111`.
   */
  mergeRequestUrl: string;
  /** The merge request's number in its project; absent for a local governance repository. */
  mergeRequestIid?: number;
  /** GitLab project path, e.g. `example-org/aws-governance`; the path of a local repository. */
  projectId: string;
  /** The GitLab host; `local` for a local governance repository. */
  host: string;
  branchName: string;
  state: MergeRequestState;
};

/** A stored request, as `GET /exception-requests` lists it. @public */
export type StoredExceptionRequest = ExceptionRequestRecord & {
  createdAt: string;
  updatedAt: string;
};
