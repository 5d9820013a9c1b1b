import { exception, rawConfig, TODAY } from '../__fixtures__/configs';
import {
  checkExceptionRequestFields,
  ExceptionRequest,
  planExceptionRequest,
} from '../exceptionRequests/exceptionRequest';
import { validateConfig } from './validateConfig';
import { exceptionDurationCap } from './exceptionDurationCap';
import { parseGovernanceConfig } from './parseConfig';

describe('exceptionDurationCap', () => {
  it("applies the type's cap when no organization cap is set, or a larger one", () => {
    expect(exceptionDurationCap('migration')).toEqual({
      maxDays: 90,
      appliedBy: 'type',
      rule: 'a migration exception may run at most 90 days',
    });
    expect(exceptionDurationCap('emergency', 45)).toEqual({
      maxDays: 30,
      appliedBy: 'type',
      rule: 'an emergency exception may run at most 30 days',
    });
    expect(exceptionDurationCap(undefined, 90)).toMatchObject({
      maxDays: 90,
      appliedBy: 'type',
      rule: 'an exception without a type may run at most 90 days',
    });
  });

  it('applies the organization cap when it is smaller, and says so', () => {
    expect(exceptionDurationCap('vendor_poc', 45)).toEqual({
      maxDays: 45,
      appliedBy: 'organization',
      rule: "the organization's cap (policy_config.max_exception_duration_days) limits every exception to 45 days, below the 60 days a vendor_poc exception could otherwise run",
    });
    expect(exceptionDurationCap(undefined, 20).maxDays).toBe(20);
  });
});

describe('policy_config.max_exception_duration_days', () => {
  const withCap = (cap: unknown, exceptions: unknown[] = []) =>
    rawConfig({
      exception_accounts: exceptions,
      policy_config: { max_exception_duration_days: cap },
    });

  it('must be a whole number of days, 1 or more', () => {
    for (const bad of [0, 1.5, '30']) {
      const result = parseGovernanceConfig(withCap(bad));
      expect(!result.ok && result.findings.map(f => [f.code, f.path])).toEqual([
        ['schema', 'policy_config.max_exception_duration_days'],
      ]);
    }
  });

  it('caps validation below the type maximum, naming the cap that applied', () => {
    // Approved 2026-11-20: 45 days is 2027-01-04, 46 days 2027-01-05.
    const at = (expiresOn: string) =>
      validateConfig(
        withCap(45, [
          exception('777788889999', expiresOn, { approval_date: '2026-11-20' }),
        ]),
        { today: TODAY },
      ).findings;
    expect(at('2027-01-04')).toEqual([]);
    expect(at('2027-01-05')).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'exception-duration-exceeded',
        path: 'exception_accounts[0].expires_on',
        message: expect.stringMatching(
          /runs 46 days .*the organization's cap \(policy_config\.max_exception_duration_days\) limits every exception to 45 days, below the 90 days a migration exception could otherwise run\. Set expires_on to 2027-01-04 or earlier/,
        ),
      }),
    ]);
  });

  it("keeps the type's cap, and names it, when the type's is smaller", () => {
    const [finding] = validateConfig(
      withCap(45, [
        exception('777788889999', '2026-12-21', {
          exception_type: 'emergency',
          approval_date: '2026-11-20',
        }),
      ]),
      { today: TODAY },
    ).findings;
    expect(finding).toMatchObject({
      code: 'exception-duration-exceeded',
      message: expect.stringContaining(
        'an emergency exception may run at most 30 days. Set expires_on to 2026-12-20',
      ),
    });
  });

  const request = (expiresOn: string): ExceptionRequest => ({
    accountId: '999900001111',
    exceptionType: 'migration',
    expiresOn,
    reason: 'Moving the batch fleet to golden images',
    ticket: 'CLOUD-1400',
    requestedBy: 'user:default/jane',
  });

  it('caps exception requests too (the scaffolder action and form)', () => {
    // TODAY 2026-11-23 + 45 days = 2027-01-07.
    expect(
      checkExceptionRequestFields(request('2027-01-08'), TODAY).findings,
    ).toEqual([]);
    const [refused] = checkExceptionRequestFields(
      request('2027-01-08'),
      TODAY,
      45,
    ).findings;
    expect(refused).toMatchObject({
      code: 'exception-duration-exceeded',
      path: 'expiresOn',
      message: expect.stringMatching(
        /^The organization's cap \(policy_config\.max_exception_duration_days\) limits every exception to 45 days.*; 2027-01-08 is 46 days from today \(2026-11-23\)\. Choose 2027-01-07 or earlier/,
      ),
    });

    const parsed = parseGovernanceConfig(withCap(45));
    if (!parsed.ok) throw new Error('fixture invalid');
    const plan = planExceptionRequest(
      parsed.config,
      request('2027-01-08'),
      TODAY,
    );
    expect(!plan.ok && plan.findings.map(f => f.code)).toEqual([
      'exception-duration-exceeded',
    ]);
    const accepted = planExceptionRequest(
      parsed.config,
      request('2027-01-07'),
      TODAY,
    );
    expect(accepted).toMatchObject({ ok: true, maxDays: 45, durationDays: 45 });
  });
});
