import { Box, Typography } from '@material-ui/core';
import type { PolicyDocumentKind } from '@ami-governance/backstage-plugin-ami-governance-common';
import type { StatusCoverage } from '../../api/types';
import { useAccountPages } from '../useAccountPages';
import { plural } from '../../lib/format';
import { AccountList } from '../AccountList';
import { StatusLabel } from '../../components/StatusLabel';

type CoverageSectionProps = {
  policy: PolicyDocumentKind;
  coverage: StatusCoverage;
};

/** N of M accounts governed, the uncovered ones listed (paged), and what applies to the management account. */
export function CoverageSection(props: CoverageSectionProps) {
  const { coverage } = props;
  const { managementAccount: mgmt, ungovernedTotal } = coverage;
  const { items, paging } = useAccountPages(
    props.policy,
    'ungoverned',
    coverage.ungoverned,
    ungovernedTotal,
  );
  const complete = ungovernedTotal === 0;
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
          : `; ${ungovernedTotal.toLocaleString('en-US')} not covered`}
      </StatusLabel>
      {!complete && (
        <AccountList
          aria-label="accounts not covered"
          items={items}
          paging={paging}
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
