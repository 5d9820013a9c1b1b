import type { PolicySizeChange } from '@ami-governance/backstage-plugin-ami-governance-common';
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
} from '@material-ui/core';

const n = (value?: number) =>
  value === undefined ? 'n/a' : value.toLocaleString('en-US');

/** Each regenerated policy's size before and after, against AWS's limit. */
export function PolicySizes(props: { policies: PolicySizeChange[] }) {
  return (
    <Table size="small" aria-label="Policy sizes">
      <TableHead>
        <TableRow>
          <TableCell>Policy</TableCell>
          <TableCell align="right">Before</TableCell>
          <TableCell align="right">After</TableCell>
          <TableCell align="right">Limit</TableCell>
          <TableCell align="right">Room left</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.policies.map(p => (
          <TableRow key={p.kind}>
            <TableCell>
              {p.title} (<code>{p.fileName}</code>)
            </TableCell>
            <TableCell align="right">{n(p.sizeBefore)}</TableCell>
            <TableCell align="right">{n(p.sizeAfter)}</TableCell>
            <TableCell align="right">{n(p.maxSize)}</TableCell>
            <TableCell align="right">{n(p.maxSize - p.sizeAfter)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
