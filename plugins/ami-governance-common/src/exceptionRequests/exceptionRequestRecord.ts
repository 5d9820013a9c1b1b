import type { ApiComponents } from '../api/contract';

/** A GitLab merge request's state, as its API reports it. @public */
export type MergeRequestState = ApiComponents['schemas']['MergeRequestState'];

/**
 * An exception request opened as a merge request by the scaffolder action: the body of
 * `POST /exception-requests`, which the backend stores and keeps up to date from GitLab. The action
 * always says the state (the contract lets it default to `opened`).
 * @public
 */
export type NewExceptionRequestRecord =
  ApiComponents['schemas']['NewExceptionRequestRecord'] & {
    state: MergeRequestState;
  };

/** An exception request's record as the backend stores it and `GET /exception-requests` lists it. @public */
export type ExceptionRequestRecord =
  ApiComponents['schemas']['ExceptionRequestRecord'];

/**
 * Every merge request state, in the order requests are listed: open ones first (awaiting review,
 * then locked), then merged, then closed.
 * @public
 */
export const MERGE_REQUEST_STATES: readonly MergeRequestState[] = [
  'opened',
  'locked',
  'merged',
  'closed',
];

/** The states a merge request can still leave: the requests to keep refreshing from GitLab. @public */
export const OPEN_MERGE_REQUEST_STATES: readonly MergeRequestState[] = [
  'opened',
  'locked',
];

/** Whether GitLab's `state` is one of {@link MERGE_REQUEST_STATES}. @public */
export function isMergeRequestState(state: string): state is MergeRequestState {
  return (MERGE_REQUEST_STATES as readonly string[]).includes(state);
}

/** Requests in list order: by state ({@link MERGE_REQUEST_STATES}; unknown states last). @public */
export function compareMergeRequestStates(a: string, b: string): number {
  const rank = (state: string) => {
    const i = (MERGE_REQUEST_STATES as readonly string[]).indexOf(state);
    return i < 0 ? MERGE_REQUEST_STATES.length : i;
  };
  return rank(a) - rank(b);
}

/** Whether a request in `state` is still open: awaiting review or locked, not merged or closed. @public */
export function isOpenMergeRequestState(state: string): boolean {
  return (OPEN_MERGE_REQUEST_STATES as readonly string[]).includes(state);
}
