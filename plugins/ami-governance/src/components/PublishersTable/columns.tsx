import type { TableColumn } from '@backstage/core-components';
import { compareRows, PublisherRow } from '../../lib/publisherRows';
import { Health, StatusLabel } from '../StatusLabel';

const STANDING_HEALTH: Record<PublisherRow['standing'], Health> = {
  expired: 'error',
  expiring: 'warning',
  active: 'ok',
  permanent: 'ok',
};

const dash = (value: string) => value || '—';
/** Short values stay on one line; the reason is the column that wraps. */
const nowrap = { whiteSpace: 'nowrap' as const };

/** The publishers table's columns. Every column has a `field` so the table's search covers it. */
export const publisherColumns: TableColumn<PublisherRow>[] = [
  {
    title: 'Account',
    field: 'account',
    cellStyle: nowrap,
    render: row => <code>{row.account}</code>,
  },
  { title: 'Name or vendor', field: 'name', render: row => dash(row.name) },
  { title: 'Category', field: 'categoryLabel', cellStyle: nowrap },
  {
    title: 'Status',
    field: 'standingLabel',
    cellStyle: nowrap,
    render: row => (
      <StatusLabel health={STANDING_HEALTH[row.standing]}>
        {row.standingLabel}
      </StatusLabel>
    ),
  },
  {
    title: 'Expires on',
    field: 'expiresOn',
    cellStyle: nowrap,
    customSort: compareRows,
    render: row => dash(row.expiresOn),
  },
  {
    title: 'Countdown',
    field: 'countdown',
    customSort: compareRows,
    cellStyle: nowrap,
  },
  {
    title: 'Type',
    field: 'type',
    cellStyle: nowrap,
    render: row => dash(row.type),
  },
  {
    title: 'Ticket',
    field: 'ticket',
    cellStyle: nowrap,
    render: row => dash(row.ticket),
  },
  {
    title: 'Reason',
    field: 'reason',
    cellStyle: { minWidth: 220 },
    render: row => dash(row.reason),
  },
  {
    title: 'Requested by',
    field: 'requestedBy',
    render: row => dash(row.requestedBy),
  },
  {
    title: 'Approved by',
    field: 'approvedBy',
    render: row => dash(row.approvedBy),
  },
];
