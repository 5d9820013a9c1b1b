import {
  canonicalOwnerAlias,
  isAccountId,
  isAwsRegion,
  isIsoDate,
  IsoDate,
  ownerAliasSpellings,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { InputError } from '@backstage/errors';

/** Query values of the workload routes, each checked with a 400 that names the parameter and the fix. */

export function accountParam(
  value: string | undefined,
  name: string,
): string | undefined {
  if (value === undefined || isAccountId(value)) return value;
  throw new InputError(
    `${name} must be a 12-digit AWS account ID written as digits, e.g. 210987654321, not "${value}"`,
  );
}

/** An AMI publisher: an account ID, or an owner alias in any spelling (returned in EC2 API spelling). */
export function publisherParam(
  value: string | undefined,
  name = 'publisher',
): string | undefined {
  if (value === undefined || isAccountId(value)) return value;
  const alias = canonicalOwnerAlias(value);
  if (alias) return alias;
  throw new InputError(
    `${name} must be a 12-digit account ID or an owner alias (${ownerAliasSpellings().join(
      ', ',
    )}), not "${value}"`,
  );
}

/** How many providers one /usage request may ask about: a page of the publishers table. */
const MAX_USAGE_PROVIDERS = 200;

/** `provider`, repeated: each an account ID or an owner alias; at least one, at most 200. */
export function publisherListParam(
  value: string | string[] | undefined,
): string[] {
  const values = value === undefined ? [] : [value].flat();
  if (values.length === 0 || values.length > MAX_USAGE_PROVIDERS)
    throw new InputError(
      `provider must be given 1 to ${MAX_USAGE_PROVIDERS} times (one per publisher, e.g. ?provider=210987654321&provider=amazon), not ${values.length}`,
    );
  return values.map(v => publisherParam(v, 'provider')!);
}

export function regionParam(value: string | undefined): string | undefined {
  if (value === undefined || isAwsRegion(value)) return value;
  throw new InputError(
    `region must be an AWS region name, e.g. eu-west-1, not "${value}"`,
  );
}

/** `on`: a calendar date, today or later (an impact is judged from today on). */
export function dateParam(
  value: string | undefined,
  today: IsoDate,
): IsoDate | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value))
    throw new InputError(
      `on must be a calendar date written YYYY-MM-DD, e.g. 2027-01-31, not "${value}"`,
    );
  if (value < today)
    throw new InputError(
      `on ${value} is before today (${today}): the impact of a change is judged from today on; pass ${today} or later`,
    );
  return value;
}
