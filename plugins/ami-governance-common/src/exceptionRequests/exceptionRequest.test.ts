import {
  exception,
  exceptionRequestOf as request,
  rawConfig,
  TODAY,
} from '../__fixtures__/configs';
import { parseGovernanceConfig } from '../config/parseConfig';
import type { GovernanceConfig } from '../config/schema';
import {
  checkExceptionRequestFields,
  ExceptionRequest,
  findingsIntroduced,
  planExceptionRequest,
} from './exceptionRequest';
import { validateConfig } from '../config/validateConfig';

function configOf(raw: unknown): GovernanceConfig {
  const parsed = parseGovernanceConfig(raw);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.findings));
  return parsed.config;
}

const refusals = (r: ExceptionRequest, raw: unknown = rawConfig()) => {
  const plan = planExceptionRequest(configOf(raw), r, TODAY);
  return plan.ok ? [] : plan.findings.map(f => `${f.code}:${f.path}`);
};

describe('checkExceptionRequestFields', () => {
  it('accepts a well-formed request and resolves durationDays from today', () => {
    expect(checkExceptionRequestFields(request(), TODAY)).toEqual({
      findings: [],
      expiresOn: '2027-01-31',
    });
    expect(
      checkExceptionRequestFields(
        request({ expiresOn: undefined, durationDays: 30 }),
        TODAY,
      ).expiresOn,
    ).toBe('2026-12-23');
  });

  it.each([
    [{ accountId: '12345678901' }, 'malformed-account-id:accountId'],
    [{ accountId: '12345678901a' }, 'malformed-account-id:accountId'],
    [{ exceptionType: 'forever' }, 'schema:exceptionType'],
    [{ ticket: 'CLOUD-1;rm -rf /' }, 'schema:ticket'],
    [{ ticket: '../main' }, 'schema:ticket'],
    [{ ticket: 'CLOUD-12 ' }, 'schema:ticket'],
    [{ reason: 'too short' }, 'schema:reason'],
    [{ requestedBy: ' ' }, 'schema:requestedBy'],
    [{ expiresOn: '2027-02-30' }, 'invalid-date:expiresOn'],
    [{ expiresOn: '2026-11-22' }, 'exception-expired:expiresOn'],
    [{ expiresOn: undefined }, 'schema:expiresOn'],
    [{ durationDays: 10 }, 'schema:expiresOn'],
    [{ expiresOn: undefined, durationDays: 0 }, 'schema:durationDays'],
    [{ expiresOn: undefined, durationDays: 1.5 }, 'schema:durationDays'],
  ])('refuses %p', (overrides, expected) => {
    const { findings } = checkExceptionRequestFields(
      request(overrides as Partial<ExceptionRequest>),
      TODAY,
    );
    expect(findings.map(f => `${f.code}:${f.path}`)).toEqual([expected]);
  });

  it('states the limit of each type: 90, 60 and 30 days', () => {
    // 2026-11-23 + 90 = 2027-02-21
    expect(
      checkExceptionRequestFields(request({ expiresOn: '2027-02-21' }), TODAY)
        .findings,
    ).toEqual([]);
    const [tooLong] = checkExceptionRequestFields(
      request({ expiresOn: '2027-02-22' }),
      TODAY,
    ).findings;
    expect(tooLong).toMatchObject({
      code: 'exception-duration-exceeded',
      path: 'expiresOn',
    });
    expect(tooLong.message).toContain('at most 90 days');
    expect(tooLong.message).toContain('2027-02-21 or earlier');
    expect(
      checkExceptionRequestFields(
        request({
          exceptionType: 'vendor_poc',
          expiresOn: undefined,
          durationDays: 61,
        }),
        TODAY,
      ).findings.map(f => `${f.path}:${f.message}`),
    ).toEqual([expect.stringMatching(/^durationDays:.*at most 60 days/)]);
    expect(
      checkExceptionRequestFields(
        request({ exceptionType: 'emergency', expiresOn: '2026-12-24' }),
        TODAY,
      ).findings[0].message,
    ).toContain('at most 30 days');
  });

  it('accepts an exception expiring today (still active today)', () => {
    expect(
      checkExceptionRequestFields(request({ expiresOn: TODAY }), TODAY)
        .findings,
    ).toEqual([]);
  });
});

