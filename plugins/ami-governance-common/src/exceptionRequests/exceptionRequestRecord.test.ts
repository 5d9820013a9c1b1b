import {
  compareMergeRequestStates,
  isMergeRequestState,
  isOpenMergeRequestState,
  MERGE_REQUEST_STATES,
} from './exceptionRequestRecord';

describe('merge request states', () => {
  it('lists open requests first, then merged, then closed, unknown states last', () => {
    expect(
      ['closed', 'weird', 'merged', 'locked', 'opened'].sort(
        compareMergeRequestStates,
      ),
    ).toEqual(['opened', 'locked', 'merged', 'closed', 'weird']);
  });

  it('counts a locked request as open: it can still be merged or closed', () => {
    expect(MERGE_REQUEST_STATES.filter(isOpenMergeRequestState)).toEqual([
      'opened',
      'locked',
    ]);
  });

  it("knows GitLab's states and no others", () => {
    expect(MERGE_REQUEST_STATES.every(isMergeRequestState)).toBe(true);
    expect(isMergeRequestState('all')).toBe(false);
  });
});
