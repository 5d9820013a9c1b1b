import { useMemo } from 'react';
import {
  Content,
  ContentHeader,
  LinkButton,
  Page,
  Progress,
} from '@backstage/core-components';
import { Grid, Typography } from '@material-ui/core';
import { useGovernanceData } from '../../hooks/useGovernanceData';
import { useNow } from '../../hooks/useNow';
import { useRequestExceptionLink } from '../../hooks/useRequestExceptionLink';
import { usePublisherRows } from '../../hooks/usePublisherRows';
import { providerDescriber } from '../../lib/describeProvider';
import { summarize } from '../../lib/summary';
import { collectWarnings, errorsOf } from '../../lib/warnings';
import { CanILaunchSection } from '../CanILaunchSection';
import { ExceptionRequests } from '../ExceptionRequests';
import { GovernanceHeader } from '../GovernanceHeader';
import { GovernanceWarnings } from '../GovernanceWarnings';
import { PolicyCards } from '../PolicyCards';
import { ProblemsAlert } from '../ProblemsAlert';
import { PublicImagesList } from '../PublicImagesList';
import { PublishersTable } from '../PublishersTable';
import { ReadinessPanel } from '../ReadinessPanel';
import { SummaryCounts } from '../SummaryCounts';

const PROBLEMS_ID = 'ami-governance-problems';

/**
 * The AMI Governance page, in the order its readers look: the counts and the publishers with their
 * countdowns, "can I launch this?" and what enabled would block (developers), then problems with the data, policy status from AWS and requests
 * (platform engineers). It stays current by itself: the backend signals each change.
 */
export function AmiGovernancePage() {
  const data = useGovernanceData();
  const now = useNow();
  const requestExceptionLink = useRequestExceptionLink();
  const { publishers, policies, status, requests, readiness } = data;
  const firstPage = publishers.value;
  const rows = usePublisherRows(firstPage, now);
  const warnings = collectWarnings(data);
  const describeProvider = useMemo(
    () =>
      providerDescriber(
        rows,
        Boolean(firstPage && rows.length >= firstPage.counts.all),
      ),
    [rows, firstPage],
  );

  return (
    <Page themeId="tool">
      <GovernanceHeader
        publishers={firstPage}
        status={status.value}
        now={now}
      />
      <Content>
        <ContentHeader title="Publishers, exceptions and policies">
          <LinkButton
            to={requestExceptionLink()}
            color="primary"
            variant="contained"
          >
            Request an exception
          </LinkButton>
        </ContentHeader>
        <Grid container spacing={3}>
          {errorsOf(warnings).length > 0 && (
            <Grid item xs={12}>
              <ProblemsAlert warnings={warnings} target={PROBLEMS_ID} />
            </Grid>
          )}
          {firstPage && (
            <Grid item xs={12}>
              <SummaryCounts
                summary={summarize(firstPage.counts, status.value?.status)}
                warningDays={firstPage.warningDays}
              />
            </Grid>
          )}
          {!publishers.error && (
            <Grid item xs={12}>
              {firstPage ? (
                <PublishersTable config={firstPage} now={now} />
              ) : (
                <Progress />
              )}
            </Grid>
          )}
          <Grid item xs={12}>
            <CanILaunchSection />
          </Grid>
          <Grid item xs={12}>
            <ReadinessPanel readiness={readiness} />
          </Grid>
          {warnings.length > 0 && (
            <Grid item xs={12}>
              <GovernanceWarnings warnings={warnings} id={PROBLEMS_ID} />
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
              gitMode={firstPage?.enforcementMode}
              now={now}
              describeProvider={describeProvider}
              readiness={readiness.value}
            />
          </Grid>
          <Grid item xs={12}>
            <PublicImagesList now={now} />
          </Grid>
          <Grid item xs={12}>
            <ExceptionRequests items={requests.value?.items} />
          </Grid>
        </Grid>
      </Content>
    </Page>
  );
}