describe('planExceptionRequest', () => {
  it('adds a new entry at the end, counted from today, that validates', () => {
    const raw = rawConfig({
      exception_accounts: [exception('777788889999', '2026-12-31')],
    });
    const plan = planExceptionRequest(
      configOf(raw),
      request({ notes: 'Done by January' }),
      TODAY,
    );
    expect(plan).toMatchObject({
      ok: true,
      kind: 'new',
      index: 1,
      exceptionType: 'migration',
      expiresOn: '2027-01-31',
      durationDays: 69,
      maxDays: 90,
      approvers: ['security lead', 'cloud architect'],
    });
    if (!plan.ok) throw new Error('refused');
    expect(Object.keys(plan.entry)).toEqual([
      'account_id',
      'expires_on',
      'reason',
      'exception_type',
      'ticket',
      'requested_by',
      'requested_on',
      'notes',
    ]);
    expect(plan.entry).toEqual({
      account_id: '999900001111',
      expires_on: '2027-01-31',
      reason: 'Moving the batch fleet to golden images',
      exception_type: 'migration',
      ticket: 'CLOUD-1400',
      requested_by: 'user:default/jane',
      requested_on: TODAY,
      notes: 'Done by January',
    });
    expect(
      validateConfig(plan.config, { today: TODAY }).findings.filter(
        f => f.severity === 'error',
      ),
    ).toEqual([]);
  });

  it('records an approver given at request time with today as the approval date', () => {
    const plan = planExceptionRequest(
      configOf(rawConfig()),
      request({ approvedBy: 'security-lead' }),
      TODAY,
    );
    expect(plan.ok && plan.entry).toMatchObject({
      approved_by: 'security-lead',
      approval_date: TODAY,
    });
  });

  it('refuses an account that is the ops publisher or a vendor', () => {
    expect(refusals(request({ accountId: '123456738923' }))).toEqual([
      'duplicate-account:accountId',
    ]);
    const plan = planExceptionRequest(
      configOf(rawConfig()),
      request({ accountId: '444455556666' }),
      TODAY,
    );
    expect(!plan.ok && plan.findings[0].message).toContain(
      'the vendor publisher Terraform Enterprise (vendor_publisher_accounts[1])',
    );
  });

  it('extends an active exception: new expiry, new request, previous values in notes', () => {
    const raw = rawConfig({
      exception_accounts: [
        exception('777788889999', '2026-12-01', { notes: 'First period' }),
      ],
    });
    const plan = planExceptionRequest(
      configOf(raw),
      request({
        accountId: '777788889999',
        expiresOn: '2027-02-01',
        notes: 'Two more teams to move',
      }),
      TODAY,
    );
    if (!plan.ok) throw new Error(JSON.stringify(plan.findings));
    expect(plan.kind).toBe('extension');
    expect(plan.index).toBe(0);
    expect(plan.previous?.expires_on).toBe('2026-12-01');
    expect(plan.entry).toEqual({
      account_id: '777788889999',
      expires_on: '2027-02-01',
      reason: 'Moving the batch fleet to golden images',
      exception_type: 'migration',
      ticket: 'CLOUD-1400',
      requested_by: 'user:default/jane',
      requested_on: TODAY,
      notes:
        'First period | Extended on 2026-11-23 from 2026-12-01 to 2027-02-01 (CLOUD-1400, requested by user:default/jane); previously ticket CLOUD-1234, approved by security-lead on 2026-11-01, reason: Migration from legacy image pipeline. Two more teams to move',
    });
    // The old approval no longer applies: the new period counts from today, and validates.
    expect(plan.entry.approval_date).toBeUndefined();
    expect(
      validateConfig(plan.config, { today: TODAY }).findings.filter(
        f => f.severity === 'error',
      ),
    ).toEqual([]);
  });

  it('renews an expired exception still in the file', () => {
    const raw = rawConfig({
      exception_accounts: [exception('777788889999', '2026-11-01')],
    });
    const plan = planExceptionRequest(
      configOf(raw),
      request({ accountId: '777788889999', expiresOn: '2026-12-15' }),
      TODAY,
    );
    expect(plan).toMatchObject({ ok: true, kind: 'extension' });
  });

  it('refuses an "extension" that does not end after the current expiry', () => {
    const raw = rawConfig({
      exception_accounts: [exception('777788889999', '2027-01-31')],
    });
    expect(
      refusals(
        request({ accountId: '777788889999', expiresOn: '2027-01-15' }),
        raw,
      ),
    ).toEqual(['exception-dates-reversed:expiresOn']);
  });

  it('reports every refusal at once', () => {
    expect(
      refusals(
        request({
          accountId: '123456738923',
          reason: 'short',
          expiresOn: '2020-01-01',
        }),
      ),
    ).toEqual([
      'schema:reason',
      'exception-expired:expiresOn',
      'duplicate-account:accountId',
    ]);
  });
});

describe('findingsIntroduced', () => {
  it('keeps only new errors', () => {
    const old = {
      severity: 'error' as const,
      code: 'exception-expired' as const,
      path: 'exception_accounts[0].expires_on',
      message: 'expired',
    };
    const fresh = { ...old, path: 'exception_accounts[1].expires_on' };
    const warning = { ...fresh, severity: 'warning' as const };
    expect(findingsIntroduced([old], [old, fresh, warning])).toEqual([fresh]);
  });
});
