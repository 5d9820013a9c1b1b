import { canonicalOwnerAlias } from '../lib/accounts';
import type { ImageCriterion } from './imageCriteria';

const DAY_MS = 86_400_000;

/** What Allowed AMIs looks at of an image (from DescribeImages or DescribeInstanceImageMetadata). @public */
export type ImageFacts = {
  imageId?: string;
  /** The owning account's ID. */
  ownerId: string;
  /** `amazon`, `aws-marketplace`, `aws-backup-vault`, or absent (the EC2 API echoes the owner ID then). */
  ownerAlias?: string;
  name?: string;
  productCodes?: string[];
  /** ISO 8601 instants. */
  creationDate?: string;
  deprecationTime?: string;
};

/** The verdict of Allowed AMIs for one image launched in one account. @public */
export type AllowedImagesVerdict =
  | { allowed: true; why: 'self-owned' }
  | { allowed: true; why: 'criterion'; criterion: string }
  | { allowed: false; why: 'no-criteria' }
  | {
      allowed: false;
      why: 'no-criterion-matches';
      /** Each criterion with the key that refused the image, in the policy's order. */
      refusals: { criterion: string; mismatch: CriterionMismatch }[];
    };

/**
 * Whether `pattern` (with `*` for any run of characters and `?` for exactly one) matches the whole of
 * `name`. Iterative with backtracking on the last `*`: linear-ish, no regular expression built from input.
 * @public
 */
export function matchesImageName(pattern: string, name: string): boolean {
  let p = 0;
  let n = 0;
  let star = -1;
  let afterStar = 0;
  while (n < name.length) {
    if (p < pattern.length && (pattern[p] === '?' || pattern[p] === name[n])) {
      p++;
      n++;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      afterStar = n;
    } else if (star >= 0) {
      p = star + 1;
      n = ++afterStar;
    } else return false;
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}

/** The provider an image counts as: its owner alias when it has one, else its owner's account ID. */
function providersOf(image: ImageFacts): string[] {
  const alias = image.ownerAlias && canonicalOwnerAlias(image.ownerAlias);
  return alias ? [alias, image.ownerId] : [image.ownerId];
}

const daysSince = (instant: string, now: Date) =>
  (now.getTime() - Date.parse(instant)) / DAY_MS;

/**
 * Why one criterion does not allow an image: the first of its keys the image fails, with what the
 * key asks and what the image has, so the words can say "name X does not match Y".
 * @public
 */
export type CriterionMismatch =
  | { key: 'providers'; providers: string[] }
  | { key: 'imageNames'; name?: string; patterns: string[] }
  | {
      key: 'marketplaceProductCodes';
      productCodes: string[];
      codes: string[];
    }
  | {
      key: 'maximumDaysSinceCreated';
      creationDate?: string;
      /** Whole days since creation; absent when the creation date is unknown. */
      days?: number;
      limit: number;
    }
  | {
      key: 'maximumDaysSinceDeprecated';
      deprecationTime: string;
      days: number;
      limit: number;
    };

/**
 * The first key of `criterion` that `image` fails at `now`, or undefined when the criterion allows
 * it. Every key the criterion gives must match (AND); the values within a key are alternatives (OR).
 * @public
 */
export function criterionMismatch(
  criterion: ImageCriterion,
  image: ImageFacts,
  now: Date,
): CriterionMismatch | undefined {
  const {
    providers,
    imageNames,
    marketplaceProductCodes,
    maximumDaysSinceCreated,
    maximumDaysSinceDeprecated,
  } = criterion;
  if (providers && !providersOf(image).some(p => providers.includes(p)))
    return { key: 'providers', providers };
  if (
    imageNames &&
    !imageNames.some(pattern => matchesImageName(pattern, image.name ?? ''))
  )
    return { key: 'imageNames', name: image.name, patterns: imageNames };
  if (
    marketplaceProductCodes &&
    !(image.productCodes ?? []).some(c => marketplaceProductCodes.includes(c))
  )
    return {
      key: 'marketplaceProductCodes',
      productCodes: image.productCodes ?? [],
      codes: marketplaceProductCodes,
    };
  if (maximumDaysSinceCreated !== undefined) {
    // An image without a known creation date cannot be shown to be recent enough.
    if (!image.creationDate)
      return {
        key: 'maximumDaysSinceCreated',
        limit: maximumDaysSinceCreated,
      };
    const days = daysSince(image.creationDate, now);
    if (days > maximumDaysSinceCreated)
      return {
        key: 'maximumDaysSinceCreated',
        creationDate: image.creationDate,
        days: Math.floor(days),
        limit: maximumDaysSinceCreated,
      };
  }
  if (maximumDaysSinceDeprecated !== undefined && image.deprecationTime) {
    // Not deprecated (or deprecated in the future) always matches; otherwise within the window.
    const days = daysSince(image.deprecationTime, now);
    if (days > maximumDaysSinceDeprecated)
      return {
        key: 'maximumDaysSinceDeprecated',
        deprecationTime: image.deprecationTime,
        days: Math.floor(days),
        limit: maximumDaysSinceDeprecated,
      };
  }
  return undefined;
}

/** Every key the criterion gives must match (AND); the values within a key are alternatives (OR). @public */
export function criterionMatches(
  criterion: ImageCriterion,
  image: ImageFacts,
  now: Date,
): boolean {
  return criterionMismatch(criterion, image, now) === undefined;
}

/**
 * Allowed AMIs' verdict for launching `image` in `launchingAccountId` under `criteria`, at `now`:
 * an image the launching account owns is always allowed; otherwise it must match at least one
 * criterion (criteria are ORed). No criteria allow nothing else. Note the asymmetry with the SCP's
 * `ec2:Owner` condition, which has no exemption for self-owned images.
 * @public
 */
export function evaluateAllowedImages(
  image: ImageFacts,
  criteria: ImageCriterion[],
  launchingAccountId: string,
  now: Date,
): AllowedImagesVerdict {
  if (image.ownerId === launchingAccountId)
    return { allowed: true, why: 'self-owned' };
  if (criteria.length === 0) return { allowed: false, why: 'no-criteria' };
  const refusals: { criterion: string; mismatch: CriterionMismatch }[] = [];
  for (const c of criteria) {
    const mismatch = criterionMismatch(c, image, now);
    if (!mismatch)
      return { allowed: true, why: 'criterion', criterion: c.name };
    refusals.push({ criterion: c.name, mismatch });
  }
  return { allowed: false, why: 'no-criterion-matches', refusals };
}
