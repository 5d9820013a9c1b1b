import type { IsoDate } from '../lib/dates';

// The names an exception request gets in Git: its branch and its merge request's title.

/**
 * `exception/<ticket>-<accountId>`, keeping only `[A-Za-z0-9._/-]` and nothing Git refuses in a
 * branch name (`..`, `//`, a leading `-` or `.`, a trailing `/`, `.` or `.lock`).
 * @public
 */
export function exceptionBranchName(ticket: string, accountId: string): string {
  return `exception/${ticket}-${accountId}`
    .split('/')
    .map(segment =>
      segment
        .replace(/[^A-Za-z0-9._-]/g, '-')
        .replace(/\.{2,}/g, '.')
        .replace(/^[.-]+/, '')
        .replace(/(\.lock|\.)+$/, ''),
    )
    .filter(Boolean)
    .join('/');
}

/** `AMI exception: <accountId> until <date> (<ticket>)`. @public */
export function mergeRequestTitle(
  accountId: string,
  expiresOn: IsoDate,
  ticket: string,
): string {
  return `AMI exception: ${accountId} until ${expiresOn} (${ticket})`;
}
