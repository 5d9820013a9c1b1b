import { addDays } from '@ami-governance/backstage-plugin-ami-governance-common';
import { expiryNotice, expiryStage, stageRank } from './expiryNotice';

const EXPIRES = '2026-12-15';
const daysBefore = (n: number) => addDays(EXPIRES, -n);

describe('expiryStage', () => {
  it.each([
    [20, undefined],
    [15, undefined],
    [14, 14],
    [8, 14],
    [7, 7],
    [2, 7],
    [1, 1],
    [0, 1],
    [-1, 'lapsed'],
    [-7, 'lapsed'],
    [-8, undefined],
  ])('%i days before expiry → %s', (days, stage) => {
    expect(expiryStage(EXPIRES, daysBefore(days))).toBe(stage);
  });

  it('takes the thresholds it is given', () => {
    expect(expiryStage(EXPIRES, daysBefore(25), [30, 3])).toBe(30);
    expect(expiryStage(EXPIRES, daysBefore(3), [30, 3])).toBe(3);
  });

  it('ranks sooner stages higher', () => {
    expect(stageRank('lapsed')).toBeGreaterThan(stageRank(1));
    expect(stageRank(1)).toBeGreaterThan(stageRank(7));
    expect(stageRank(7)).toBeGreaterThan(stageRank(14));
  });
});

describe('expiryNotice', () => {
  const exception = { account_id: '777788889999', expires_on: EXPIRES };

  it('says the countdown and the date, more urgent as it nears', () => {
    const early = expiryNotice(exception, daysBefore(14))!;
    expect(early.title).toBe(
      'AMI exception for 777788889999 14 days left (until 2026-12-15)',
    );
    expect(early.severity).toBe('normal');
    expect(expiryNotice(exception, daysBefore(7))!.severity).toBe('high');
    expect(expiryNotice(exception, daysBefore(1))!.severity).toBe('critical');
    const lapsed = expiryNotice(exception, addDays(EXPIRES, 1))!;
    expect(lapsed.stage).toBe('lapsed');
    expect(lapsed.title).toContain('has lapsed');
  });

  it('keeps one scope per exception and expiry date, so stages update one notification', () => {
    const scopes = [14, 7, 1, -1].map(
      d => expiryNotice(exception, daysBefore(d))!.scope,
    );
    expect(new Set(scopes).size).toBe(1);
    const renewed = expiryNotice(
      { ...exception, expires_on: '2027-01-10' },
      '2026-12-31',
    )!;
    expect(renewed.scope).not.toBe(scopes[0]);
  });

  it('is silent too early and long after', () => {
    expect(expiryNotice(exception, daysBefore(30))).toBeUndefined();
    expect(expiryNotice(exception, addDays(EXPIRES, 30))).toBeUndefined();
  });
});
