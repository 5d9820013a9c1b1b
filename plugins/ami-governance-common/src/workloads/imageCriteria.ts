import { canonicalProvider, ImageProvider } from '../lib/accounts';
import { operatorValue } from '../policies/operators';
import { asList, asRecord } from '../policies/parseJsonObject';

/**
 * One Allowed AMIs criterion, whatever it was read from (a declarative policy or the EC2 API's
 * `GetAllowedImagesSettings`). A key that is absent does not constrain; the keys given are ANDed.
 * @public
 */
export type ImageCriterion = {
  /** Name of the criterion (`criteria_1`, or its index in the EC2 answer). */
  name: string;
  /** Account IDs and canonical owner aliases (`amazon`, `aws-marketplace`, `aws-backup-vault`). */
  providers?: ImageProvider[];
  /** Image name patterns with `*` (any run) and `?` (one character). */
  imageNames?: string[];
  marketplaceProductCodes?: string[];
  maximumDaysSinceCreated?: number;
  maximumDaysSinceDeprecated?: number;
};

/**
 * The key names of a criterion in each document: one table, so a spelling is changed in one place.
 * The generator writes the declarative policy's from it too.
 * @public
 */
export const CRITERION_KEYS = {
  declarativePolicy: {
    providers: 'allowed_image_providers',
    imageNames: 'image_names',
    marketplaceProductCodes: 'marketplace_product_codes',
    creation: ['creation_date_condition', 'maximum_days_since_created'],
    deprecation: [
      'deprecation_time_condition',
      'maximum_days_since_deprecated',
    ],
  },
  ec2Api: {
    providers: 'ImageProviders',
    imageNames: 'ImageNames',
    marketplaceProductCodes: 'MarketplaceProductCodes',
    creation: ['CreationDateCondition', 'MaximumDaysSinceCreated'],
    deprecation: ['DeprecationTimeCondition', 'MaximumDaysSinceDeprecated'],
  },
} as const;

const strings = (value: unknown) =>
  asList(operatorValue(value)).filter(
    (v): v is string => typeof v === 'string',
  );

function numberAt(
  record: Record<string, unknown>,
  [outer, inner]: readonly string[],
) {
  const value = operatorValue(asRecord(operatorValue(record[outer]))?.[inner]);
  return typeof value === 'number' ? value : undefined;
}

function criterionOf(
  name: string,
  raw: unknown,
  keys: (typeof CRITERION_KEYS)[keyof typeof CRITERION_KEYS],
): ImageCriterion {
  const record = asRecord(raw) ?? {};
  const present = (key: string) => record[key] !== undefined;
  return {
    name,
    ...(present(keys.providers) && {
      providers: strings(record[keys.providers]).map(canonicalProvider),
    }),
    ...(present(keys.imageNames) && {
      imageNames: strings(record[keys.imageNames]),
    }),
    ...(present(keys.marketplaceProductCodes) && {
      marketplaceProductCodes: strings(record[keys.marketplaceProductCodes]),
    }),
    ...(numberAt(record, keys.creation) !== undefined && {
      maximumDaysSinceCreated: numberAt(record, keys.creation),
    }),
    ...(numberAt(record, keys.deprecation) !== undefined && {
      maximumDaysSinceDeprecated: numberAt(record, keys.deprecation),
    }),
  };
}

/**
 * The criteria of a declarative policy's `allowed_images_settings.image_criteria` (`criteria_1` …),
 * with or without inheritance operators.
 * @public
 */
export function criteriaFromDeclarativePolicy(
  imageCriteria: unknown,
): ImageCriterion[] {
  const criteria = asRecord(operatorValue(imageCriteria)) ?? {};
  return Object.entries(criteria)
    .filter(([name]) => !name.startsWith('@@'))
    .map(([name, raw]) =>
      criterionOf(name, raw, CRITERION_KEYS.declarativePolicy),
    );
}

/** The criteria as `GetAllowedImagesSettings` returns them (`ImageCriteria`). @public */
export function criteriaFromEc2Api(imageCriteria: unknown): ImageCriterion[] {
  return asList(imageCriteria).map((raw, i) =>
    criterionOf(`criterion ${i + 1}`, raw, CRITERION_KEYS.ec2Api),
  );
}
