import { exceptionDurationCap } from '../config/exceptionDurationCap';
import type { ExceptionEntry, GovernanceConfig } from '../config/schema';
import { daysBetween, IsoDate } from '../lib/dates';
import type { Finding } from '../lib/findings';
import {
  accountRequestStanding,
  isRefusedStanding,
} from './exceptionRequestAccount';
import {
  checkExpiry,
  checkExtensionDate,
  requestFinding,
} from './exceptionRequestExpiry';
import {
  EXCEPTION_TYPE_NAMES,
  EXCEPTION_TYPES,
  ExceptionType,
} from '../config/exceptionTypes';
import { exceptionRequestFieldFindings } from './exceptionRequestSchema';
import { listPublishers } from '../config/publishers';

// Asking for a new exception, or for an extension of an existing one: the rules a request must meet
// before it becomes a change to `config/ami_publishers.json`. Used by the scaffolder action; pure.

/** What someone asks for. Either `expiresOn` or `durationDays` (days from today), not both. @public */
export interface ExceptionRequest {
  accountId: string;
  exceptionType: string;
  expiresOn?: IsoDate;
  durationDays?: number;
  reason: string;
  ticket: string;
  /** Entity ref or name of whoever asks. */
  requestedBy: string;
  /** Optional at request time: the merge request review is the approval. */
  approvedBy?: string;
  notes?: string;
  /** Narrows the exception to the images it is for (`image_names`); absent: every AMI of the account. */
  imageNames?: string[];
}

/** Fields of an exception entry in the order a new entry is written. @public */
export const EXCEPTION_ENTRY_FIELD_ORDER = [
  'account_id',
  'expires_on',
  'reason',
  'exception_type',
  'ticket',
  'requested_by',
  'requested_on',
  'approved_by',
  'approval_date',
  'notes',
  'image_names',
] as const;

/** @public */
export type ExceptionRequestPlan =
  | { ok: false; findings: Finding[] }
  | {
      ok: true;
      /** `extension` when the account already has an exception entry (active or expired). */
      kind: 'new' | 'extension';
      /** Position in `exception_accounts`: the existing entry for an extension, the end for a new one. */
      index: number;
      /** The entry to write, fields in {@link EXCEPTION_ENTRY_FIELD_ORDER}. */
      entry: ExceptionEntry;
      /** The entry being extended. */
      previous?: ExceptionEntry;
      exceptionType: ExceptionType;
      expiresOn: IsoDate;
      /** Days from today to `expiresOn`, which is what the type's maximum limits. */
      durationDays: number;
      /** The cap applied: the type's, or `policy_config.max_exception_duration_days` when smaller. */
      maxDays: number;
      approvers: readonly string[];
      /** The config with the change applied. */
      config: GovernanceConfig;
    };

const refusal = requestFinding;

/**
 * Checks a request's own fields as of `today`, without the config: account ID format, type, one
 * of expiry date or duration, a date not in the past, the type's maximum duration, the reason's
 * length and the ticket's format. Each finding's `path` is the request field and its message names
 * the limit. `organizationMaxDays` (`policy_config.max_exception_duration_days`) lowers the type's
 * cap when smaller. Returns the resolved expiry when the dates are usable.
 * @public
 */
export function checkExceptionRequestFields(
  request: ExceptionRequest,
  today: IsoDate,
  organizationMaxDays?: number,
): { findings: Finding[]; expiresOn?: IsoDate } {
  const findings = exceptionRequestFieldFindings(request);
  const type = EXCEPTION_TYPE_NAMES.find(t => t === request.exceptionType);
  const expiry = checkExpiry(request, today, type, organizationMaxDays);
  findings.push(...expiry.findings);
  return { findings, expiresOn: expiry.expiresOn };
}

function inCanonicalOrder(entry: Record<string, unknown>): ExceptionEntry {
  const out: Record<string, unknown> = {};
  for (const key of EXCEPTION_ENTRY_FIELD_ORDER) {
    if (entry[key] !== undefined) out[key] = entry[key];
  }
  return out as ExceptionEntry;
}

