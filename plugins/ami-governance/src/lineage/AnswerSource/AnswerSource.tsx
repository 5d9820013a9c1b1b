import { Typography } from '@material-ui/core';
import { formatInstant } from '../../lib/format';

/** What every lineage answer says of itself: where it was read from and when that was collected. */
export function AnswerSource(props: {
  source?: string;
  collectedAt?: string | null;
  collectionError?: string | null;
}) {
  const { source, collectedAt, collectionError } = props;
  const when = collectedAt
    ? `collected ${formatInstant(collectedAt)}`
    : 'collection time unknown: no workload collection is served';
  return (
    <Typography variant="caption" color="textSecondary" component="p">
      {`Source: ${source ?? 'unknown'} · ${when}`}
      {collectionError &&
        ` · the last collection failed (${collectionError}): this answer is from an older one`}
    </Typography>
  );
}
