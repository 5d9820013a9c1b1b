import { InfoCard, Progress, WarningPanel } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import {
  MissingAnnotationEmptyState,
  useEntity,
} from '@backstage/plugin-catalog-react';
import { Typography } from '@material-ui/core';
import { utcDateOf } from 'ami-governance-common';
import { useAccountPublisher } from '../../hooks/useAccountPublisher';
import { useNow } from '../../hooks/useNow';
import { accountStanding } from '../../lib/accountStanding';
import { errorMessage, whatToDo } from '../../lib/warnings';
import { AWS_ACCOUNT_ID_ANNOTATION } from '../../constants';
import { rootRouteRef } from '../../routes';
import { StatusLabel } from '../StatusLabel';

function AccountCard(props: { accountId: string }) {
  const { accountId } = props;
  const { loading, error, value } = useAccountPublisher(accountId);
  const now = useNow();
  const pageLink = useRouteRef(rootRouteRef)();
  if (loading) return <Progress />;
  if (error) {
    return (
      <WarningPanel
        severity="error"
        title="AMI publishing status unavailable"
        message={`${errorMessage(error)}. What to do: ${whatToDo(error)}`}
        defaultExpanded
      />
    );
  }
  const standing = accountStanding(
    value!.entries,
    utcDateOf(now),
    value!.response.warningDays,
  );
  return (
    <InfoCard
      title="AMI publishing"
      subheader={`AWS account ${accountId}`}
      deepLink={{ title: 'All publishers and policies', link: pageLink }}
    >
      <StatusLabel health={standing.health}>{standing.headline}</StatusLabel>
      <Typography variant="body2" style={{ marginTop: 8 }}>
        {standing.detail}
      </Typography>
    </InfoCard>
  );
}

/** Entity card: is the annotated AWS account an allowed AMI publisher, and until when. @public */
export function EntityAmiGovernanceCard() {
  const { entity } = useEntity();
  const accountId = entity.metadata.annotations?.[AWS_ACCOUNT_ID_ANNOTATION];
  if (!accountId) {
    return (
      <MissingAnnotationEmptyState annotation={AWS_ACCOUNT_ID_ANNOTATION} />
    );
  }
  return <AccountCard accountId={accountId} />;
}
