import { Box, Typography } from '@material-ui/core';
import type { PublisherRow } from '../publisherRows';

/** `name`, or `name on date` when the date is known. */
function withDate(name: string, date: string): string {
  if (!name) return date ? `on ${date}` : '';
  return date ? `${name} on ${date}` : name;
}

function facts(row: PublisherRow): [string, string][] {
  const all: [string, string][] = [
    [
      'In use',
      row.usage
        ? `${row.usage.inUse} (instances and launch templates of other accounts)`
        : '',
    ],
    ['At expiry', row.usage?.atExpiry ?? ''],
    [
      'Allowed AMIs',
      row.constraints
        ? `only those with ${row.constraints} (the SCP allows the whole account)`
        : '',
    ],
    ['Exception type', row.type],
    [row.category === 'exception' ? 'Reason' : 'Description', row.reason],
    ['Ticket', row.ticket],
    ['Requested by', withDate(row.requestedBy, row.requestedOn)],
    ['Approved by', withDate(row.approvedBy, row.approvedOn)],
    ['Notes', row.notes],
    ['Config entry', row.id],
  ];
  return all.filter(([, value]) => value);
}

/** A publisher's long fields, shown when its row is expanded. */
export function PublisherDetails(props: { row: PublisherRow }) {
  const { row } = props;
  return (
    <Box
      component="dl"
      aria-label={`Details of ${row.account}`}
      display="grid"
      gridTemplateColumns="max-content 1fr"
      gridColumnGap={16}
      gridRowGap={4}
      m={0}
      px={9}
      py={2}
    >
      {facts(row).map(([label, value]) => (
        <Box key={label} display="contents">
          <Typography component="dt" variant="body2" color="textSecondary">
            {label}
          </Typography>
          <Typography component="dd" variant="body2" style={{ margin: 0 }}>
            {label === 'Config entry' ? <code>{value}</code> : value}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
