import type { ApiComponents } from '../api/contract';
import { ImageProvider } from '../accounts';
import type { GovernanceConfig } from '../config/schema';
import type { IsoDate } from '../dates';
import { computeAllowlist } from '../rules/publishers';
import { evaluateAllowedImages, ImageFacts } from './imageAllowed';
import type { ImageCriterion } from './imageCriteria';
import { ec2OwnerOf, evaluateScpLaunch } from './scpLaunch';

/** Allowed AMIs as one account-region applies it: its collected setting, or else its effective policy. @public */
export type AllowedImagesLayerInput = {
  source: 'region-setting' | 'effective-policy';
  /** Policy spelling: `enabled`, `audit_mode` or `disabled` (EC2 hyphens accepted). */
  state: string;
  criteria: ImageCriterion[];
};

/** What the explainer needs to know about one launch. @public */
export type LaunchQuestion = {
  accountId: string;
  region?: string;
  /** The image's facts; for an owner-only question `ownerId` may be an alias such as `amazon`. */
  image?: ImageFacts;
  /** Why the image is not known, when `image` is absent. */
  unresolvedImage?: { imageId: string; reason: 'unknown' | 'hidden' };
  /** Absent: nothing governs Allowed AMIs in this account-region as far as the portal knows. */
  allowedImages?: AllowedImagesLayerInput;
  /** `known: false` when no organization snapshot says where the SCP is attached. */
  scp: {
    governs: boolean;
    launchGuardProviders?: ImageProvider[];
    known?: boolean;
  };
  config: GovernanceConfig;
  today: IsoDate;
  /** The date to answer for (default today): exceptions that lapse before it no longer count. */
  on?: IsoDate;
  now: Date;
};

// The verdicts are the API's: GET /explain sends them as they are, so the contract says their shape.
/** Allowed AMIs' verdict, with the criterion that allowed it (or `self-owned`) in `matched`. @public */
export type AllowedImagesLayerVerdict = NonNullable<
  ApiComponents['schemas']['LaunchExplanation']['layers']
>['allowedImages'];

/** The SCP's verdict, with the image's `ec2:Owner` value. @public */
export type ScpLayerVerdict = NonNullable<
  ApiComponents['schemas']['LaunchExplanation']['layers']
>['scp'];

/** The answer to one launch question; `until` is the last allowed day when it rests on an exception. @public */
export type LaunchExplanation = Pick<
  ApiComponents['schemas']['LaunchExplanation'],
  | 'verdict'
  | 'sentence'
  | 'asOf'
  | 'layers'
  | 'until'
  | 'exception'
  | 'nextSteps'
>;

/** Providers in today's allowlist that the allowlist of `on` no longer has: exceptions lapsing before then. */
function lapsedBy(config: GovernanceConfig, today: IsoDate, on: IsoDate) {
  const later = new Set(computeAllowlist(config, on).providers);
  return new Set(
    computeAllowlist(config, today).providers.filter(p => !later.has(p)),
  );
}

const withoutProviders = (criteria: ImageCriterion[], gone: Set<string>) =>
  criteria.flatMap(c => {
    if (!c.providers) return [c];
    const providers = c.providers.filter(p => !gone.has(p));
    // A criterion left naming no provider allows nothing: AWS refuses an empty list.
    return providers.length ? [{ ...c, providers }] : [];
  });

function allowedImagesLayer(
  q: LaunchQuestion,
  image: ImageFacts,
  gone: Set<string>,
): AllowedImagesLayerVerdict {
  const layer = q.allowedImages;
  if (!layer)
    return {
      verdict: 'not-enforced',
      source: 'none',
      why: 'No Allowed AMIs setting is known for this account and region.',
    };
  const state = layer.state.replace(/-/g, '_');
  const base = { source: layer.source, state };
  if (state === 'disabled')
    return {
      ...base,
      verdict: 'not-enforced',
      why: 'Allowed AMIs is disabled here: it checks nothing.',
    };
  const result = evaluateAllowedImages(
    image,
    withoutProviders(layer.criteria, gone),
    q.accountId,
    q.now,
  );
  if (result.allowed)
    return {
      ...base,
      verdict: 'allowed',
      matched: result.why === 'self-owned' ? 'self-owned' : result.criterion,
      why:
        result.why === 'self-owned'
          ? 'The account owns this AMI, and Allowed AMIs always allows an account its own AMIs.'
          : `The AMI matches ${result.criterion}.`,
    };
  const notMatched =
    result.why === 'no-criteria'
      ? 'No criterion is set, so no other publisher is allowed'
      : `No criterion matches publisher ${image.ownerId}`;
  return state === 'audit_mode'
    ? {
        ...base,
        verdict: 'audit-only',
        why: `${notMatched}; in audit mode the launch goes ahead and is only reported.`,
      }
    : { ...base, verdict: 'not-allowed', why: `${notMatched}.` };
}

