import type { GovernanceConfig } from './schema';
import type { Finding } from '../lib/findings';

/**
 * What a change from `previous` to `next` does that no single-file rule can see. Today: removing every
 * vendor publisher and every exception at once, which is valid but almost always a mistake (a bad
 * merge, a truncated file) and, once enforced, blocks every launch from those publishers.
 * @public
 */
export function configChangeFindings(
  previous: GovernanceConfig,
  next: GovernanceConfig,
): Finding[] {
  const vendors = previous.vendor_publisher_accounts.length;
  const exceptions = previous.exception_accounts.length;
  const emptied =
    vendors + exceptions > 0 &&
    next.vendor_publisher_accounts.length === 0 &&
    next.exception_accounts.length === 0;
  if (!emptied) return [];
  return [
    {
      severity: 'warning',
      code: 'allowlist-emptied',
      path: 'vendor_publisher_accounts',
      message:
        `This change removes every vendor publisher and every exception at once (${vendors} vendor(s) and ` +
        `${exceptions} exception(s) before): the allowlist keeps only the ops publisher, and launches from the ` +
        `others will be blocked once enforced. If that is not intended, restore them from the previous version.`,
    },
  ];
}
