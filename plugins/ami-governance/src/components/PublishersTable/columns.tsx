import type { TableColumn } from '@backstage/core-components';
import { Typography } from '@material-ui/core';
import type { PublisherRow } from '../../lib/publisherRows';
import { Health, StatusLabel } from '../StatusLabel';

const STANDING_HEALTH: Record<PublisherRow['standing'], Health> = {
  expired: 'error',
  expiring: 'warning',
  active: 'ok',
  permanent: 'ok',
};

const dash = (value: string) => value || '—';
/** Short values stay on one line; the name is the column that wraps. */
const nowrap = { whiteSpace: 'nowrap' as const };

/**
 * The publishers table's columns: what a developer scans for (which account, until when). The wide
 * ones (exception type, reason, ticket, approvals, notes) are in each row's detail panel, so the table
 * fits 1440 px with the In use column.
 */
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
    render: row => dash(row.expiresOn),
  },
  { title: 'Countdown', field: 'countdown', cellStyle: nowrap },
  {
    title: 'In use',
    field: 'usage',
    render: row => <UsageCell row={row} />,
  },
];

/** What uses the publisher's AMIs; for an exception whose lapse blocks something, what and when. */
function UsageCell({ row }: { row: PublisherRow }) {
  const { usage } = row;
  if (!usage)
    return <span aria-label="not counted: no workloads collected">—</span>;
  return (
    <>
      {usage.inUse}
      {usage.atExpiry && usage.breaks && (
        <Typography variant="caption" component="div">
          <StatusLabel health="warning">{usage.atExpiry}</StatusLabel>
        </Typography>
      )}
    </>
  );
}