function scpLayer(
  q: LaunchQuestion,
  image: ImageFacts,
  gone: Set<string>,
): ScpLayerVerdict {
  if (q.scp.known === false)
    return {
      verdict: 'unknown',
      owner: ec2OwnerOf(image),
      why: 'No organization snapshot has been collected, so where the SCP applies is not known.',
    };
  const providers = q.scp.launchGuardProviders?.filter(p => !gone.has(p));
  const result = evaluateScpLaunch(image, providers, q.scp.governs);
  const owner = ec2OwnerOf(image);
  switch (result.why) {
    case 'not-governed':
      return {
        verdict: 'not-governed',
        owner,
        why: 'The AMI guardrail SCP does not govern this account.',
      };
    case 'no-launch-guard':
      return {
        verdict: 'no-launch-guard',
        owner,
        why: 'The SCP governing this account has no launch guard.',
      };
    case 'owner-listed':
      return {
        verdict: 'allowed',
        owner,
        why: `The SCP lists ec2:Owner ${owner}.`,
      };
    default:
      return {
        verdict: 'denied',
        owner,
        why:
          image.ownerId === q.accountId
            ? `The SCP denies ec2:Owner ${owner}, even though the account owns the AMI: unlike Allowed AMIs, the SCP has no exemption for self-owned AMIs.`
            : `The SCP denies launches of AMIs whose ec2:Owner (${owner}) is not in its list.`,
      };
  }
}

/** The exception that keeps `image`'s publisher allowed on `asOf`, latest expiry first. */
function exceptionFor(q: LaunchQuestion, image: ImageFacts, asOf: IsoDate) {
  const { config } = q;
  const owners = [image.ownerId, ec2OwnerOf(image)];
  const permanent =
    owners.includes(config.ops_publisher_account.account_id) ||
    config.vendor_publisher_accounts.some(v => owners.includes(v.account_id));
  if (permanent) return undefined;
  return config.exception_accounts
    .filter(e => owners.includes(e.account_id) && e.expires_on >= asOf)
    .sort((a, b) => b.expires_on.localeCompare(a.expires_on))[0];
}

function overall(
  a: AllowedImagesLayerVerdict,
  s: ScpLayerVerdict,
): LaunchExplanation['verdict'] {
  if (s.verdict === 'denied' || a.verdict === 'not-allowed') return 'denied';
  return a.verdict === 'audit-only' ? 'audit-only' : 'allowed';
}

const SENTENCES: Record<
  LaunchExplanation['verdict'],
  (q: LaunchQuestion, owner: string) => string
> = {
  allowed: (q, owner) =>
    `Yes: account ${q.accountId} may launch AMIs from ${owner}.`,
  'audit-only': (q, owner) =>
    `Yes for now: ${owner} is not allowed, but Allowed AMIs is in audit mode, so the launch in ${q.accountId} is only reported; it will be blocked when the mode becomes enabled.`,
  denied: (q, owner) =>
    `No: account ${q.accountId} may not launch AMIs from ${owner}.`,
  unknown: () => '',
};

/**
 * Whether a launch is allowed, layer by layer (Allowed AMIs as the account-region applies it, and the
 * SCP), on `on` (default today): the verdict, why, until when it holds and what to do.
 * @public
 */
export function explainLaunch(q: LaunchQuestion): LaunchExplanation {
  const asOf = q.on ?? q.today;
  if (!q.image) {
    const imageId = q.unresolvedImage?.imageId ?? 'the AMI';
    return {
      verdict: 'unknown',
      asOf,
      sentence:
        q.unresolvedImage?.reason === 'hidden'
          ? `${imageId} cannot be seen from this account (Allowed AMIs in enabled mode hides disallowed AMIs): give its owner account ID instead.`
          : `${imageId} is not one the portal knows: give its owner account ID (or amazon, aws-marketplace) instead.`,
      nextSteps: ['give-owner'],
    };
  }
  const gone =
    asOf > q.today ? lapsedBy(q.config, q.today, asOf) : new Set<string>();
  const allowedImages = allowedImagesLayer(q, q.image, gone);
  const scp = scpLayer(q, q.image, gone);
  const verdict = overall(allowedImages, scp);
  const owner = ec2OwnerOf(q.image);
  const exception =
    verdict === 'denied' ? undefined : exceptionFor(q, q.image, asOf);
  const until = exception?.expires_on;
  const sentence = [
    SENTENCES[verdict](q, owner),
    until && `It holds until ${until}, when the exception expires.`,
  ]
    .filter(Boolean)
    .join(' ');
  return {
    verdict,
    asOf,
    sentence,
    layers: { allowedImages, scp },
    ...(until && {
      until,
      exception: {
        account_id: exception.account_id,
        expires_on: exception.expires_on,
        ...(exception.exception_type && { type: exception.exception_type }),
      },
    }),
    nextSteps:
      verdict === 'allowed' && !until
        ? []
        : ['use-golden-ami', 'request-exception'],
  };
}
