import {
  EmptyState,
  InfoCard,
  Progress,
  WarningPanel,
} from '@backstage/core-components';
import { Box, Grid } from '@material-ui/core';
import { errorMessage } from '../../config/warnings';
import { AnswerSource } from '../AnswerSource';
import {
  ImageCompliance,
  ImageFacts,
  ImageTimeline,
  ProvenanceStanding,
} from '../ImageDetails';
import { LineagePicture } from '../LineagePicture';
import { ScopeOfImpact } from '../ScopeOfImpact';
import { useImageLineage } from '../useImageLineage';
import { useScopeOfImpact } from '../useScopeOfImpact';

/**
 * One AMI (two columns from 1280 px: narrower, the facts table would be squeezed): its lineage drawn from the root, its provenance beside the allowlist standing, facts,
 * compliance, timeline and scope of impact. An AMI no collection met is said to be unknown.
 */
export function ImageView({ imageId }: { imageId: string }) {
  const state = useImageLineage(imageId);
  const scope = useScopeOfImpact(imageId);
  const descendants = scope.first.value?.descendants;
  const { value, error, loading } = state;
  if (!value && loading) return <Progress />;
  if (error)
    return (
      <WarningPanel
        defaultExpanded
        severity="error"
        title={`Could not load the lineage of ${imageId}`}
        message={errorMessage(error)}
      />
    );
  if (!value)
    return (
      <EmptyState
        missing="data"
        title={`${imageId} is unknown`}
        description="No workload collection met this AMI (used, in the golden catalog, or as an ancestor): its lineage and provenance are unknown."
      />
    );
  if (!value.available)
    return (
      <EmptyState
        missing="data"
        title="No lineage collected yet"
        description={value.reason}
      />
    );
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <AnswerSource {...value} />
      </Grid>
      <Grid item xs={12} lg={7}>
        <InfoCard title="Lineage">
          <LineagePicture answer={value} descendants={descendants} />
        </InfoCard>
      </Grid>
      <Grid item xs={12} lg={5}>
        {/* A column of cards as wide as the grid item: long reasons wrap inside them. */}
        <Box display="flex" flexDirection="column" style={{ gap: 24 }}>
          <ProvenanceStanding answer={value} />
          <ImageCompliance answer={value} />
          <ImageFacts answer={value} />
        </Box>
      </Grid>
      <Grid item xs={12}>
        <ScopeOfImpact scope={scope} />
      </Grid>
      <Grid item xs={12}>
        <ImageTimeline answer={value} />
      </Grid>
    </Grid>
  );
}
