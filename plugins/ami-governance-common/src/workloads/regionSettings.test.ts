import { regionSettingProblems, sameCriteria } from './regionSettings';

const expected = [
  { name: 'criteria_1', providers: ['111122223333', '123456738923'] },
];

describe('regionSettingProblems', () => {
  it('is empty when the region enforces what the policy says (names and order aside)', () => {
    expect(
      regionSettingProblems(
        {
          accountId: '210987654321',
          region: 'eu-west-1',
          state: 'audit-mode',
          managedBy: 'declarative-policy',
          criteria: [
            {
              name: 'criterion 1',
              providers: ['123456738923', '111122223333'],
            },
          ],
        },
        'audit_mode',
        expected,
      ),
    ).toEqual([]);
  });

  it('names each way a region differs: managed by the account, disabled, other criteria', () => {
    expect(
      regionSettingProblems(
        {
          accountId: '210987654321',
          region: 'us-east-1',
          state: 'disabled',
          managedBy: 'account',
          criteria: [],
        },
        'audit_mode',
        expected,
      ),
    ).toEqual(['not-managed-by-policy', 'other-state', 'other-criteria']);
  });

  it('compares criteria by content', () => {
    expect(
      sameCriteria(expected, [{ name: 'x', providers: ['111122223333'] }]),
    ).toBe(false);
    expect(
      sameCriteria(
        [{ name: 'a', imageNames: ['a-*'], maximumDaysSinceCreated: 30 }],
        [{ name: 'b', imageNames: ['a-*'], maximumDaysSinceCreated: 30 }],
      ),
    ).toBe(true);
  });
});
