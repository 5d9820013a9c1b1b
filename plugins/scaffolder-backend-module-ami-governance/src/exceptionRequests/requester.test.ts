import { describeRequester, resolveRequester, TaskUser } from './requester';

const JANE = 'user:default/jane';
const jane: TaskUser = {
  ref: JANE,
  entity: {
    metadata: { namespace: 'default' },
    spec: { memberOf: ['payments', 'group:ops/platform'] },
    relations: [
      { type: 'memberOf', targetRef: 'group:default/ml-team' },
      { type: 'ownerOf', targetRef: 'group:default/security' },
    ],
  },
};

describe('resolveRequester', () => {
  it.each([undefined, '', '  ', JANE, 'User:Default/Jane', `${JANE}\r\n`])(
    'requestedBy %j is the signed-in user',
    requestedBy => {
      expect(resolveRequester(jane, requestedBy)).toEqual({
        ref: JANE,
        user: JANE,
      });
    },
  );

  it.each([
    ['group:default/ml-team', 'a memberOf relation'],
    ['group:default/payments', 'spec.memberOf, short form'],
    ['payments', 'a bare name, taken as a group'],
    ['group:ops/platform', 'spec.memberOf in another namespace'],
  ])('accepts %s (%s)', (requestedBy, _) => {
    const ref = requestedBy.includes(':')
      ? requestedBy
      : `group:default/${requestedBy}`;
    expect(resolveRequester(jane, requestedBy)).toEqual({ ref, user: JANE });
  });

  it.each([
    ['group:default/security', /not a member of that group/],
    ['group:ops/payments', /not a member of that group/],
    ['user:default/john', /you request as yourself \(user:default\/jane\)/],
    ['component:default/api', /you request as yourself/],
    [`${JANE}\nCloses #42`, /you request as yourself/],
  ])('refuses %j', (requestedBy, message) => {
    expect(() => resolveRequester(jane, requestedBy)).toThrow(message);
  });

  it('refuses any group for a user without a catalog entity, and a task without a user', () => {
    expect(() =>
      resolveRequester({ ref: JANE }, 'group:default/payments'),
    ).toThrow(/not a member/);
    expect(() => resolveRequester(undefined)).toThrow(/signed-in user/);
    expect(() => resolveRequester({ ref: 'not a ref' })).toThrow(
      /signed-in user/,
    );
  });

  it('describes a request on behalf of a group with the user', () => {
    expect(describeRequester({ ref: JANE, user: JANE })).toBe(JANE);
    expect(
      describeRequester({ ref: 'group:default/payments', user: JANE }),
    ).toBe('user:default/jane on behalf of group:default/payments');
  });
});