function extensionNote(
  previous: ExceptionEntry,
  request: ExceptionRequest,
  expiresOn: IsoDate,
  today: IsoDate,
): string {
  const before = [
    previous.ticket && `ticket ${previous.ticket}`,
    previous.approved_by &&
      `approved by ${previous.approved_by}${
        previous.approval_date ? ` on ${previous.approval_date}` : ''
      }`,
    previous.reason !== request.reason.trim() && `reason: ${previous.reason}`,
  ].filter(Boolean);
  const note = `Extended on ${today} from ${
    previous.expires_on
  } to ${expiresOn} (${
    request.ticket
  }, requested by ${request.requestedBy.trim()})${
    before.length ? `; previously ${before.join(', ')}` : ''
  }.${request.notes?.trim() ? ` ${request.notes.trim()}` : ''}`;
  return previous.notes?.trim() ? `${previous.notes.trim()} | ${note}` : note;
}

/**
 * Turns a request into the exception entry to write, refusing what the governance model forbids:
 * any field failing {@link checkExceptionRequestFields}, and an account that is already the ops
 * publisher or a vendor. An account that already has an exception (active, or expired and not yet
 * removed) gets an extension: the same entry with the new expiry, type, ticket, request and approval,
 * and the previous values recorded in `notes`. A new request's duration counts from today
 * (`requested_on`); so does an extension's, since it needs a new approval.
 * @public
 */
export function planExceptionRequest(
  config: GovernanceConfig,
  request: ExceptionRequest,
  today: IsoDate,
): ExceptionRequestPlan {
  const organizationMaxDays = config.policy_config.max_exception_duration_days;
  const checked = checkExceptionRequestFields(
    request,
    today,
    organizationMaxDays,
  );
  const findings = [...checked.findings];
  const standing = accountRequestStanding(
    listPublishers(config, today),
    request.accountId,
  );
  if (isRefusedStanding(standing)) {
    findings.push(refusal('accountId', 'duplicate-account', standing.message));
  }
  if (findings.length || !checked.expiresOn) return { ok: false, findings };

  const expiresOn = checked.expiresOn;
  const exceptionType = request.exceptionType as ExceptionType;
  const { approvers } = EXCEPTION_TYPES[exceptionType];
  const { maxDays } = exceptionDurationCap(exceptionType, organizationMaxDays);
  const index = config.exception_accounts.findIndex(
    e => e.account_id === request.accountId,
  );
  const previous = index >= 0 ? config.exception_accounts[index] : undefined;

  const reversed =
    standing.kind === 'active-exception' &&
    checkExtensionDate(request, standing.expiresOn, expiresOn);
  if (reversed) return { ok: false, findings: [reversed] };

  const approvedBy = request.approvedBy?.trim() || undefined;
  const requestFields = {
    expires_on: expiresOn,
    reason: request.reason.trim(),
    exception_type: exceptionType,
    ticket: request.ticket,
    requested_by: request.requestedBy.trim(),
    requested_on: today,
    approved_by: approvedBy,
    approval_date: approvedBy ? today : undefined,
    // An extension that names no images keeps the narrowing it had.
    ...(request.imageNames?.length && { image_names: request.imageNames }),
  };
  const entry = previous
    ? inCanonicalOrder({
        ...previous,
        ...requestFields,
        notes: extensionNote(previous, request, expiresOn, today),
      })
    : inCanonicalOrder({
        account_id: request.accountId,
        ...requestFields,
        notes: request.notes?.trim() || undefined,
      });

  const exceptions = [...config.exception_accounts];
  if (previous) exceptions[index] = entry;
  else exceptions.push(entry);
  return {
    ok: true,
    kind: previous ? 'extension' : 'new',
    index: previous ? index : config.exception_accounts.length,
    entry,
    previous,
    exceptionType,
    expiresOn,
    durationDays: daysBetween(today, expiresOn),
    maxDays,
    approvers,
    config: { ...config, exception_accounts: exceptions },
  };
}

/**
 * The errors in `after` that `before` did not have (same code, path and message), i.e. what a change
 * would break. Problems already in the file are not the requester's to fix and are left out.
 * @public
 */
export function findingsIntroduced(
  before: readonly Finding[],
  after: readonly Finding[],
): Finding[] {
  const key = (f: Finding) => `${f.code}\u0000${f.path}\u0000${f.message}`;
  const known = new Set(before.map(key));
  return after.filter(f => f.severity === 'error' && !known.has(key(f)));
}
