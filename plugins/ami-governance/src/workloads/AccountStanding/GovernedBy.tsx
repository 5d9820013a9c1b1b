import { Box, Typography } from '@material-ui/core';
import type { AccountStandingResponse } from '../../api/workloadTypes';
import { describeGovernance, describePath } from '../accountStandingText';
import { Fact } from '../../components/Fact';
import { StatusLabel } from '../../components/StatusLabel';

type Policies = NonNullable<AccountStandingResponse['policies']>;
type Governance = Policies['declarativePolicy'];

function PolicyLine(props: { policy: Governance }) {
  const { policy } = props;
  return (
    <StatusLabel health={policy?.governs ? 'ok' : 'warning'}>
      {describeGovernance(policy)}
    </StatusLabel>
  );
}

/** Where the account sits in the organization and which of the two policies reach it. */
export function GovernedBy(props: { standing: AccountStandingResponse }) {
  const { standing } = props;
  if (!standing.inOrganization || !standing.policies) {
    return (
      <Typography variant="body2">
        The newest organization snapshot does not hold this account: which
        policies govern it is unknown.
      </Typography>
    );
  }
  const { declarativePolicy, scp } = standing.policies;
  return (
    <Box aria-label="Governed by" role="group">
      {standing.name && <Fact label="Account">{standing.name}</Fact>}
      {standing.path && (
        <Fact label="OU path">{describePath(standing.path)}</Fact>
      )}
      {standing.managementAccount && (
        <Fact label="Role">The organization's management account</Fact>
      )}
      <Fact label="Declarative policy">
        <PolicyLine policy={declarativePolicy} />
      </Fact>
      <Fact label="SCP">
        <PolicyLine policy={scp} />
      </Fact>
    </Box>
  );
}
