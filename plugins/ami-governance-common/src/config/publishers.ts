import { ImageProvider, sortProviders } from '../lib/accounts';
import type { ExceptionEntry, GovernanceConfig } from './schema';
import type { IsoDate } from '../lib/dates';
import { exceptionStatus, ExceptionStatus } from './exceptionStatus';

/** Where a provider comes from. `alias` is an owner alias from `policy_config.additional_image_providers`. @public */
export type PublisherCategory = 'ops' | 'vendor' | 'exception' | 'alias';

/** One row of the publisher list: what the portal shows and what the allowlist is made from. @public */
export type Publisher = {
  provider: ImageProvider;
  category: PublisherCategory;
  /** JSON path of the entry in the config file. */
  path: string;
  name?: string;
  description?: string;
  /** Exceptions only. */
  exception?: ExceptionEntry & { status: ExceptionStatus };
  /** Only its AMIs named so are allowed (`image_names`); absent: any name. */
  imageNames?: string[];
  /** Only its AMIs carrying one of these AWS Marketplace product codes are allowed. */
  marketplaceProductCodes?: string[];
};

/** A publisher's `image_names` and `marketplace_product_codes`, when the entry has them. */
const constraintsOf = (entry: {
  image_names?: string[];
  marketplace_product_codes?: string[];
}) => ({
  ...(entry.image_names && { imageNames: entry.image_names }),
  ...(entry.marketplace_product_codes && {
    marketplaceProductCodes: entry.marketplace_product_codes,
  }),
});

/**
 * Every publisher in the config, exceptions with their status as of `today` (warning window from
 * `policy_config.warning_days` unless given).
 * @public
 */
export function listPublishers(
  config: GovernanceConfig,
  today: IsoDate,
  warningDays: number = config.policy_config.warning_days,
): Publisher[] {
  const ops = config.ops_publisher_account;
  return [
    {
      provider: ops.account_id,
      category: 'ops',
      path: 'ops_publisher_account',
      name: ops.description,
      description: ops.purpose,
      ...constraintsOf(ops),
    },
    ...config.vendor_publisher_accounts.map(
      (v, i): Publisher => ({
        provider: v.account_id,
        category: 'vendor',
        path: `vendor_publisher_accounts[${i}]`,
        name: v.vendor_name,
        description: v.description,
        ...constraintsOf(v),
      }),
    ),
    ...config.exception_accounts.map(
      (e, i): Publisher => ({
        provider: e.account_id,
        category: 'exception',
        path: `exception_accounts[${i}]`,
        name: e.requested_by,
        description: e.reason,
        exception: {
          ...e,
          status: exceptionStatus(e.expires_on, today, warningDays),
        },
        ...constraintsOf(e),
      }),
    ),
    ...config.policy_config.additional_image_providers.map(
      (alias, i): Publisher => ({
        provider: alias,
        category: 'alias',
        path: `policy_config.additional_image_providers[${i}]`,
        name: alias,
      }),
    ),
  ];
}

/** @public */
export interface AllowlistResult {
  /** Sorted, unique: the providers both generated policies must carry. */
  providers: ImageProvider[];
  /** Exceptions left out because their date has passed. */
  expired: Publisher[];
}

// Every account view, explanation and impact asks for today's allowlist, often several times: it is
// worked out once per config object and day (config objects are never changed once parsed).
const allowlists = new WeakMap<
  GovernanceConfig,
  Map<IsoDate, AllowlistResult>
>();

/**
 * The allowlist as of `today`: the ops publisher, every vendor, every owner alias configured and
 * every exception whose `expires_on` is today or later. The same (frozen) result for the same config
 * object and day.
 * @public
 */
export function computeAllowlist(
  config: GovernanceConfig,
  today: IsoDate,
): AllowlistResult {
  let byDay = allowlists.get(config);
  if (!byDay) allowlists.set(config, (byDay = new Map()));
  let result = byDay.get(today);
  if (!result) {
    const expired: Publisher[] = [];
    const allowed: ImageProvider[] = [];
    // One pass: a set difference against the expired list would be quadratic in exceptions.
    for (const p of listPublishers(config, today)) {
      if (p.exception && !p.exception.status.inAllowlist) expired.push(p);
      else allowed.push(p.provider);
    }
    result = Object.freeze({
      providers: Object.freeze(sortProviders(allowed)) as ImageProvider[],
      expired: Object.freeze(expired) as Publisher[],
    });
    byDay.set(today, result);
  }
  return result;
}
