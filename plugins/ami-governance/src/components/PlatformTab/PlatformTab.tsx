import { useMemo } from 'react';
import { ContentHeader } from '@backstage/core-components';
import { Grid, Typography } from '@material-ui/core';
import type { GovernanceData } from '../../hooks/useGovernanceData';
import { usePublisherRows } from '../../config/usePublisherRows';
import { publisherDescriber } from '../../config/describePublisher';
import { summarizePolicies } from '../../organization/summary';
import { policyFigures } from '../../organization/summaryFigures';
import { collectWarnings } from '../../config/warnings';
import { GovernanceWarnings } from '../../config/GovernanceWarnings';
import { PolicyCards } from '../../organization/PolicyCards';
import { PublicImagesList } from '../../workloads/PublicImagesList';
import { ReadinessPanel } from '../../workloads/ReadinessPanel';
import { ProvenancePanel } from '../../lineage/ProvenancePanel';
import { SummaryCounts } from '../SummaryCounts';

type PlatformTabProps = {
  data: GovernanceData;
  now: Date;
};

/**
 * The platform team's tab: problems with the data first, then whether AWS enforces what Git says
 * (each policy's attachment, coverage, compliance, drift and regions), what `enabled` would block,
 * where the running images come from (provenance), and the public AMIs.
 */
export function PlatformTab(props: PlatformTabProps) {
  const { data, now } = props;
  const { publishers, policies, status, readiness } = data;
  const firstPage = publishers.value;
  const rows = usePublisherRows(firstPage, now);
  const warnings = collectWarnings(data);
  const describePublisher = useMemo(
    () =>
      publisherDescriber(
        rows,
        Boolean(firstPage && rows.length >= firstPage.counts.all),
      ),
    [rows, firstPage],
  );
  return (
    <>
      <ContentHeader title="Does AWS enforce what Git says?" />
      <Grid container spacing={3}>
        {warnings.length > 0 && (
          <Grid item xs={12}>
            <GovernanceWarnings warnings={warnings} />
          </Grid>
        )}
        <Grid item xs={12}>
          <SummaryCounts
            title="At a glance"
            figures={policyFigures(summarizePolicies(status.value?.status))}
          />
        </Grid>
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
            describePublisher={describePublisher}
            readiness={readiness.value}
          />
        </Grid>
        <Grid item xs={12}>
          <ReadinessPanel readiness={readiness} />
        </Grid>
        <Grid item xs={12}>
          <ProvenancePanel />
        </Grid>
        <Grid item xs={12}>
          <PublicImagesList now={now} />
        </Grid>
      </Grid>
    </>
  );
}
