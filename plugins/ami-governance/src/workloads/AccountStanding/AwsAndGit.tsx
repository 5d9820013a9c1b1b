import { Box } from '@material-ui/core';
import type { AccountStandingResponse } from '../../api/workloadTypes';
import type { Health } from '../../organization/health';
import { Fact } from '../../components/Fact';
import { StatusLabel } from '../../components/StatusLabel';

type AwsAndGitAnswer = NonNullable<AccountStandingResponse['awsAndGit']>;

/** How the statement's headline reads: fine when AWS enforces what Git says, else what to act on. */
function healthOf(answer: AwsAndGitAnswer): Health {
  if (answer.aws.mode === null && !answer.aws.collectedAt) return 'unknown';
  switch (answer.publisher?.action) {
    case 'move-off-now':
      return 'error';
    case 'wait-for-apply':
      return 'pending';
    case 'move-before-expiry':
      return 'warning';
    default:
      return answer.changes.length ? 'pending' : 'ok';
  }
}

/**
 * What AWS enforces for the account today against what the next apply deploys, in the backend's
 * words (the launch explainer's): the headline, the date that bounds it, each side with when it was
 * collected, and what to do about its AMIs when Git or AWS names it as a publisher.
 */
export function AwsAndGit(props: { answer: AwsAndGitAnswer }) {
  const { answer } = props;
  const { publisher } = answer;
  return (
    <Box aria-label="AWS today and Git" role="group">
      <StatusLabel health={healthOf(answer)}>{answer.headline}</StatusLabel>
      {answer.until && <Fact label="Until">{answer.until}</Fact>}
      <Fact label="AWS today">{answer.aws.sentence}</Fact>
      <Fact label="Git (next apply)">{answer.git.sentence}</Fact>
      {publisher && (
        <>
          <Fact label="Its AMIs">{publisher.sentence}</Fact>
          <Fact label="What to do">{publisher.whatToDo}</Fact>
        </>
      )}
    </Box>
  );
}
