import { Typography } from '@material-ui/core';
import { Alert, AlertTitle } from '@material-ui/lab';
import type { ExplainLaunchResponse } from '../../api/explainTypes';
import { formatInstant } from '../../lib/format';
import { launchSeverity } from '../launchVerdicts';
import { ImageLink } from '../../lineage/ImageLink';

/** `Account 210987654321 (payments-prod) · ami-… (owner 123456738923) · eu-west-1`. */
function asked(answer: ExplainLaunchResponse): string {
  const account = answer.accountName
    ? `Account ${answer.accountId} (${answer.accountName})`
    : `Account ${answer.accountId}`;
  let image = answer.owner ? `AMIs of ${answer.owner}` : undefined;
  if (answer.imageId) {
    image = answer.owner
      ? `${answer.imageId} (owner ${answer.owner})`
      : answer.imageId;
  }
  return [account, image, answer.region ?? 'no region: effective policy']
    .filter(Boolean)
    .join(' · ');
}

/**
 * The answer in one sentence, headed by the backend's headline and coloured by it, then what AWS
 * enforces today and what Git says (the next apply), each in the backend's words.
 */
export function VerdictAlert({ answer }: { answer: ExplainLaunchResponse }) {
  const severity = launchSeverity(answer);
  return (
    <Alert severity={severity} role="status" aria-label={answer.headline}>
      <AlertTitle>{answer.headline}</AlertTitle>
      <Typography variant="h6" component="p">
        {answer.sentence}
      </Typography>
      {answer.until && (
        <Typography variant="body1">
          <strong>Until {answer.until}</strong>
          {answer.exception &&
            ` · exception for ${answer.exception.account_id}${
              answer.exception.type ? ` (${answer.exception.type})` : ''
            }, ${
              answer.exception.state === 'lapsed'
                ? 'lapsed in Git'
                : 'its last day'
            }`}
        </Typography>
      )}
      <Typography variant="body2" component="p">
        {answer.aws.sentence}
      </Typography>
      <Typography variant="body2" component="p">
        {answer.git.sentence}
      </Typography>
      <Typography variant="caption" component="p">
        {asked(answer)} · as of {answer.asOf} ·{' '}
        {answer.collectedAt
          ? `organization data collected ${formatInstant(answer.collectedAt)}`
          : 'no organization snapshot yet'}
      </Typography>
      {answer.imageId && (
        <Typography variant="body2" component="p">
          Where it came from and what it reaches:{' '}
          <ImageLink imageId={answer.imageId} />
        </Typography>
      )}
    </Alert>
  );
}
