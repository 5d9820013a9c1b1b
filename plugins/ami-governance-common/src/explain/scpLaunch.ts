import { canonicalOwnerAlias, ImageProvider } from '../lib/accounts';
import type { ImageFacts } from '../workloads/imageAllowed';

/** The SCP's verdict for one launch. @public */
export type ScpLaunchVerdict =
  | { denied: false; why: 'not-governed' | 'owner-listed' | 'no-launch-guard' }
  | { denied: true; why: 'owner-not-listed'; owner: string };

/**
 * The value `ec2:Owner` has for an image: `amazon` / `aws-marketplace` for images with that alias,
 * else the owner's account ID.
 * @public
 */
export function ec2OwnerOf(image: ImageFacts): string {
  const alias = image.ownerAlias && canonicalOwnerAlias(image.ownerAlias);
  return alias === 'amazon' || alias === 'aws-marketplace'
    ? alias
    : image.ownerId;
}

/**
 * Whether the AMI guardrail SCP denies launching `image` in an account: only when the SCP governs the
 * account through its ancestry (never the management account) and the image's `ec2:Owner` is not in
 * the launch guard's list. Unlike Allowed AMIs, an image the launching account owns gets no exemption.
 * @public
 */
export function evaluateScpLaunch(
  image: ImageFacts,
  launchGuardProviders: ImageProvider[] | undefined,
  governsAccount: boolean,
): ScpLaunchVerdict {
  if (!governsAccount) return { denied: false, why: 'not-governed' };
  if (!launchGuardProviders) return { denied: false, why: 'no-launch-guard' };
  const owner = ec2OwnerOf(image);
  return launchGuardProviders.includes(owner)
    ? { denied: false, why: 'owner-listed' }
    : { denied: true, why: 'owner-not-listed', owner };
}
