import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
  makeStyles,
} from '@material-ui/core';
import type { AccountRegionStanding } from '../../api/workloadTypes';
import { describeRefusal, regionCells } from '../accountStandingText';
import { describeRegionMeasure } from '../../organization/regionProblems';

// The entity card is a narrow column: setting names stay whole on one line, and what a region is
// measured against (its account's effective policy) and what is wrong with it is said in words on a
// line of its own below its settings, where it may wrap.
const useStyles = makeStyles(theme => ({
  cell: { padding: theme.spacing(0.75, 1), whiteSpace: 'nowrap' },
  heading: { padding: theme.spacing(0.75, 1) },
  settings: { '& > td': { borderBottom: 'none' } },
  problems: { padding: theme.spacing(0, 1, 0.75, 1) },
}));

/** One region: its settings, then what it is measured against and its problems (or AWS's refusal), in a body of their own. */
function RegionRows(props: { region: AccountRegionStanding }) {
  const { region } = props;
  const classes = useStyles();
  if (region.error) {
    return (
      <TableBody>
        <TableRow>
          <TableCell className={classes.cell}>{region.region}</TableCell>
          <TableCell className={classes.heading} colSpan={3}>
            {describeRefusal(region.error)}
          </TableCell>
        </TableRow>
      </TableBody>
    );
  }
  const cells = regionCells(region);
  return (
    <TableBody>
      <TableRow className={classes.settings}>
        <TableCell className={classes.cell}>{region.region}</TableCell>
        <TableCell className={classes.cell}>{cells.state}</TableCell>
        <TableCell className={classes.cell}>{cells.managedBy}</TableCell>
        <TableCell className={classes.cell}>{cells.publicAccess}</TableCell>
      </TableRow>
      <TableRow>
        <TableCell className={classes.problems} colSpan={4}>
          <Typography variant="body2" color="textSecondary" component="span">
            {describeRegionMeasure(region)}
          </Typography>
        </TableCell>
      </TableRow>
    </TableBody>
  );
}

/** Each region's Allowed AMIs setting, what is wrong with it, and image block public access. */
export function RegionSettings(props: { regions: AccountRegionStanding[] }) {
  const { regions } = props;
  const classes = useStyles();
  if (regions.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No region of this account was read.
      </Typography>
    );
  }
  return (
    <Table size="small" aria-label="Settings per region">
      <TableHead>
        <TableRow>
          <TableCell className={classes.cell}>Region</TableCell>
          <TableCell className={classes.cell}>Allowed AMIs</TableCell>
          <TableCell className={classes.cell}>Managed by</TableCell>
          <TableCell className={classes.heading}>Block public access</TableCell>
        </TableRow>
      </TableHead>
      {regions.map(r => (
        <RegionRows key={r.region} region={r} />
      ))}
    </Table>
  );
}
