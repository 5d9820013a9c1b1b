import { fixture, runCli, runCliJson, TODAY } from '../__testUtils__/runCli';

const EXPIRING = {
  accountId: '555566667777',
  path: 'exception_accounts[1]',
  expiresOn: '2026-12-01',
  daysRemaining: 8,
  ticket: 'CLOUD-1301',
};

describe('ami-governance check-expiry', () => {
  it('exits 0 and lists the exception inside the warning window', () => {
    const { status, stderr, json } = runCliJson([
      'check-expiry',
      '--config',
      fixture('valid.json'),
      '--today',
      TODAY,
    ]);

    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(json).toEqual({
      ok: true,
      today: TODAY,
      warningDays: 14,
      expired: [],
      expiring: [EXPIRING],
      total: 2,
    });
  });

  it('--warn-days 0 narrows the window to the last day', () => {
    const { status, json } = runCliJson([
      'check-expiry',
      '--config',
      fixture('valid.json'),
      '--today',
      TODAY,
      '--warn-days',
      '0',
    ]);

    expect(status).toBe(0);
    expect(json).toMatchObject({ ok: true, warningDays: 0, expiring: [] });
  });

  it('exits 1 once an exception has expired', () => {
    const { status, json } = runCliJson([
      'check-expiry',
      '--config',
      fixture('expired-exception.json'),
      '--today',
      TODAY,
    ]);

    expect(status).toBe(1);
    expect(json.ok).toBe(false);
    expect(json.expired).toEqual([
      {
        accountId: '777788889999',
        path: 'exception_accounts[2]',
        expiresOn: '2026-11-20',
        daysRemaining: -3,
        ticket: 'CLOUD-1400',
      },
    ]);
    expect(json.expiring).toEqual([EXPIRING]);
    expect(json.total).toBe(3);
  });

  it('exits 0 on the expires_on day itself, reporting it as expiring today (text)', () => {
    const result = runCli([
      'check-expiry',
      '--config',
      fixture('expired-exception.json'),
      '--today',
      '2026-11-20',
    ]);

    expect(result.status).toBe(0);
    expect(result.stdout).toContain('0 expired');
    expect(result.stdout).toMatch(/777788889999.*expires today/);
    expect(result.stdout).not.toMatch(/^Expired/m);
  });
});
