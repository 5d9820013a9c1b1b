import { Link } from '@backstage/core-components';
import { Box } from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import type { GitAhead } from '@ami-governance/backstage-plugin-ami-governance-common';
import { formatInstantWithAge } from '../../lib/format';

/** The headline for a policy whose difference from Git is a change on its way, not a drift. */
export function gitAheadHeadline(gitAhead: GitAhead, now: Date): string {
  const merged = `merged ${formatInstantWithAge(gitAhead.mergedAt, now)}`;
  return gitAhead.state === 'not-applied'
    ? `Git is ahead: ${merged}, not applied yet`
    : `Git is ahead: ${merged}, not collected since`;
}

/** What the pending change means and where it gets applied. */
export function GitAheadNotice(props: { gitAhead: GitAhead; now: Date }) {
  const { gitAhead, now } = props;
  const explanation =
    gitAhead.state === 'not-applied'
      ? 'AWS still holds what the config generated before this change: the differences below are what the apply pipeline will send.'
      : 'The snapshot was collected before this change: the next collection shows whether it has been applied.';
  return (
    <Box mb={2}>
      <Alert severity="info">
        {`${gitAheadHeadline(gitAhead, now)}. ${explanation} `}
        {gitAhead.pipelineUrl && (
          <Link to={gitAhead.pipelineUrl}>
            Open the pipeline that applies it
          </Link>
        )}
      </Alert>
    </Box>
  );
}
