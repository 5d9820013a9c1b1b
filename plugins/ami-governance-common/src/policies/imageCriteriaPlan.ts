import type { ImageProvider } from '../lib/accounts';
import type { Finding } from '../lib/findings';
import type { PolicyLimits } from './limits';
import type { ImageCriterion } from '../workloads/imageCriteria';

// How the allowlist becomes Allowed AMIs criteria: publishers with the same constraints share one
// criterion (split in runs of `providersPerCriterion`), publishers with other constraints get their
// own, so a vendor never inherits the ops publisher's name pattern. The organization's age limits go
// into every criterion.

/** What one publisher's AMIs must match besides their provider. Absent keys do not constrain. @public */
export type PublisherConstraints = {
  imageNames?: string[];
  marketplaceProductCodes?: string[];
};

/** The organization's age limits (`policy_config.max_image_age_days`, `max_days_since_deprecated`). @public */
export type ImageAgeLimits = {
  maximumDaysSinceCreated?: number;
  maximumDaysSinceDeprecated?: number;
};

/** A publisher's constraints with the config entry they were written at (for error messages). @public */
export type PublisherConstraintEntry = PublisherConstraints & { path: string };

/** Publishers that share one set of constraints. */
type ConstraintGroup = {
  constraints: PublisherConstraints;
  providers: ImageProvider[];
  paths: string[];
};

const constraintKey = (c: PublisherConstraints) =>
  JSON.stringify([
    [...(c.imageNames ?? [])].sort(),
    [...(c.marketplaceProductCodes ?? [])].sort(),
    c.imageNames === undefined,
    c.marketplaceProductCodes === undefined,
  ]);

/**
 * The providers grouped by constraints: unconstrained providers first (with none constrained, the
 * one group is the whole allowlist, so such configs generate what they always did), then each other
 * set of constraints in the order its first provider has in the allowlist.
 */
function groupsOf(
  providers: readonly ImageProvider[],
  constraints: Record<ImageProvider, PublisherConstraintEntry>,
): ConstraintGroup[] {
  const groups = new Map<string, ConstraintGroup>();
  const unconstrained: ConstraintGroup = {
    constraints: {},
    providers: [],
    paths: [],
  };
  for (const provider of providers) {
    const entry = constraints[provider];
    if (!entry || (!entry.imageNames && !entry.marketplaceProductCodes)) {
      unconstrained.providers.push(provider);
      continue;
    }
    const key = constraintKey(entry);
    const group = groups.get(key) ?? {
      constraints: {
        ...(entry.imageNames && { imageNames: [...entry.imageNames].sort() }),
        ...(entry.marketplaceProductCodes && {
          marketplaceProductCodes: [...entry.marketplaceProductCodes].sort(),
        }),
      },
      providers: [],
      paths: [],
    };
    group.providers.push(provider);
    group.paths.push(entry.path);
    groups.set(key, group);
  }
  return [
    ...(unconstrained.providers.length ? [unconstrained] : []),
    ...groups.values(),
  ];
}

/** "image names acme-golden-* and product codes abc": what a constraint group requires, in words. @public */
export function describeConstraints(c: PublisherConstraints): string {
  const parts = [
    c.imageNames && `image names ${c.imageNames.join(', ')}`,
    c.marketplaceProductCodes &&
      `product codes ${c.marketplaceProductCodes.join(', ')}`,
  ].filter(Boolean);
  return parts.length ? parts.join(' and ') : 'no name or product constraint';
}

const format = (n: number) => n.toLocaleString('en-US');

function tooManyCriteria(
  groups: ConstraintGroup[],
  needed: number,
  limits: PolicyLimits,
): Finding {
  const listed = groups
    .map(
      g =>
        `${describeConstraints(g.constraints)} (${format(
          g.providers.length,
        )} provider(s)${g.paths.length ? `: ${g.paths.join(', ')}` : ''})`,
    )
    .join('; ');
  return {
    severity: 'error',
    code: 'too-many-criteria',
    path: 'allowlist',
    message:
      `The allowlist needs ${needed} Allowed AMIs criteria; an EC2 declarative policy holds at most ${limits.maxImageCriteria}. ` +
      `Each set of constraints needs its own criterion, and each criterion holds at most ${format(
        limits.providersPerCriterion,
      )} providers: ${listed}. ` +
      `Merge constraints (give those publishers the same image_names and marketplace_product_codes) or remove publishers.`,
  };
}

/**
 * The criteria `criteria_1` … `criteria_N` for an allowlist: one or more per set of publisher
 * constraints, each carrying the age limits. Refuses more criteria than a policy holds, saying which
 * constraint groups there are so they can be merged.
 * @public
 */
export function planImageCriteria(
  providers: readonly ImageProvider[],
  constraints: Record<ImageProvider, PublisherConstraintEntry>,
  ages: ImageAgeLimits,
  limits: PolicyLimits,
): { ok: true; criteria: ImageCriterion[] } | { ok: false; finding: Finding } {
  const groups = groupsOf(providers, constraints);
  const needed = groups.reduce(
    (n, g) => n + Math.ceil(g.providers.length / limits.providersPerCriterion),
    0,
  );
  if (needed > limits.maxImageCriteria)
    return { ok: false, finding: tooManyCriteria(groups, needed, limits) };
  const criteria: ImageCriterion[] = [];
  for (const group of groups)
    for (
      let start = 0;
      start < group.providers.length;
      start += limits.providersPerCriterion
    )
      criteria.push({
        name: `criteria_${criteria.length + 1}`,
        providers: group.providers.slice(
          start,
          start + limits.providersPerCriterion,
        ),
        ...group.constraints,
        ...(ages.maximumDaysSinceCreated !== undefined && {
          maximumDaysSinceCreated: ages.maximumDaysSinceCreated,
        }),
        ...(ages.maximumDaysSinceDeprecated !== undefined && {
          maximumDaysSinceDeprecated: ages.maximumDaysSinceDeprecated,
        }),
      });
  return { ok: true, criteria };
}
