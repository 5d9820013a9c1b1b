import { parseGovernanceConfig } from './parseConfig';
import { configChangeFindings } from './configChange';

const config = (vendors: number, exceptions: number) => {
  const parsed = parseGovernanceConfig({
    ops_publisher_account: { account_id: '123456738923' },
    vendor_publisher_accounts: Array.from({ length: vendors }, (_, i) => ({
      account_id: String(111100000000 + i),
      vendor_name: `Vendor ${i}`,
    })),
    exception_accounts: Array.from({ length: exceptions }, (_, i) => ({
      account_id: String(222200000000 + i),
      expires_on: '2026-12-20',
      reason: 'Migration',
      exception_type: 'migration',
      approval_date: '2026-11-20',
    })),
    policy_config: { enforcement_mode: 'audit_mode' },
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.findings));
  return parsed.config;
};

describe('configChangeFindings', () => {
  it('warns when a change empties vendors and exceptions at once', () => {
    const [finding] = configChangeFindings(config(2, 3), config(0, 0));
    expect(finding).toMatchObject({
      severity: 'warning',
      code: 'allowlist-emptied',
    });
    expect(finding.message).toContain('2 vendor(s) and 3 exception(s) before');
  });

  it('says nothing when something remains or nothing was there', () => {
    expect(configChangeFindings(config(2, 3), config(1, 0))).toEqual([]);
    expect(configChangeFindings(config(2, 3), config(0, 1))).toEqual([]);
    expect(configChangeFindings(config(0, 0), config(0, 0))).toEqual([]);
  });
});
