import type {
  EnforcementMode,
  TargetType,
} from '@ami-governance/backstage-plugin-ami-governance-common';

/**
 * A mode is written everywhere as the declarative policy spells it (`audit_mode`, `enabled`), never
 * "Audit mode" or EC2's `audit-mode`: one word for one thing.
 */
export const MODE_LABELS: Record<EnforcementMode, string> = {
  audit_mode: 'audit_mode',
  enabled: 'enabled',
};

export const MODE_MEANINGS: Record<EnforcementMode, string> = {
  audit_mode: 'launches from other publishers are logged, not blocked',
  enabled: 'launches from other publishers are blocked',
};

/**
 * A mode as the declarative policy spells it: `audit_mode`, `enabled`, `disabled`; EC2's regional
 * setting spells audit mode `audit-mode`, written the same way here.
 */
export function modeLabel(mode: string | undefined): string {
  if (mode === undefined) return 'not set';
  return mode.replace(/-/g, '_');
}

export const TARGET_TYPE_LABELS: Record<TargetType, string> = {
  ROOT: 'root',
  ORGANIZATIONAL_UNIT: 'OU',
  ACCOUNT: 'account',
};

/** `1 account`, `3 accounts`. */
export function plural(count: number, noun: string) {
  return `${count.toLocaleString('en-US')} ${count === 1 ? noun : `${noun}s`}`;
}

/** `2026-11-23 06:00 UTC`, or the input unchanged when it is not a date. */
export function formatInstant(iso: string | null | undefined): string {
  if (!iso) return 'never';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** `just now`, `5 minutes ago`, `3 hours ago`, `2 days ago`. */
export function formatAge(iso: string | null | undefined, now: Date): string {
  if (!iso) return '';
  const ms = now.getTime() - new Date(iso).getTime();
  if (Number.isNaN(ms)) return '';
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${plural(minutes, 'minute')} ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${plural(hours, 'hour')} ago`;
  return `${plural(Math.floor(hours / 24), 'day')} ago`;
}

/** An instant with its age: `2026-11-23 06:00 UTC (8 hours ago)`. */
export function formatInstantWithAge(
  iso: string | null | undefined,
  now: Date,
): string {
  const age = formatAge(iso, now);
  return age ? `${formatInstant(iso)} (${age})` : formatInstant(iso);
}
