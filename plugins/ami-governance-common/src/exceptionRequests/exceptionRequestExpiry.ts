import { exceptionDurationCap } from '../config/exceptionDurationCap';
import { addDays, daysBetween, IsoDate } from '../lib/dates';
import type { Finding, FindingCode } from '../lib/findings';
import {
  isValidExpiryField,
  requestFieldFinding,
} from './exceptionRequestSchema';
import { ExceptionType } from '../config/exceptionTypes';

// The expiry of an exception request: a date (or a duration from today) that is a real day, not in
// the past, within the type's cap and the organization's, and after the current expiry when it
// extends an active exception. The action, the CLI and the form's date picker all check it here.

/** @public */
export type ExpiryRequest = { expiresOn?: IsoDate; durationDays?: number };

/** @internal */
export function requestFinding(
  field: string,
  code: FindingCode,
  message: string,
): Finding {
  return { severity: 'error', code, path: field, message };
}

const capitalized = (text: string) =>
  `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** The field a date finding belongs to: `durationDays` when the request gave a duration. */
const dateField = (request: ExpiryRequest) =>
  request.expiresOn === undefined || request.expiresOn === ''
    ? 'durationDays'
    : 'expiresOn';

function resolveExpiry(
  request: ExpiryRequest,
  today: IsoDate,
): { expiresOn?: IsoDate; finding?: Finding } {
  const { expiresOn, durationDays } = request;
  const hasDate = expiresOn !== undefined && expiresOn !== '';
  const hasDuration = durationDays !== undefined && durationDays !== null;
  if (hasDate === hasDuration) {
    return {
      finding: requestFinding(
        'expiresOn',
        'schema',
        'Give either expiresOn (YYYY-MM-DD) or durationDays (whole days from today), not both and not neither.',
      ),
    };
  }
  const field = hasDate ? 'expiresOn' : 'durationDays';
  const value = hasDate ? expiresOn : durationDays;
  if (!isValidExpiryField(field, value)) {
    return { finding: requestFieldFinding(field, value) };
  }
  if (hasDate) return { expiresOn };
  return { expiresOn: addDays(today, durationDays as number) };
}

/**
 * Checks a request's expiry as of `today` against the cap of `type` (none: only the date itself),
 * lowered by `organizationMaxDays` when smaller. Returns the resolved expiry when it is usable.
 * @public
 */
export function checkExpiry(
  request: ExpiryRequest,
  today: IsoDate,
  type: ExceptionType | undefined,
  organizationMaxDays?: number,
): { findings: Finding[]; expiresOn?: IsoDate } {
  const { expiresOn, finding } = resolveExpiry(request, today);
  if (finding) return { findings: [finding] };
  const duration = daysBetween(today, expiresOn!);
  if (duration < 0) {
    return {
      findings: [
        requestFinding(
          'expiresOn',
          'exception-expired',
          `expiresOn ${expiresOn} is in the past (today is ${today}, UTC). Choose a date from ${today} on.`,
        ),
      ],
    };
  }
  const cap = type && exceptionDurationCap(type, organizationMaxDays);
  if (cap && duration > cap.maxDays) {
    return {
      findings: [
        requestFinding(
          dateField(request),
          'exception-duration-exceeded',
          `${capitalized(
            cap.rule,
          )}; ${expiresOn} is ${duration} days from today (${today}). Choose ${addDays(
            today,
            cap.maxDays,
          )} or earlier, or make the need permanent as a golden AMI or a vendor entry.`,
        ),
      ],
    };
  }
  return { findings: [], expiresOn };
}

/**
 * Refuses an extension of an active exception that does not end after its current expiry.
 * @public
 */
export function checkExtensionDate(
  request: ExpiryRequest & { accountId: string },
  currentExpiry: IsoDate,
  expiresOn: IsoDate,
): Finding | undefined {
  if (daysBetween(currentExpiry, expiresOn) > 0) return undefined;
  return requestFinding(
    dateField(request),
    'exception-dates-reversed',
    `${request.accountId} already has an exception until ${currentExpiry}; an extension must end after that date (asked for ${expiresOn}). To end an exception early, remove its entry.`,
  );
}
