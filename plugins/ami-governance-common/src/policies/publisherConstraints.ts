import type { ImageProvider } from '../lib/accounts';
import type { GovernanceConfig } from '../config/schema';
import type {
  ImageAgeLimits,
  PublisherConstraintEntry,
} from './imageCriteriaPlan';

type Constrainable = {
  account_id: string;
  image_names?: string[];
  marketplace_product_codes?: string[];
};

function entryOf(
  publisher: Constrainable,
  path: string,
): [ImageProvider, PublisherConstraintEntry][] {
  const { image_names, marketplace_product_codes } = publisher;
  if (!image_names && !marketplace_product_codes) return [];
  return [
    [
      publisher.account_id,
      {
        path,
        ...(image_names && { imageNames: image_names }),
        ...(marketplace_product_codes && {
          marketplaceProductCodes: marketplace_product_codes,
        }),
      },
    ],
  ];
}

/**
 * The criteria settings the config writes beyond the allowlist: each publisher's image names and
 * product codes, and the organization's age limits. Keys are left out when the config uses none, so
 * a config without them yields the settings (and documents) it always did.
 * @public
 */
export function publisherConstraintsOf(config: GovernanceConfig): {
  publisherConstraints?: Record<ImageProvider, PublisherConstraintEntry>;
  imageAgeLimits?: ImageAgeLimits;
} {
  const entries = [
    ...entryOf(config.ops_publisher_account, 'ops_publisher_account'),
    ...config.vendor_publisher_accounts.flatMap((v, i) =>
      entryOf(v, `vendor_publisher_accounts[${i}]`),
    ),
    ...config.exception_accounts.flatMap((e, i) =>
      entryOf(e, `exception_accounts[${i}]`),
    ),
  ];
  const pc = config.policy_config;
  const ages: ImageAgeLimits = {
    ...(pc.max_image_age_days !== undefined && {
      maximumDaysSinceCreated: pc.max_image_age_days,
    }),
    ...(pc.max_days_since_deprecated !== undefined && {
      maximumDaysSinceDeprecated: pc.max_days_since_deprecated,
    }),
  };
  return {
    ...(entries.length && {
      publisherConstraints: Object.fromEntries(entries),
    }),
    ...(Object.keys(ages).length && { imageAgeLimits: ages }),
  };
}
