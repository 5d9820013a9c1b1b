import type { ImageProvider } from '../lib/accounts';
import type { ImageCriterion } from '../workloads/imageCriteria';

// What a publisher's AMIs must match besides the provider, in words, and how that changes between
// two sets of criteria (the deployed policy and the generated one). Drift and plan both read it.

const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

/**
 * One criterion's constraints besides its providers, in words: "image names acme-golden-*, created
 * at most 180 days ago, not deprecated". "any image" when it has none.
 * @public
 */
export function describeCriterionConstraints(c: ImageCriterion): string {
  const parts = [
    c.imageNames && `image names ${c.imageNames.join(' or ')}`,
    c.marketplaceProductCodes &&
      `product codes ${c.marketplaceProductCodes.join(' or ')}`,
    c.maximumDaysSinceCreated !== undefined &&
      `created at most ${days(c.maximumDaysSinceCreated)} ago`,
    c.maximumDaysSinceDeprecated !== undefined &&
      (c.maximumDaysSinceDeprecated === 0
        ? 'not deprecated'
        : `deprecated at most ${days(c.maximumDaysSinceDeprecated)} ago`),
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'any image';
}

/** What a provider's AMIs must match under `criteria`: its criteria's constraints, ORed. */
function constraintsOf(
  criteria: ImageCriterion[],
  provider: ImageProvider,
): string | undefined {
  const own = criteria.filter(c => c.providers?.includes(provider));
  if (own.length === 0) return undefined;
  return [...new Set(own.map(describeCriterionConstraints))].join('; or ');
}

/** Providers whose AMIs must match something else after the change. @public */
export type CriteriaChange = {
  providers: ImageProvider[];
  /** What their AMIs must match before (the deployed policy), in words. */
  deployed: string;
  /** What they must match after (what Git generates). */
  expected: string;
};

/**
 * For the providers both sets of criteria list, the ones whose constraints differ, grouped by the
 * change (providers added or removed are the allowlist's business, not this).
 * @public
 */
export function criteriaChanges(
  deployed: ImageCriterion[],
  expected: ImageCriterion[],
): CriteriaChange[] {
  const providers = new Set(expected.flatMap(c => c.providers ?? []));
  const changes = new Map<string, CriteriaChange>();
  for (const provider of [...providers].sort()) {
    const before = constraintsOf(deployed, provider);
    const after = constraintsOf(expected, provider);
    if (before === undefined || after === undefined || before === after)
      continue;
    const key = JSON.stringify([before, after]);
    const change = changes.get(key) ?? {
      providers: [],
      deployed: before,
      expected: after,
    };
    change.providers.push(provider);
    changes.set(key, change);
  }
  return [...changes.values()];
}

/** "123456738923: any image → image names acme-golden-*", one line per change. @public */
export function criteriaChangeWords(change: CriteriaChange): string {
  return `AMIs of ${change.providers.join(', ')} must match: ${
    change.deployed
  } → ${change.expected}`;
}
