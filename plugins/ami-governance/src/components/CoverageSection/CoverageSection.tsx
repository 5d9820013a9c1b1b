import { Box, Typography } from '@material-ui/core';
import type { PolicyCoverage } from 'ami-governance-common';
import { plural } from '../../lib/format';
import { AccountList } from '../AccountList';
import { StatusLabel } from '../StatusLabel';

/** N of M accounts governed, the uncovered ones listed, and what applies to the management account. */
export function CoverageSection(props: { coverage: PolicyCoverage }) {
  const { coverage } = props;
  const { managementAccount: mgmt, ungoverned } = coverage;
  const complete = ungoverned.length === 0;
  return (
    <Box mt={2}>
      <Typography variant="subtitle2">Coverage</Typography>
      <StatusLabel health={complete ? 'ok' : 'warning'}>
        {`Governs ${coverage.governedCount.toLocaleString('en-US')} of ${plural(
          coverage.totalAccounts,
          'account',
        )}`}
        {complete
          ? ''
          : `; ${ungoverned.length.toLocaleString('en-US')} not covered`}
      </StatusLabel>
      {!complete && (
        <AccountList
          aria-label="accounts not covered"
          items={ungoverned.map(a => ({ id: a.id, name: a.name }))}
          empty=""
        />
      )}
      <Typography variant="body2" color="textSecondary">
        {`Management account ${mgmt.name} (${mgmt.id}): ${
          mgmt.governed ? 'governed' : 'not governed'
        }. ${mgmt.note}`}
      </Typography>
    </Box>
  );
}
