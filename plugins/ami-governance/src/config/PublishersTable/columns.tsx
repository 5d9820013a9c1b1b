import type { TableColumn } from '@backstage/core-components';
import { Typography } from '@material-ui/core';
import { clampLines, nowrap } from '../../lib/cellStyles';
import type { PublisherRow } from '../publisherRows';
import { Health, StatusLabel } from '../../components/StatusLabel';

const STANDING_HEALTH: Record<PublisherRow['standing'], Health> = {
  expired: 'error',
  expiring: 'warning',
  active: 'ok',
  permanent: 'ok',
};

/** A long name takes one line, cut with an ellipsis; the whole of it is in its title. */
const oneLine = clampLines(1);

/**
 * The publishers table's columns: what a developer scans for (which publisher, allowed or not and
 * as what, until when, how much uses it), each cell at most two lines so the table fits a 1024 px
 * screen. Everything
 * longer (exception type, reason, ticket, approvals, notes, what uses it in full) is in each row's
 * detail panel, a click on the row away.
 */
export const publisherColumns: TableColumn<PublisherRow>[] = [
  {
    title: 'Publisher',
    field: 'account',
    render: row => (
      <>
        <code style={nowrap}>{row.account}</code>
        {row.name && (
          <Typography
            variant="caption"
            component="div"
            color="textSecondary"
            style={oneLine}
            title={row.name}
          >
            {row.name}
          </Typography>
        )}
        {row.constraints && (
          <Typography
            variant="caption"
            component="div"
            color="textSecondary"
            style={oneLine}
            title={`Only its AMIs with ${row.constraints}`}
          >
            {`only ${row.constraints}`}
          </Typography>
        )}
      </>
    ),
  },
  {
    title: 'Status',
    field: 'standingLabel',
    cellStyle: nowrap,
    render: row => (
      <>
        <StatusLabel health={STANDING_HEALTH[row.standing]}>
          {row.standingLabel}
        </StatusLabel>
        <Typography variant="caption" component="div" color="textSecondary">
          {row.categoryLabel}
        </Typography>
      </>
    ),
  },
  {
    title: 'Until',
    field: 'expiresOn',
    cellStyle: nowrap,
    render: row => (
      <>
        <div>{row.expiresOn || 'no expiry'}</div>
        {row.expiresOn && (
          <Typography variant="caption" component="div">
            {row.countdown}
          </Typography>
        )}
      </>
    ),
  },
  {
    title: 'In use',
    field: 'usage',
    cellStyle: nowrap,
    render: row => <UsageCell row={row} />,
  },
];

/** How much uses the publisher's AMIs, and a warning when an exception's lapse blocks some of it. */
function UsageCell({ row }: { row: PublisherRow }) {
  const { usage } = row;
  if (!usage)
    return <span aria-label="not counted: no workloads collected">—</span>;
  return (
    <>
      <div title={`${usage.inUse}: details in the row's panel`}>
        {usage.inUseShort}
      </div>
      {usage.breaksShort && (
        <Typography variant="caption" component="div">
          <StatusLabel health="warning">{usage.breaksShort}</StatusLabel>
        </Typography>
      )}
    </>
  );
}
