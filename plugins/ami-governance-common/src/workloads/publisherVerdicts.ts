import { canonicalProvider, ImageProvider } from '../lib/accounts';
import { evaluateAllowedImages } from './imageAllowed';
import type { ImageCriterion } from './imageCriteria';

/** An AMI owner as an inventory knows it: its account ID and, for AWS's own owners, its alias. @public */
export type ImageOwner = { ownerId: string; ownerAlias?: string };

/**
 * Whether the criteria look at nothing but the provider. Then every AMI of one owner gets the same
 * verdict, so a store can judge its distinct owners instead of every image (the criteria the config
 * generates are always of this kind).
 * @public
 */
export function judgesOnlyProviders(criteria: ImageCriterion[]): boolean {
  return criteria.every(
    c =>
      c.imageNames === undefined &&
      c.marketplaceProductCodes === undefined &&
      c.maximumDaysSinceCreated === undefined &&
      c.maximumDaysSinceDeprecated === undefined,
  );
}

// A launching account no image can be owned by: the verdict of the criteria alone.
const NO_ACCOUNT = '';

/**
 * The owners whose AMIs `criteria` do not allow, launched from any account but the owner's own (an
 * AMI owned by the launching account is always allowed by Allowed AMIs; the SCP's `ec2:Owner`
 * condition has no such exemption). Only meaningful when `judgesOnlyProviders(criteria)`.
 * @public
 */
export function blockedOwners(
  owners: Iterable<ImageOwner>,
  criteria: ImageCriterion[],
  now: Date,
): Set<string> {
  const blocked = new Set<string>();
  for (const owner of owners) {
    const verdict = evaluateAllowedImages(
      { ownerId: owner.ownerId, ownerAlias: owner.ownerAlias },
      criteria,
      NO_ACCOUNT,
      now,
    );
    if (!verdict.allowed) blocked.add(owner.ownerId);
  }
  return blocked;
}

/**
 * The criteria without one provider (an account ID or an owner alias in any spelling): what the
 * allowlist allows once that publisher is removed. A criterion left with no provider is dropped,
 * since an empty provider list allows nothing.
 * @public
 */
export function withoutProvider(
  criteria: ImageCriterion[],
  provider: ImageProvider,
): ImageCriterion[] {
  const removed = canonicalProvider(provider);
  return criteria.flatMap(c => {
    if (!c.providers) return [c];
    const providers = c.providers.filter(p => p !== removed);
    return providers.length > 0 ? [{ ...c, providers }] : [];
  });
}
