import { isAccountId } from '../lib/accounts';
import type { EnforcementMode, GovernanceConfig } from '../config/schema';
import type { IsoDate } from '../lib/dates';
import {
  AccountRequestStanding,
  accountRequestStanding,
} from './exceptionRequestAccount';
import { listPublishers } from '../config/publishers';

/** What the exception request form needs of the config to apply its rules as you type. @public */
export type ExceptionRequestRules = {
  warningDays: number;
  /** `policy_config.max_exception_duration_days`, or null when the organization sets none. */
  organizationMaxDays: number | null;
  enforcementMode: EnforcementMode;
  /** What a request for `accountId` would be; null without a 12-digit account ID. */
  account: AccountRequestStanding | null;
};

/** The form's rules from `config` as of `today`, for an account when one is given. @public */
export function exceptionRequestRules(
  config: GovernanceConfig,
  today: IsoDate,
  accountId?: string,
): ExceptionRequestRules {
  return {
    warningDays: config.policy_config.warning_days,
    organizationMaxDays:
      config.policy_config.max_exception_duration_days ?? null,
    enforcementMode: config.policy_config.enforcement_mode,
    account:
      accountId && isAccountId(accountId)
        ? accountRequestStanding(listPublishers(config, today), accountId)
        : null,
  };
}
