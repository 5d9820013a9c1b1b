import { WarningPanel } from '@backstage/core-components';
import { Box, Typography } from '@material-ui/core';
import type { CollectedReadiness } from '../../api/workloadTypes';
import { formatInstant } from '../../lib/format';
import {
  describeBlockedImages,
  describeCoverage,
  outsideReachHeadline,
  readinessHeadline,
  readinessIsClear,
} from '../readinessText';
import { StatusLabel } from '../../components/StatusLabel';
import { ReadinessTabs } from './ReadinessTabs';

/**
 * The headline, the accounts the declarative policy does not reach (enabled changes nothing there),
 * which accounts it covers, a warning when the newest collection failed, and the lists
 * a click away. Shown as fine only when nothing is blocked and every account was seen.
 */
export function ReadinessSummary({ answer }: { answer: CollectedReadiness }) {
  const outside =
    answer.declarativePolicyReach &&
    outsideReachHeadline(answer.declarativePolicyReach);
  const images = describeBlockedImages(answer.blockedImages);
  return (
    <Box>
      <StatusLabel health={readinessIsClear(answer) ? 'ok' : 'warning'}>
        {readinessHeadline(answer)}
      </StatusLabel>
      {images && (
        <Typography variant="body2" aria-label="AMIs not allowed, by reason">
          {images}
        </Typography>
      )}
      {outside && (
        <Typography variant="body2" aria-label="declarative policy reach">
          {outside}
        </Typography>
      )}
      <Typography variant="subtitle1" component="p" aria-label="coverage">
        {describeCoverage(answer.coverage)}
      </Typography>
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
