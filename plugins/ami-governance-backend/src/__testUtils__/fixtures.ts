import { addDays, utcDateOf } from 'ami-governance-common';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repoRoot = resolve(__dirname, '../../../..');
export const exampleSnapshotPath = join(repoRoot, 'examples/org-snapshot.json');
export const exampleSnapshot = () =>
  JSON.parse(readFileSync(exampleSnapshotPath, 'utf8'));

/** Today in UTC, as the plugin sees it: fixtures are dated relative to it. */
export const today = () => utcDateOf(new Date());

/** A governance config with one exception active, one expiring and one expired as of today. */
export function configRelativeToToday() {
  const t = today();
  const exception = (accountId: string, days: number, type = 'migration') => ({
    account_id: accountId,
    expires_on: addDays(t, days),
    reason: 'Migration from legacy image pipeline',
    exception_type: type,
    ticket: 'CLOUD-1234',
    approval_date: addDays(t, -5),
  });
  return {
    ops_publisher_account: {
      account_id: '123456738923',
      description: 'Ops golden AMI publisher',
    },
    vendor_publisher_accounts: [
      { account_id: '111122223333', vendor_name: 'InfoBlox' },
    ],
    exception_accounts: [
      exception('777788889999', 40),
      exception('222233334444', 3),
      exception('555566667777', -2),
    ],
    policy_config: { enforcement_mode: 'audit_mode' },
  };
}

/** Writes `content` (an object as JSON, or raw text) to a fresh temp file and returns its path. */
export function writeTempFile(
  content: unknown,
  name = 'ami_publishers.json',
): string {
  const dir = mkdtempSync(join(tmpdir(), 'ami-governance-'));
  const path = join(dir, name);
  writeFileSync(
    path,
    typeof content === 'string' ? content : JSON.stringify(content, null, 2),
  );
  return path;
}
