import { Box, Typography } from '@material-ui/core';
import type { PolicyCompliance } from 'ami-governance-common';
import { modeLabel, plural } from '../../lib/format';
import { AccountList } from '../AccountList';
import type { Health } from '../../lib/health';
import { StatusLabel } from '../StatusLabel';

type Differing = PolicyCompliance['differing'][number];

function describeDifference(d: Differing): string {
  const parts: string[] = [];
  if (d.missing.length) parts.push(`lacks ${d.missing.join(', ')}`);
  if (d.extra.length) parts.push(`also allows ${d.extra.join(', ')}`);
  if (d.mode !== d.expectedMode) {
    parts.push(
      `mode ${modeLabel(d.mode)}, expected ${modeLabel(d.expectedMode)}`,
    );
  }
  if (d.unrestrictedCriteria?.length) {
    parts.push(
      `criteria allowing any publisher: ${d.unrestrictedCriteria.join(', ')}`,
    );
  }
  return parts.join('; ') || 'differs';
}

/** Accounts whose effective declarative policy matches (N of M), the differing ones listed first. */
export function ComplianceSection(props: { compliance: PolicyCompliance }) {
  const { matching, differing, unknown, comparedWith } = props.compliance;
  const total = matching.length + differing.length + unknown.length;
  let health: Health = 'ok';
  if (unknown.length) health = 'warning';
  if (differing.length) health = 'error';
  return (
    <Box mt={2}>
      <Typography variant="subtitle2">Compliance</Typography>
      <StatusLabel health={health}>
        {`Effective policy matches for ${matching.length.toLocaleString(
          'en-US',
        )} of ${plural(total, 'account')}`}
      </StatusLabel>
      <Typography variant="caption" color="textSecondary" component="p">
        {comparedWith === 'deployed'
          ? 'Compared with the deployed policy.'
          : 'Compared with what Git generates (the deployed policy could not be read).'}
      </Typography>
      {differing.length > 0 && (
        <>
          <Typography variant="body2">{`Differing (${differing.length}):`}</Typography>
          <AccountList
            aria-label="accounts whose effective policy differs"
            items={differing.map(d => ({
              id: d.id,
              name: d.name,
              detail: describeDifference(d),
            }))}
            empty=""
          />
        </>
      )}
      {unknown.length > 0 && (
        <>
          <Typography variant="body2">{`Unknown (${unknown.length}):`}</Typography>
          <AccountList
            aria-label="accounts whose effective policy is unknown"
            items={unknown.map(u => ({
              id: u.id,
              name: u.name,
              detail: u.reason,
            }))}
            empty=""
          />
        </>
      )}
    </Box>
  );
}
