import { TODAY } from '../__fixtures__/configs';
import { describeExpiryChoice } from './exceptionRequestExpiryChoice';

describe('describeExpiryChoice', () => {
  it("states the type's cap and the latest date before a date is chosen", () => {
    expect(
      describeExpiryChoice({ exceptionType: 'migration', today: TODAY }),
    ).toMatchObject({
      latest: '2027-02-21',
      earliest: TODAY,
      capText:
        'A migration exception may run at most 90 days: until 2027-02-21.',
      problems: [],
    });
    expect(
      describeExpiryChoice({ exceptionType: 'emergency', today: TODAY })
        .capText,
    ).toBe('An emergency exception may run at most 30 days: until 2026-12-23.');
    expect(describeExpiryChoice({ today: TODAY }).capText).toBeUndefined();
  });

  it("applies the organization's cap when it is lower", () => {
    const choice = describeExpiryChoice({
      exceptionType: 'migration',
      today: TODAY,
      organizationMaxDays: 45,
      expiresOn: '2027-01-08',
    });
    expect(choice.latest).toBe('2027-01-07');
    expect(choice.capText).toBe(
      "The organization's cap (policy_config.max_exception_duration_days) limits every exception to 45 days, below the 90 days a migration exception could otherwise run: until 2027-01-07.",
    );
    expect(choice.problems).toEqual([
      expect.stringMatching(
        /limits every exception to 45 days.*; 2027-01-08 is 46 days from today \(2026-11-23\)\. Choose 2027-01-07 or earlier/,
      ),
    ]);
  });

  it('counts the days and explains when the warning window starts', () => {
    const choice = describeExpiryChoice({
      exceptionType: 'migration',
      today: TODAY,
      expiresOn: '2027-01-31',
    });
    expect(choice).toMatchObject({
      days: 69,
      daysText: '69 days from today (2026-11-23, UTC).',
      warning:
        'From 2027-01-17 (14 days before it ends) the exception is listed as expiring and the daily check warns, leaving time to finish the work or ask for an extension.',
      problems: [],
    });
  });

  it('says when a date falls inside the warning window from the start', () => {
    const choice = describeExpiryChoice({
      exceptionType: 'emergency',
      today: TODAY,
      expiresOn: '2026-11-30',
      warningDays: 10,
    });
    expect(choice.daysText).toBe('7 days from today (2026-11-23, UTC).');
    expect(choice.warning).toBe(
      'Within the 10-day warning window from the start: the exception is listed as expiring at once, and the daily check warns every day until 2026-11-30.',
    );
    expect(
      describeExpiryChoice({ today: TODAY, expiresOn: TODAY }).daysText,
    ).toBe('Today (2026-11-23, UTC): the exception would end tonight.');
  });

  it('refuses with the messages the action uses: past, too long, not after the current exception', () => {
    expect(
      describeExpiryChoice({
        exceptionType: 'migration',
        today: TODAY,
        expiresOn: '2026-11-22',
      }).problems,
    ).toEqual([
      'expiresOn 2026-11-22 is in the past (today is 2026-11-23, UTC). Choose a date from 2026-11-23 on.',
    ]);
    expect(
      describeExpiryChoice({
        exceptionType: 'migration',
        today: TODAY,
        expiresOn: '2027-06-11',
      }).problems,
    ).toEqual([
      expect.stringMatching(
        /^A migration exception may run at most 90 days; 2027-06-11 is 200 days from today/,
      ),
    ]);
    const extension = describeExpiryChoice({
      exceptionType: 'migration',
      today: TODAY,
      expiresOn: '2027-01-15',
      currentExpiry: '2027-01-31',
      accountId: '777788889999',
    });
    expect(extension.earliest).toBe('2027-02-01');
    expect(extension.problems).toEqual([
      '777788889999 already has an exception until 2027-01-31; an extension must end after that date (asked for 2027-01-15). To end an exception early, remove its entry.',
    ]);
    expect(
      describeExpiryChoice({ today: TODAY, expiresOn: '2027-02-30' }).problems,
    ).toEqual([expect.stringMatching(/must be a real calendar date/)]);
  });
});
