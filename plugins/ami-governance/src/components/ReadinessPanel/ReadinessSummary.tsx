import { WarningPanel } from '@backstage/core-components';
import { Box, Typography } from '@material-ui/core';
import type { CollectedReadiness } from '../../api/workloadTypes';
import { formatInstant } from '../../lib/format';
import { readinessHeadline } from '../../lib/readinessText';
import { StatusLabel } from '../StatusLabel';
import { ReadinessTabs } from './ReadinessTabs';

/** The headline, a warning when the newest collection failed, and the lists a click away. */
export function ReadinessSummary({ answer }: { answer: CollectedReadiness }) {
  const { blocked } = answer;
  const nothingBlocked = blocked.instances + blocked.launchTemplates === 0;
  return (
    <Box>
      <StatusLabel health={nothingBlocked ? 'ok' : 'warning'}>
        {readinessHeadline(answer)}
      </StatusLabel>
      <Typography variant="caption" color="textSecondary" component="p">
        {`From the workloads collected ${formatInstant(answer.collectedAt)}.`}
      </Typography>
      {answer.collectionError && (
        <Box my={1}>
          <WarningPanel
            defaultExpanded
            severity="warning"
            title="The last workload collection failed"
            message={`${
              answer.collectionError
            }. What follows comes from the older collection of ${formatInstant(
              answer.collectedAt,
            )}.`}
          />
        </Box>
      )}
      <ReadinessTabs answer={answer} />
    </Box>
  );
}
