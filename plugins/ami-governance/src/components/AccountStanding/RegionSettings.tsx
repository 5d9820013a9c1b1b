import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@material-ui/core';
import type { AccountRegionStanding } from '../../api/workloadTypes';
import { describeRefusal, regionCells } from '../../lib/accountStandingText';

function RegionRow(props: { region: AccountRegionStanding }) {
  const { region } = props;
  if (region.error) {
    return (
      <TableRow>
        <TableCell>{region.region}</TableCell>
        <TableCell colSpan={4}>{describeRefusal(region.error)}</TableCell>
      </TableRow>
    );
  }
  const cells = regionCells(region);
  return (
    <TableRow>
      <TableCell>{region.region}</TableCell>
      <TableCell>{cells.state}</TableCell>
      <TableCell>{cells.managedBy}</TableCell>
      <TableCell>{cells.problems}</TableCell>
      <TableCell>{cells.publicAccess}</TableCell>
    </TableRow>
  );
}

/** Each region's Allowed AMIs setting, what is wrong with it, and image block public access. */
export function RegionSettings(props: { regions: AccountRegionStanding[] }) {
  const { regions } = props;
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
          <TableCell>Region</TableCell>
          <TableCell>Allowed AMIs</TableCell>
          <TableCell>Managed by</TableCell>
          <TableCell>Problems</TableCell>
          <TableCell>Block public access</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {regions.map(r => (
          <RegionRow key={r.region} region={r} />
        ))}
      </TableBody>
    </Table>
  );
}
