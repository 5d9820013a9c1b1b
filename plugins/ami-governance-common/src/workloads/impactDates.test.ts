import { parseGovernanceConfig } from '../config/parseConfig';
import {
  defaultImpactDate,
  lapsingExceptions,
  nextExceptionExpiry,
} from './impactDates';

const TODAY = '2026-11-23';

function config(expiries: [string, string][]) {
  const parsed = parseGovernanceConfig({
    ops_publisher_account: { account_id: '123456738923' },
    vendor_publisher_accounts: [
      { account_id: '111122223333', vendor_name: 'InfoBlox' },
    ],
    exception_accounts: expiries.map(([account_id, expires_on]) => ({
      account_id,
      expires_on,
      reason: 'Migration',
      exception_type: 'migration',
      approval_date: '2026-11-01',
    })),
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.findings));
  return parsed.config;
}

describe('the dates an impact question compares', () => {
  const c = config([
    ['777788889999', '2026-12-20'],
    ['222233334444', '2026-11-25'],
    ['555566667777', '2026-11-20'],
  ]);

  it('defaults to the first day the next exception is gone', () => {
    expect(nextExceptionExpiry(c, TODAY)).toBe('2026-11-25');
    expect(defaultImpactDate(c, TODAY)).toBe('2026-11-26');
    // Expiring today: still allowed today, gone tomorrow.
    expect(defaultImpactDate(c, '2026-12-20')).toBe('2026-12-21');
    expect(defaultImpactDate(config([]), TODAY)).toBe(TODAY);
  });

  it('lists what lapses by a date, soonest first, and nothing on the expiry day itself', () => {
    expect(lapsingExceptions(c, TODAY, '2026-11-25')).toEqual([]);
    expect(lapsingExceptions(c, TODAY, '2026-11-26')).toEqual([
      { provider: '222233334444', expiresOn: '2026-11-25' },
    ]);
    expect(lapsingExceptions(c, TODAY, '2027-01-01')).toEqual([
      { provider: '222233334444', expiresOn: '2026-11-25' },
      { provider: '777788889999', expiresOn: '2026-12-20' },
    ]);
  });

  it('never counts an exception whose account stays allowed another way', () => {
    const both = config([['111122223333', '2026-11-25']]);
    expect(lapsingExceptions(both, TODAY, '2027-01-01')).toEqual([]);
  });
});
