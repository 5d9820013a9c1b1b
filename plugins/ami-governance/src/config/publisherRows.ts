import {
  describeCountdown,
  describeCriterionConstraints,
  EXCEPTION_TYPES,
  ExceptionType,
  exceptionStatus,
  IsoDate,
  Publisher,
  PublisherCategory,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import type { RowUsage } from '../workloads/usageText';

/** A publisher's standing today: an exception's state, or `permanent` for ops, vendors and aliases. */
type PublisherStanding = 'expired' | 'expiring' | 'active' | 'permanent';

export const CATEGORY_LABELS: Record<PublisherCategory, string> = {
  ops: 'Ops',
  vendor: 'Vendor',
  exception: 'Exception',
  alias: 'Owner alias',
};

const STANDING_LABELS: Record<PublisherStanding, string> = {
  expired: 'Expired',
  expiring: 'Expiring',
  active: 'Active',
  permanent: 'Allowed',
};

/** One row of the publishers table, each value in words; the long ones go to its detail panel. */
export type PublisherRow = {
  /** The entry's JSON path in the config, e.g. `exception_accounts[1]`. */
  id: string;
  account: string;
  name: string;
  category: PublisherCategory;
  categoryLabel: string;
  standing: PublisherStanding;
  standingLabel: string;
  expiresOn: IsoDate;
  /** Undefined for publishers without an expiry date. */
  daysRemaining?: number;
  countdown: string;
  type: string;
  ticket: string;
  reason: string;
  requestedBy: string;
  requestedOn: string;
  approvedBy: string;
  approvedOn: string;
  notes: string;
  /** Which of its AMIs are allowed besides the publisher, in words ('' when any): names, product codes. */
  constraints: string;
  /** What uses its AMIs and what its lapse blocks; absent before workloads are collected. */
  usage?: RowUsage;
};

/** "image names acme-golden-*": what a publisher's AMIs must match besides it, or '' when any. */
export function constraintWords(
  p: Pick<Publisher, 'imageNames' | 'marketplaceProductCodes'>,
): string {
  if (!p.imageNames && !p.marketplaceProductCodes) return '';
  return describeCriterionConstraints({ name: 'publisher', ...p });
}

function typeTitle(type: string | undefined): string {
  if (!type) return 'not set';
  return EXCEPTION_TYPES[type as ExceptionType]?.title ?? type;
}

function toRow(
  p: Publisher,
  today: IsoDate,
  warningDays: number,
): PublisherRow {
  const base = {
    id: p.path,
    account: p.provider,
    name: p.name ?? '',
    category: p.category,
    categoryLabel: CATEGORY_LABELS[p.category] ?? p.category,
    constraints: constraintWords(p),
  };
  const e = p.exception;
  if (!e) {
    return {
      ...base,
      standing: 'permanent',
      standingLabel: STANDING_LABELS.permanent,
      expiresOn: '',
      countdown: 'no expiry',
      type: '',
      ticket: '',
      reason: p.description ?? '',
      requestedBy: '',
      requestedOn: '',
      approvedBy: '',
      approvedOn: '',
      notes: '',
    };
  }
  // Recomputed from the browser's clock (not the backend's answer) so the countdown moves at midnight UTC.
  const status = exceptionStatus(e.expires_on, today, warningDays);
  return {
    ...base,
    standing: status.state,
    standingLabel: STANDING_LABELS[status.state],
    expiresOn: e.expires_on,
    daysRemaining: status.daysRemaining,
    countdown: describeCountdown(status.daysRemaining),
    type: typeTitle(e.exception_type),
    ticket: e.ticket ?? '',
    reason: e.reason,
    requestedBy: e.requested_by ?? '',
    requestedOn: e.requested_on ?? '',
    approvedBy: e.approved_by ?? '',
    approvedOn: e.approval_date ?? '',
    notes: e.notes ?? '',
  };
}

const CATEGORY_ORDER: PublisherCategory[] = [
  'ops',
  'vendor',
  'alias',
  'exception',
];

/** Soonest expiry first (so expired ones lead), then publishers without expiry by category and account. */
function compareRows(a: PublisherRow, b: PublisherRow): number {
  if (a.daysRemaining !== undefined || b.daysRemaining !== undefined) {
    if (a.daysRemaining === undefined) return 1;
    if (b.daysRemaining === undefined) return -1;
    if (a.daysRemaining !== b.daysRemaining) {
      return a.daysRemaining - b.daysRemaining;
    }
  }
  const byCategory =
    CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category);
  return byCategory || a.account.localeCompare(b.account);
}

/** Table rows for every publisher as of `today`, sorted by soonest expiry. */
export function toPublisherRows(
  publishers: Publisher[],
  today: IsoDate,
  warningDays: number,
): PublisherRow[] {
  return publishers.map(p => toRow(p, today, warningDays)).sort(compareRows);
}
