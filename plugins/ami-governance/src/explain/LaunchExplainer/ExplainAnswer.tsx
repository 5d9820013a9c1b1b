import { Progress, WarningPanel } from '@backstage/core-components';
import { Grid } from '@material-ui/core';
import type { AsyncState } from 'react-use/esm/useAsync';
import type { ExplainLaunchResponse } from '../../api/explainTypes';
import { errorMessage } from '../../config/warnings';
import { LaunchLayers } from './LaunchLayers';
import { NextSteps } from './NextSteps';
import { VerdictAlert } from './VerdictAlert';

/**
 * The backend's answer: the verdict in one sentence, the two layers side by side, what to do. While
 * it loads, a progress bar; when it fails, the backend's own message (a 400 names the parameter).
 */
export function ExplainAnswer(props: {
  state: AsyncState<ExplainLaunchResponse | undefined>;
  onGiveOwner: () => void;
}) {
  const { state, onGiveOwner } = props;
  if (state.loading) return <Progress />;
  if (state.error)
    return (
      <WarningPanel
        severity="error"
        title="Could not explain this launch"
        message={errorMessage(state.error)}
        defaultExpanded
      />
    );
  const answer = state.value;
  if (!answer) return null;
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <VerdictAlert answer={answer} />
      </Grid>
      {answer.layers && (
        <Grid item xs={12}>
          <LaunchLayers {...answer.layers} />
        </Grid>
      )}
      <Grid item xs={12}>
        <NextSteps answer={answer} onGiveOwner={onGiveOwner} />
      </Grid>
    </Grid>
  );
}
