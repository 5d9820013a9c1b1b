import type {
  AllowedImagesLayerVerdict,
  LaunchExplanation,
  ScpLayerVerdict,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import type { Health } from '../organization/health';

// The explainer's verdicts in words, each with the colour that shows it: the words always stand next
// to the colour, which only repeats them.

type Worded = { health: Health; label: string };

/**
 * The alert's colour: it only repeats the backend's headline, which says the verdict in words. When AWS
 * and Git disagree the answer is a warning whatever today's verdict.
 */
export function launchSeverity(
  answer: Pick<LaunchExplanation, 'verdict' | 'action'>,
): 'success' | 'warning' | 'error' | 'info' {
  if (answer.action === 'move-off-now' || answer.action === 'wait-for-apply')
    return 'warning';
  if (answer.action === 'move-before-expiry') return 'success';
  const byVerdict = {
    allowed: 'success',
    'audit-only': 'warning',
    denied: 'error',
    unknown: 'info',
  } as const;
  return byVerdict[answer.verdict];
}

export const ALLOWED_IMAGES_VERDICTS: Record<
  AllowedImagesLayerVerdict['verdict'],
  Worded
> = {
  allowed: { health: 'ok', label: 'Allowed' },
  'not-allowed': {
    health: 'error',
    label: 'Not allowed: the launch is blocked',
  },
  'audit-only': {
    health: 'warning',
    label: 'Not allowed, audit only: reported, not blocked',
  },
  'not-enforced': { health: 'unknown', label: 'Not enforced here' },
};

export const SCP_VERDICTS: Record<ScpLayerVerdict['verdict'], Worded> = {
  allowed: { health: 'ok', label: 'Allowed: the owner is listed' },
  denied: { health: 'error', label: 'Denied: the owner is not listed' },
  'not-governed': {
    health: 'unknown',
    label: 'Does not govern this account',
  },
  'no-launch-guard': {
    health: 'unknown',
    label: 'Governs this account, without a launch guard',
  },
  unknown: { health: 'pending', label: 'Not known: no organization snapshot' },
};

export const ALLOWED_IMAGES_SOURCES: Record<
  AllowedImagesLayerVerdict['source'],
  string
> = {
  'region-setting': "the account-region's own setting, as collected from EC2",
  'effective-policy':
    "the account's effective declarative policy (no setting collected for this region)",
  config: 'the config, as the next apply deploys it',
  none: 'nothing known for this account and region',
};

/** `criteria_1`, or what `self-owned` means. */
export function matchedLabel(matched: string): string {
  return matched === 'self-owned'
    ? "self-owned: the account's own AMI, always allowed"
    : matched;
}
