import type { ExceptionRequest } from './exceptionRequest';

// What an exception request takes from a form: the account, type, expiry, reason, ticket, notes and
// the image names it is narrowed to,
// each made one line. The scaffolder action and the backend's preview build the request the same
// way, so the preview shows what the action will write.

/**
 * Control characters: C0 and C1 controls and DEL (line breaks, a lone `\r`, tabs, NUL, escape
 * sequences), the Unicode line and paragraph separators, and the bidirectional formatting
 * characters that make text display in another order than it is stored.
 */
const CONTROL = /[\p{Cc}\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * `text` as one line: each control character becomes a space, runs of white space become one
 * space, and the ends are trimmed. Every value taken from a form goes through this, so no field can
 * add a line to a commit message, a table row to a description or a hidden character to the config.
 * @public
 */
export function singleLine(text: string): string {
  return text.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
}

/** The form's fields of an exception request. @public */
export interface ExceptionRequestForm {
  accountId: string;
  exceptionType: string;
  expiresOn?: string;
  durationDays?: number;
  reason: string;
  ticket: string;
  notes?: string;
  /** Image name patterns the exception is narrowed to; blank ones are dropped. */
  imageNames?: string[];
}

const clean = <T>(value: T): T =>
  (typeof value === 'string' ? singleLine(value) : value) as T;

/** The form's image names, each one line, blanks dropped; nothing when none is left. */
function imageNamesOf(names: unknown) {
  // A form may send one value as a string rather than a list.
  const list = typeof names === 'string' ? [names] : names;
  if (!Array.isArray(list)) return {};
  const cleaned = list.map(n => clean(String(n))).filter(Boolean);
  return cleaned.length ? { imageNames: cleaned } : {};
}

/**
 * The request a form asks for, by `requestedBy` (resolved by the caller: the signed-in user, or a
 * group they belong to). There is no approval: the merge request's approvals are the approval.
 * @public
 */
export function exceptionRequestFromForm(
  form: ExceptionRequestForm,
  requestedBy: string,
): ExceptionRequest {
  return {
    accountId: clean(form.accountId),
    exceptionType: clean(form.exceptionType),
    expiresOn: clean(form.expiresOn) || undefined,
    durationDays: form.durationDays,
    reason: clean(form.reason ?? ''),
    ticket: clean(form.ticket),
    requestedBy,
    notes: clean(form.notes) || undefined,
    ...imageNamesOf(form.imageNames),
  };
}
