import { ContentHeader, LinkButton, Progress } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { Grid } from '@material-ui/core';
import type { GovernanceData } from '../../hooks/useGovernanceData';
import { useRequestExceptionLink } from '../../hooks/useRequestExceptionLink';
import { summarize } from '../../lib/summary';
import { publisherFigures } from '../../lib/summaryFigures';
import { collectWarnings } from '../../lib/warnings';
import { platformRouteRef } from '../../routes';
import { CanILaunchSection } from '../CanILaunchSection';
import { ExceptionRequests } from '../ExceptionRequests';
import { ProblemsAlert } from '../ProblemsAlert';
import { PublishersTable } from '../PublishersTable';
import { SummaryCounts } from '../SummaryCounts';

type DeveloperTabProps = {
  data: GovernanceData;
  now: Date;
};

/**
 * The developers' tab: which publishers may I use and until when (the publishers with their
 * countdowns), can I launch this AMI, and my exception requests, with the button to ask for one.
 */
export function DeveloperTab(props: DeveloperTabProps) {
  const { data, now } = props;
  const requestExceptionLink = useRequestExceptionLink();
  const platformLink = useRouteRef(platformRouteRef)();
  const { publishers, status, requests } = data;
  const firstPage = publishers.value;
  return (
    <>
      <ContentHeader title="Which publishers may I use, and until when?">
        <LinkButton
          to={requestExceptionLink()}
          color="primary"
          variant="contained"
        >
          Request an exception
        </LinkButton>
      </ContentHeader>
      <Grid container spacing={3}>
        <Grid item xs={12}>
          <ProblemsAlert warnings={collectWarnings(data)} to={platformLink} />
        </Grid>
        {firstPage && (
          <Grid item xs={12}>
            <SummaryCounts
              title="At a glance"
              figures={publisherFigures(
                summarize(firstPage.counts, status.value?.status),
                firstPage.warningDays,
              )}
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
          <ExceptionRequests items={requests.value?.items} />
        </Grid>
      </Grid>
    </>
  );
}
