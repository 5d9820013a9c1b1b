import { useMemo } from 'react';
import {
  Content,
  ContentHeader,
  LinkButton,
  Page,
  Progress,
} from '@backstage/core-components';
import { Grid, Typography } from '@material-ui/core';
import { REQUEST_EXCEPTION_PATH } from '../../constants';
import { useGovernanceData } from '../../hooks/useGovernanceData';
import { useNow } from '../../hooks/useNow';
import { usePublisherRows } from '../../hooks/usePublisherRows';
import { providerDescriber } from '../../lib/describeProvider';
import { summarize } from '../../lib/summary';
import { collectWarnings } from '../../lib/warnings';
import { ExceptionRequests } from '../ExceptionRequests';
import { GovernanceHeader } from '../GovernanceHeader';
import { GovernanceWarnings } from '../GovernanceWarnings';
import { PolicyCards } from '../PolicyCards';
import { PublishersTable } from '../PublishersTable';
import { SummaryCounts } from '../SummaryCounts';

/** The AMI Governance page: publishers with live countdowns, policy status from AWS, and requests. */
export function AmiGovernancePage() {
  const data = useGovernanceData();
  const now = useNow();
  const { publishers, policies, status, requests } = data;
  const rows = usePublisherRows(publishers.value, now);
  const warnings = collectWarnings(data);
  const summary = useMemo(
    () => summarize(rows, status.value?.status),
    [rows, status.value],
  );
  const describeProvider = useMemo(() => providerDescriber(rows), [rows]);

  return (
    <Page themeId="tool">
      <GovernanceHeader
        publishers={publishers.value}
        status={status.value}
        now={now}
      />
      <Content>
        <ContentHeader title="Publishers, exceptions and policies">
          <LinkButton
            to={REQUEST_EXCEPTION_PATH}
            color="primary"
            variant="contained"
          >
            Request an exception
          </LinkButton>
        </ContentHeader>
        <Grid container spacing={3}>
          <Grid item xs={12}>
            <GovernanceWarnings warnings={warnings} />
          </Grid>
          {publishers.value && (
            <Grid item xs={12}>
              <SummaryCounts
                summary={summary}
                warningDays={publishers.value.warningDays}
              />
            </Grid>
          )}
          {!publishers.error && (
            <Grid item xs={12}>
              {publishers.loading && !publishers.value ? (
                <Progress />
              ) : (
                <PublishersTable rows={rows} />
              )}
            </Grid>
          )}
          <Grid item xs={12}>
            <Typography variant="h5" component="h2" gutterBottom>
              Policies in AWS Organizations
            </Typography>
            <PolicyCards
              status={status.value}
              loading={status.loading}
              policies={policies.value}
              gitMode={publishers.value?.enforcementMode}
              now={now}
              describeProvider={describeProvider}
            />
          </Grid>
          <Grid item xs={12}>
            <ExceptionRequests items={requests.value?.items} />
          </Grid>
        </Grid>
      </Content>
    </Page>
  );
}
