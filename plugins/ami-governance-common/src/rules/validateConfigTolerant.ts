import { SalvagedConfig, salvageConfig } from '../config/salvageConfig';
import type { IsoDate } from '../dates';
import type { Finding } from '../findings';
import { exceptionStatus } from './exceptionStatus';
import { DEFAULT_WARNING_DAYS } from './exceptionTypes';
import type { Publisher } from './publishers';
import { publisherFindings } from './validateConfigRules';

// The rules that can run on a file the schema refuses: duplicates across categories, expiry and
// durations, over every entry whose account ID (and, for expiry and durations, dates) is valid.

function salvagedPublishers(
  config: SalvagedConfig,
  today: IsoDate,
  warningDays: number,
): Publisher[] {
  const publishers: Publisher[] = [];
  if (config.ops.account_id) {
    publishers.push({
      provider: config.ops.account_id,
      category: 'ops',
      path: 'ops_publisher_account',
    });
  }
  for (const { index, value } of config.vendors) {
    if (!value.account_id) continue;
    publishers.push({
      provider: value.account_id,
      category: 'vendor',
      path: `vendor_publisher_accounts[${index}]`,
      name: value.vendor_name,
    });
  }
  for (const { index, value } of config.exceptions) {
    const { account_id, expires_on } = value;
    if (!account_id) continue;
    publishers.push({
      provider: account_id,
      category: 'exception',
      path: `exception_accounts[${index}]`,
      exception: expires_on
        ? {
            ...value,
            account_id,
            expires_on,
            reason: value.reason ?? '',
            status: exceptionStatus(expires_on, today, warningDays),
          }
        : undefined,
    });
  }
  for (const { index, value } of config.aliases) {
    publishers.push({
      provider: value,
      category: 'alias',
      path: `policy_config.additional_image_providers[${index}]`,
    });
  }
  return publishers;
}

/** The publisher rules over what can be salvaged of a decoded file that fails the schema. */
export function tolerantFindings(value: unknown, today: IsoDate): Finding[] {
  const config = salvageConfig(value);
  const warningDays = config.policyConfig.warning_days ?? DEFAULT_WARNING_DAYS;
  return publisherFindings(salvagedPublishers(config, today, warningDays), {
    warningDays,
    organizationMaxDays: config.policyConfig.max_exception_duration_days,
  });
}
