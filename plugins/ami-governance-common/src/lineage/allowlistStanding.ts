import { canonicalProvider } from '../lib/accounts';
import type { GovernanceConfig } from '../config/schema';
import type { IsoDate } from '../lib/dates';
import { listPublishers } from '../config/publishers';
import type { ApiComponents } from '../api/contract';
import { criteriaFromConfig } from '../workloads/impact';
import { evaluateAllowedImages, ImageFacts } from '../workloads/imageAllowed';
import { refusalWords } from '../workloads/criterionWords';

/**
 * Where an AMI's owner stands in the allowlist, shown beside its provenance (never instead: an
 * allowlisted vendor image can descend from an untrusted community AMI). `unknown` when the owner
 * is not known (an ancestor the collector cannot see): never "not allowed" by guess.
 * @public
 */
export type AllowlistStanding = ApiComponents['schemas']['AllowlistStanding'];

/** The allowlist standing of an owner (account ID or alias) on `today`. @public */
export function allowlistStanding(
  owner: { ownerId?: string; ownerAlias?: string },
  config: GovernanceConfig,
  today: IsoDate,
): AllowlistStanding {
  const keys = [owner.ownerId, owner.ownerAlias]
    .filter((k): k is string => !!k)
    .map(canonicalProvider);
  if (keys.length === 0)
    return {
      status: 'unknown',
      reason:
        'The owner is not known (the collector could not describe this AMI), so its standing cannot be said.',
    };
  const entries = listPublishers(config, today).filter(p =>
    keys.includes(p.provider),
  );
  const inAllowlist = (p: (typeof entries)[number]) =>
    !p.exception || p.exception.status.inAllowlist;
  // An owner listed twice (a vendor with a lapsed exception, say) stands by the entry that admits it.
  const entry = entries.find(inAllowlist) ?? entries[0];
  // Only an alias known (the owner's account ID was not read): an entry may list the account.
  if (!entry && !owner.ownerId)
    return {
      status: 'unknown',
      reason: `Only the owner alias ${owner.ownerAlias} is known, and no entry lists it: an entry may list the owner's account ID, which the collection did not read.`,
    };
  if (!entry)
    return {
      status: 'not-allowed',
      reason: `Owner ${keys.join(
        ' / ',
      )} is on no entry of the allowlist on ${today}.`,
    };
  const where = {
    category: entry.category,
    path: entry.path,
    ...(entry.name && { name: entry.name }),
  };
  if (!inAllowlist(entry))
    return {
      status: 'not-allowed',
      reason: `Owner ${
        entry.provider
      } is listed only by an exception that expired on ${
        entry.exception!.expires_on
      } (${entry.path}).`,
      ...where,
    };
  return {
    status: 'allowed',
    reason: `Owner ${entry.provider} is listed by ${entry.path}${
      entry.name ? ` (${entry.name})` : ''
    }.`,
    ...where,
  };
}

/**
 * What the Allowed AMIs criteria the Git config generates on `today` say of launching this AMI from
 * an account other than its owner's (its owner may always launch its own): the same evaluator the
 * explainer, readiness and impact use, so name, product code and age count, not only the owner.
 * @public
 */
export type ImageCriteriaStanding =
  ApiComponents['schemas']['ImageCriteriaStanding'];

const FACT_NAMES: Record<string, string> = {
  imageNames: 'its name',
  marketplaceProductCodes: 'its Marketplace product codes',
  maximumDaysSinceCreated: 'its creation date',
};

/** States EC2 launches nothing from, whatever the criteria say. */
const UNLAUNCHABLE = ['disabled', 'deregistered'];

/**
 * The config's criteria verdict for an AMI's facts at `now` (see {@link ImageCriteriaStanding}).
 * `state` is DescribeImages' state, absent when the AMI was never described (an ancestor known from
 * a chain): then its deprecation is not known either.
 * @public
 */
export function imageCriteriaStanding(
  image: Omit<ImageFacts, 'ownerId'> & { ownerId?: string; state?: string },
  config: GovernanceConfig,
  today: IsoDate,
  now: Date,
): ImageCriteriaStanding {
  const { ownerId, state } = image;
  if (state && UNLAUNCHABLE.includes(state))
    return {
      status: 'refused',
      reason: `The AMI is ${state}: EC2 launches no ${state} AMI, whatever the criteria say.`,
    };
  if (!ownerId)
    return {
      status: 'unknown',
      reason:
        'The owner is not known, so what the criteria say of this AMI cannot be judged.',
    };
  const criteria = criteriaFromConfig(config, today);
  if (!criteria)
    return {
      status: 'unknown',
      reason:
        'The config generates no declarative policy today (see the config errors), so there are no criteria to judge by.',
    };
  // No launching account equals the owner: the verdict for every other account.
  let verdict = evaluateAllowedImages({ ...image, ownerId }, criteria, '', now);
  // An AMI never described has no known deprecation: only a criterion without a deprecation limit
  // can be sure to allow it.
  if (verdict.allowed && verdict.why === 'criterion' && !state) {
    const allowedBy = verdict.criterion;
    const allowing = criteria.find(c => c.name === allowedBy);
    const sure = evaluateAllowedImages(
      { ...image, ownerId },
      criteria.filter(c => c.maximumDaysSinceDeprecated === undefined),
      '',
      now,
    );
    if (!sure.allowed)
      return {
        status: 'unknown',
        reason: `${allowing?.name} allows it only if it was deprecated at most ${allowing?.maximumDaysSinceDeprecated} days ago, and the collection did not read its deprecation (it was never described).`,
      };
    verdict = sure;
  }
  if (verdict.allowed)
    return {
      status: 'allowed',
      ...(verdict.why === 'criterion' && { criterion: verdict.criterion }),
      reason:
        verdict.why === 'criterion'
          ? `${verdict.criterion} allows it in accounts other than its owner's.`
          : 'Allowed.',
    };
  if (verdict.why === 'no-criterion-matches') {
    // A refusal on a fact the collection lacks is our ignorance, not AWS's answer.
    const unread = verdict.refusals.find(
      ({ mismatch: m }) =>
        (m.key === 'imageNames' && image.name === undefined) ||
        (m.key === 'marketplaceProductCodes' &&
          image.productCodes === undefined) ||
        (m.key === 'maximumDaysSinceCreated' && !image.creationDate),
    );
    if (unread)
      return {
        status: 'unknown',
        reason: `${unread.criterion} judges this AMI by ${
          FACT_NAMES[unread.mismatch.key]
        }, which the collection did not read.`,
      };
  }
  return {
    status: 'refused',
    reason: `${
      refusalWords(verdict, image.ownerAlias ?? ownerId) ?? 'Refused'
    }. Its owner's own accounts may still launch it.`,
  };
}
