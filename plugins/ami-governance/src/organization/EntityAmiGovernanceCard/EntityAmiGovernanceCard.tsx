import { InfoCard, Progress, WarningPanel } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import {
  MissingAnnotationEmptyState,
  useEntity,
} from '@backstage/plugin-catalog-react';
import { Box, Typography } from '@material-ui/core';
import { utcDateOf } from '@ami-governance/backstage-plugin-ami-governance-common';
import { useAccountGovernance } from '../useAccountGovernance';
import { useNow } from '../../hooks/useNow';
import { accountStanding } from '../../workloads/accountStanding';
import { enforcedHeadline } from '../awsEnforcement';
import { errorMessage, whatToDo } from '../../config/warnings';
import { AWS_ACCOUNT_ID_ANNOTATION, awsAccountIdOf } from '../../constants';
import { rootRouteRef } from '../../routes';
import { AccountStanding } from '../../workloads/AccountStanding';
import { AwsEnforcement } from '../AwsEnforcement';
import { StatusLabel } from '../../components/StatusLabel';

function AccountCard(props: { accountId: string }) {
  const { accountId } = props;
  const { git, aws } = useAccountGovernance(accountId);
  const now = useNow();
  const pageLink = useRouteRef(rootRouteRef)();
  if (git.loading && !git.value) return <Progress />;
  if (git.error || !git.value) {
    const error = git.error ?? new Error('No answer');
    return (
      <WarningPanel
        severity="error"
        title="AMI governance status unavailable"
        message={`${errorMessage(error)}. What to do: ${whatToDo(error)}`}
        defaultExpanded
      />
    );
  }
  const standing = accountStanding(
    git.value.entries,
    utcDateOf(now),
    git.value.warningDays,
  );
  const org = aws.value?.response.status;
  const { health, headline } = enforcedHeadline(standing, org, accountId);
  const publishing = (
    <>
      <StatusLabel health={health}>{headline}</StatusLabel>
      <Typography variant="body2" style={{ marginTop: 8 }}>
        {`In Git: ${standing.detail}`}
      </Typography>
      <AwsEnforcement
        accountId={accountId}
        standing={standing}
        aws={aws}
        now={now}
      />
    </>
  );
  // An account the config does not list is a workload account: its standing as one comes first,
  // whether it publishes AMIs last.
  const workloadAccount = git.value.entries.length === 0;
  return (
    <InfoCard
      title="AMI governance"
      subheader={`AWS account ${accountId}`}
      deepLink={{ title: 'All publishers and policies', link: pageLink }}
    >
      {workloadAccount ? (
        <>
          <AccountStanding accountId={accountId} />
          <Box component="section" aria-label="As an AMI publisher" mt={2}>
            <Typography variant="subtitle2">As an AMI publisher</Typography>
            {publishing}
          </Box>
        </>
      ) : (
        <>
          {publishing}
          <AccountStanding accountId={accountId} />
        </>
      )}
    </InfoCard>
  );
}

/** Entity card: may the annotated AWS account publish AMIs, per Git and as AWS enforces it today. */
export function EntityAmiGovernanceCard() {
  const { entity } = useEntity();
  const accountId = awsAccountIdOf(entity);
  if (!accountId) {
    return (
      <MissingAnnotationEmptyState annotation={AWS_ACCOUNT_ID_ANNOTATION} />
    );
  }
  return <AccountCard accountId={accountId} />;
}
