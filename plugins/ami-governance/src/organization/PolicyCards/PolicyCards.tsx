import { useMemo } from 'react';
import { Progress } from '@backstage/core-components';
import { Grid, Typography } from '@material-ui/core';
import type { EnforcementMode } from '@ami-governance/backstage-plugin-ami-governance-common';
import type { PoliciesResponse, StatusResponse } from '../../api/types';
import type { ReadinessResponse } from '../../api/workloadTypes';
import { policiesFailingFirst } from '../summary';
import { PolicyCard } from '../PolicyCard';

type PolicyCardsProps = {
  status?: StatusResponse;
  loading: boolean;
  policies?: PoliciesResponse;
  gitMode?: EnforcementMode;
  now: Date;
  describePublisher?: (publisher: string) => string | undefined;
  /** What the regions report, for the declarative policy's card. */
  readiness?: ReadinessResponse;
};

/** One card per policy, failing policies first; nothing but a note when AWS status is unavailable. */
export function PolicyCards(props: PolicyCardsProps) {
  const { status, loading } = props;
  const org = status?.status;
  const ordered = useMemo(() => (org ? policiesFailingFirst(org) : []), [org]);
  if (loading && !status) return <Progress />;
  if (!org) {
    return (
      <Typography variant="body2" color="textSecondary">
        Policy attachment, coverage, compliance and drift appear here once an
        organization snapshot is available (see Problems with the data on this
        page, above).
      </Typography>
    );
  }
  return (
    <Grid container spacing={3}>
      {ordered.map(policy => (
        <Grid item xs={12} lg={6} key={policy.kind}>
          <PolicyCard
            policy={policy}
            gitMode={props.gitMode}
            generated={props.policies?.policies.find(
              p => p.kind === policy.kind,
            )}
            collectedAt={org.collectedAt}
            stale={org.stale}
            now={props.now}
            describePublisher={props.describePublisher}
            readiness={props.readiness}
          />
        </Grid>
      ))}
    </Grid>
  );
}
