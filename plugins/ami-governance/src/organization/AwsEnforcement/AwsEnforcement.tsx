import { Box, Typography } from '@material-ui/core';
import type { AsyncState } from 'react-use/esm/useAsync';
import type { StatusResponse } from '../../api/types';
import type { AccountStanding } from '../../workloads/accountStanding';
import { awsEnforcement, OwnCompliance } from '../awsEnforcement';
import { formatInstantWithAge } from '../../lib/format';
import { errorMessage } from '../../config/warnings';
import { StatusLabel } from '../../components/StatusLabel';

type AwsEnforcementProps = {
  accountId: string;
  standing: AccountStanding;
  aws: AsyncState<{
    response: StatusResponse;
    accountCompliance?: OwnCompliance;
  }>;
  now: Date;
};

function Unknown(props: { why: string }) {
  return (
    <StatusLabel health="unknown">{`What AWS enforces is unknown: ${props.why}`}</StatusLabel>
  );
}

/** What AWS enforces today about the account, from the latest snapshot, a line per policy. */
export function AwsEnforcement(props: AwsEnforcementProps) {
  const { accountId, standing, aws, now } = props;
  const org = aws.value?.response.status;
  let body;
  if (aws.loading && !aws.value) {
    body = <Typography variant="body2">Reading the AWS status…</Typography>;
  } else if (aws.error) {
    body = <Unknown why={errorMessage(aws.error)} />;
  } else if (!org) {
    body = (
      <Unknown why={aws.value?.response.reason ?? 'no organization snapshot'} />
    );
  } else {
    body = awsEnforcement(
      accountId,
      standing,
      org,
      aws.value?.accountCompliance,
    ).map(line => (
      <Box key={line.id}>
        <StatusLabel health={line.health}>{line.text}</StatusLabel>
      </Box>
    ));
  }
  return (
    <Box component="section" aria-label="In AWS today" mt={2}>
      <Typography variant="subtitle2">
        {org
          ? `In AWS today (snapshot of ${formatInstantWithAge(
              org.collectedAt,
              now,
            )})`
          : 'In AWS today'}
      </Typography>
      {body}
    </Box>
  );
}
