import type { ApiComponents } from '../api/contract';
import type { ImageProvider } from '../lib/accounts';
import { describeCriterionConstraints } from '../policies/criteriaChanges';
import { refusalWords } from '../workloads/criterionWords';
import { judgesOnlyProviders } from '../workloads/publisherVerdicts';
import { evaluateAllowedImages, ImageFacts } from '../workloads/imageAllowed';
import type { ImageCriterion } from '../workloads/imageCriteria';
import { ec2OwnerOf, evaluateScpLaunch } from './scpLaunch';

/**
 * Allowed AMIs as one account-region applies it: its collected setting, its effective policy, or (for
 * what the next apply deploys) the config's mode and criteria. @public
 */
export type AllowedImagesLayerInput = {
  source: 'region-setting' | 'effective-policy' | 'config';
  /** Policy spelling: `enabled`, `audit_mode` or `disabled` (EC2 hyphens accepted). */
  state: string;
  criteria: ImageCriterion[];
};

/** The SCP as it reaches one account; `known: false` when no organization snapshot says where it is attached. @public */
export type ScpLayerInput = {
  governs: boolean;
  launchGuardProviders?: ImageProvider[];
  known?: boolean;
};

// The verdicts are the API's: GET /explain sends them as they are, so the contract says their shape.
/** Allowed AMIs' verdict, with the criterion that allowed it (or `self-owned`) in `matched`. @public */
export type AllowedImagesLayerVerdict =
  ApiComponents['schemas']['LaunchLayers']['allowedImages'];

/** The SCP's verdict, with the image's `ec2:Owner` value. @public */
export type ScpLayerVerdict = ApiComponents['schemas']['LaunchLayers']['scp'];

/** A launch's verdict on one side (AWS today, or Git's next apply). @public */
export type LaunchSideVerdict =
  ApiComponents['schemas']['LaunchSide']['verdict'];

const withoutProviders = (criteria: ImageCriterion[], gone: Set<string>) =>
  criteria.flatMap(c => {
    if (!c.providers) return [c];
    const providers = c.providers.filter(p => !gone.has(p));
    // A criterion left naming no provider allows nothing: AWS refuses an empty list.
    return providers.length ? [{ ...c, providers }] : [];
  });

/**
 * An AMI known by its owner only (no ID, name or dates): the question is about a publisher's AMIs,
 * not one AMI, so criteria are judged on the publisher and their other keys said in words.
 */
const ownerOnly = (image: ImageFacts) =>
  !image.imageId &&
  image.name === undefined &&
  image.creationDate === undefined &&
  image.deprecationTime === undefined &&
  image.productCodes === undefined;

const providersOnly = (c: ImageCriterion): ImageCriterion =>
  c.providers ? { name: c.name, providers: c.providers } : c;

/** What Allowed AMIs does with `image` launched in `accountId`, less the providers in `gone`. */
export function allowedImagesVerdict(
  layer: AllowedImagesLayerInput | undefined,
  image: ImageFacts,
  accountId: string,
  now: Date,
  gone: Set<string> = new Set(),
): AllowedImagesLayerVerdict {
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
  const criteria = withoutProviders(layer.criteria, gone);
  const publisherQuestion = ownerOnly(image);
  const result = evaluateAllowedImages(
    image,
    publisherQuestion ? criteria.map(providersOnly) : criteria,
    accountId,
    now,
  );
  if (result.allowed) {
    const criterion = result.why === 'criterion' ? result.criterion : undefined;
    const matched = criteria.find(c => c.name === criterion);
    let why =
      'The account owns this AMI, and Allowed AMIs always allows an account its own AMIs.';
    if (criterion) why = `The AMI matches ${criterion}.`;
    // A publisher's AMIs: the criterion listing it may allow only some of them.
    if (
      criterion &&
      publisherQuestion &&
      matched &&
      !judgesOnlyProviders([matched])
    )
      why = `${criterion} lists publisher ${
        image.ownerId
      }, and allows only its AMIs with ${describeCriterionConstraints(
        matched,
      )}.`;
    return {
      ...base,
      verdict: 'allowed',
      matched: criterion ?? 'self-owned',
      why,
    };
  }
  const notMatched = refusalWords(result, image.ownerId);
  return state === 'audit_mode'
    ? {
        ...base,
        verdict: 'audit-only',
        why: `${notMatched}; in audit_mode the launch goes ahead and is only reported.`,
      }
    : { ...base, verdict: 'not-allowed', why: `${notMatched}.` };
}

/** What the AMI guardrail SCP does with `image` launched in `accountId`, less the providers in `gone`. */
export function scpVerdict(
  layer: ScpLayerInput,
  image: ImageFacts,
  accountId: string,
  gone: Set<string> = new Set(),
): ScpLayerVerdict {
  const owner = ec2OwnerOf(image);
  if (layer.known === false)
    return {
      verdict: 'unknown',
      owner,
      why: 'No organization snapshot has been collected, so where the SCP applies is not known.',
    };
  const providers = layer.launchGuardProviders?.filter(p => !gone.has(p));
  const result = evaluateScpLaunch(image, providers, layer.governs);
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
          image.ownerId === accountId
            ? `The SCP denies ec2:Owner ${owner}, even though the account owns the AMI: unlike Allowed AMIs, the SCP has no exemption for self-owned AMIs.`
            : `The SCP denies launches of AMIs whose ec2:Owner (${owner}) is not in its list.`,
      };
  }
}

/** Both layers' verdicts as one: a denial in either denies; audit only when Allowed AMIs only reports. */
export function combinedVerdict(
  allowedImages: AllowedImagesLayerVerdict,
  scp: ScpLayerVerdict,
): LaunchSideVerdict {
  if (scp.verdict === 'denied' || allowedImages.verdict === 'not-allowed')
    return 'denied';
  return allowedImages.verdict === 'audit-only' ? 'audit-only' : 'allowed';
}
