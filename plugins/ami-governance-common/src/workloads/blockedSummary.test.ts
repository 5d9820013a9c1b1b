import { blockedByAccount, summarizeBlocked } from './blockedSummary';

const row = (
  publisher: string,
  accountId: string,
  instances: number,
  launchTemplates: number,
) => ({ publisher, accountId, instances, launchTemplates });

const rows = [
  row('777788889999', '210987654321', 3, 1),
  row('555566667777', '210987654321', 1, 0),
  // The same pair again, from another chunk.
  row('777788889999', '210987654321', 2, 0),
  row('777788889999', '310987654321', 0, 2),
  row('999988887777', '310987654321', 0, 0),
];

describe('summarizeBlocked', () => {
  it('adds chunked counts per publisher, counting each account once', () => {
    expect(summarizeBlocked(rows)).toEqual({
      blocked: { instances: 6, launchTemplates: 3 },
      accounts: 2,
      byPublisher: [
        {
          publisher: '777788889999',
          instances: 5,
          launchTemplates: 3,
          accounts: 2,
        },
        {
          publisher: '555566667777',
          instances: 1,
          launchTemplates: 0,
          accounts: 1,
        },
      ],
    });
  });
});

describe('blockedByAccount', () => {
  it('adds the same counts per account, most affected first', () => {
    expect(blockedByAccount(rows)).toEqual([
      {
        accountId: '210987654321',
        instances: 6,
        launchTemplates: 1,
        publishers: ['555566667777', '777788889999'],
      },
      {
        accountId: '310987654321',
        instances: 0,
        launchTemplates: 2,
        publishers: ['777788889999'],
      },
    ]);
  });
});
