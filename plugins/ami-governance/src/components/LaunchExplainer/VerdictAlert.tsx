import { Typography } from '@material-ui/core';
import { Alert, AlertTitle } from '@material-ui/lab';
import type { ExplainLaunchResponse } from '../../api/explainTypes';
import { formatInstant } from '../../lib/format';
import { LAUNCH_VERDICTS } from '../../lib/launchVerdicts';

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

/** The answer in one sentence, coloured by the verdict and headed by it in words. */
export function VerdictAlert({ answer }: { answer: ExplainLaunchResponse }) {
  const verdict = LAUNCH_VERDICTS[answer.verdict];
  return (
    <Alert severity={verdict.severity} role="status" aria-label={verdict.label}>
      <AlertTitle>{verdict.label}</AlertTitle>
      <Typography variant="h6" component="p">
        {answer.sentence}
      </Typography>
      {answer.until && (
        <Typography variant="body1">
          <strong>Until {answer.until}</strong>
          {answer.exception &&
            `: it rests on the exception for ${answer.exception.account_id}${
              answer.exception.type ? ` (${answer.exception.type})` : ''
            }, whose last day that is.`}
        </Typography>
      )}
      <Typography variant="caption" component="p">
        {asked(answer)} · as of {answer.asOf} ·{' '}
        {answer.collectedAt
          ? `organization data collected ${formatInstant(answer.collectedAt)}`
          : 'no organization snapshot yet'}
      </Typography>
    </Alert>
  );
}
