import {
  ContentHeader,
  LinkButton,
  Progress,
} from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { Grid } from '@material-ui/core';
import type { GovernanceData } from '../../hooks/useGovernanceData';
import { useRequestExceptionLink } from '../../exceptionRequests/useRequestExceptionLink';
import { summarize } from '../../organization/summary';
import { publisherFigures } from '../../organization/summaryFigures';
import { collectWarnings } from '../../config/warnings';
import { platformRouteRef } from '../../routes';
import { CanILaunchSection } from '../../explain/CanILaunchSection';
import { ExceptionRequests } from '../../exceptionRequests/ExceptionRequests';
import { ProblemsAlert } from '../../config/ProblemsAlert';
import { PublishersTable } from '../../config/PublishersTable';
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
