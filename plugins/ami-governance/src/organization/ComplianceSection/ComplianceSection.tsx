import { Box, Typography } from '@material-ui/core';
import type { PolicyDocumentKind } from '@ami-governance/backstage-plugin-ami-governance-common';
import type { StatusAccountLists, StatusCompliance } from '../../api/types';
import { useAccountPages } from '../useAccountPages';
import { describeDifference } from '../compliance';
import { plural } from '../../lib/format';
import type { Health } from '../health';
import { AccountList } from '../AccountList';
import { StatusLabel } from '../../components/StatusLabel';

type ComplianceSectionProps = {
  policy: PolicyDocumentKind;
  compliance: StatusCompliance;
};

const count = (n: number) => n.toLocaleString('en-US');

function differingItem(d: StatusAccountLists['differing']) {
  return { id: d.id, name: d.name, detail: describeDifference(d) };
}

function unknownItem(u: StatusAccountLists['unknown']) {
  return { id: u.id, name: u.name, detail: u.reason };
}

/** Accounts whose effective declarative policy matches (N of M), the differing ones listed (paged) first. */
export function ComplianceSection(props: ComplianceSectionProps) {
  const { compliance, policy } = props;
  const { matchingTotal, differingTotal, unknownTotal, comparedWith } =
    compliance;
  const differing = useAccountPages(
    policy,
    'differing',
    compliance.differing,
    differingTotal,
  );
  const unknown = useAccountPages(
    policy,
    'unknown',
    compliance.unknown,
    unknownTotal,
  );
  const total = matchingTotal + differingTotal + unknownTotal;
  let health: Health = 'ok';
  if (unknownTotal) health = 'warning';
  if (differingTotal) health = 'error';
  return (
    <Box mt={2}>
      <Typography variant="subtitle2">Compliance</Typography>
      <StatusLabel health={health}>
        {`Effective policy matches for ${count(matchingTotal)} of ${plural(
          total,
          'account',
        )}`}
      </StatusLabel>
      <Typography variant="caption" color="textSecondary" component="p">
        {comparedWith === 'deployed'
          ? 'Compared with the deployed policy.'
          : 'Compared with what Git generates (the deployed policy could not be read).'}
      </Typography>
      {differingTotal > 0 && (
        <>
          <Typography variant="body2">{`Differing (${count(
            differingTotal,
          )}):`}</Typography>
          <AccountList
            aria-label="accounts whose effective policy differs"
            items={differing.items.map(differingItem)}
            paging={differing.paging}
            empty=""
          />
        </>
      )}
      {unknownTotal > 0 && (
        <>
          <Typography variant="body2">{`Unknown (${count(
            unknownTotal,
          )}):`}</Typography>
          <AccountList
            aria-label="accounts whose effective policy is unknown"
            items={unknown.items.map(unknownItem)}
            paging={unknown.paging}
            empty=""
          />
        </>
      )}
    </Box>
  );
}
