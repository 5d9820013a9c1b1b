import { parseGovernanceConfig } from '../config/parseConfig';
import { addDays } from '../lib/dates';
import { criteriaFromConfig, newlyBlocked, Workload } from './impact';

const NOW = new Date('2026-11-23T12:00:00Z');
const TODAY = '2026-11-23';

function config() {
  const parsed = parseGovernanceConfig({
    ops_publisher_account: { account_id: '123456738923' },
    vendor_publisher_accounts: [
      { account_id: '111122223333', vendor_name: 'InfoBlox' },
    ],
    exception_accounts: [
      {
        account_id: '777788889999',
        expires_on: '2026-12-01',
        reason: 'Migration',
        exception_type: 'migration',
        approval_date: '2026-11-01',
      },
    ],
    policy_config: { enforcement_mode: 'audit_mode' },
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.findings));
  return parsed.config;
}

const workload = (
  kind: Workload['kind'],
  id: string,
  accountId: string,
  ownerId: string,
): Workload => ({
  kind,
  id,
  accountId,
  region: 'eu-west-1',
  image: { ownerId, imageId: `ami-${id}` },
});

const inventory: Workload[] = [
  workload('instance', 'i-1', '210987654321', '777788889999'),
  workload('instance', 'i-2', '210987654322', '777788889999'),
  workload('launch-template', 'lt-1:3', '210987654321', '777788889999'),
  workload('instance', 'i-3', '210987654321', '123456738923'),
  workload('instance', 'i-4', '210987654321', '555566667777'),
  // Built in the launching account itself: Allowed AMIs never blocks it.
  workload('instance', 'i-5', '210987654321', '210987654321'),
];

describe('what a change does to workloads', () => {
  it('lists what an exception lapsing on its date would block, by publisher', () => {
    const today = criteriaFromConfig(config(), TODAY)!;
    const afterExpiry = criteriaFromConfig(config(), addDays('2026-12-01', 1))!;
    expect(newlyBlocked(inventory, afterExpiry, today, NOW)).toEqual([
      {
        publisher: '777788889999',
        instances: 2,
        launchTemplates: 1,
        accounts: ['210987654321', '210987654322'],
        workloads: inventory.slice(0, 3),
      },
    ]);
    // The day it expires it still counts.
    expect(
      newlyBlocked(
        inventory,
        criteriaFromConfig(config(), '2026-12-01')!,
        today,
        NOW,
      ),
    ).toEqual([]);
  });

  it('lists what switching to enabled would block today: everything not allowed, self-owned excepted', () => {
    const blocked = newlyBlocked(
      inventory,
      criteriaFromConfig(config(), TODAY)!,
      undefined,
      NOW,
    );
    expect(blocked.map(b => [b.publisher, b.instances])).toEqual([
      ['555566667777', 1],
    ]);
  });
});
