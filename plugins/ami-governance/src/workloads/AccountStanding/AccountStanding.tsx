import { Progress, WarningPanel } from '@backstage/core-components';
import { Box, Typography } from '@material-ui/core';
import type { AccountStandingResponse } from '../../api/workloadTypes';
import {
  AccountStandingState,
  useAccountStanding,
} from '../useAccountStanding';
import { formatInstant, plural } from '../../lib/format';
import { errorMessage } from '../../config/warnings';
import { StatusLabel } from '../../components/StatusLabel';
import { AwsAndGit } from './AwsAndGit';
import { BlockedWorkloads } from './BlockedWorkloads';
import { ExplainLink } from './ExplainLink';
import { GovernedBy } from './GovernedBy';
import { LapseNotice } from './LapseNotice';
import { NotVisible } from './NotVisible';
import { PublicAmis } from './PublicAmis';
import { RegionSettings } from './RegionSettings';

const TITLE = 'This account in AWS';

function Heading(props: { children: string }) {
  return (
    <Typography variant="subtitle2" style={{ marginTop: 12 }}>
      {props.children}
    </Typography>
  );
}

/** What the newest workload collection read of the account; only when it holds the account. */
function Collected(props: {
  standing: AccountStandingResponse;
  state: AccountStandingState;
}) {
  const { standing, state } = props;
  const { visibility, regions, blocked, byPublisher, publicImages } = standing;
  if (standing.collected === false || !visibility || !regions || !blocked) {
    return (
      <StatusLabel health="unknown">
        {standing.reason ??
          'This account is not in the newest workload collection.'}
      </StatusLabel>
    );
  }
  if (!visibility.visible) return <NotVisible visibility={visibility} />;
  const refused = visibility.refusedRegions;
  return (
    <>
      {refused.length > 0 && (
        <StatusLabel health="warning">
          {`AWS refused ${plural(refused.length, 'region')} (${refused.join(
            ', ',
          )}): workloads there are not counted.`}
        </StatusLabel>
      )}
      <Heading>
        Settings per region, against the account's effective declarative policy
      </Heading>
      <RegionSettings regions={regions} />
      <Heading>If enabled today</Heading>
      <BlockedWorkloads
        blocked={blocked}
        byPublisher={byPublisher ?? []}
        workloads={state.workloads}
      />
      <LapseNotice impact={state.impact} />
      <Heading>Public AMIs</Heading>
      {publicImages && <PublicAmis publicImages={publicImages} />}
    </>
  );
}

function Body(props: { state: AccountStandingState }) {
  const { state } = props;
  const { value, loading, error } = state.standing;
  if (error) {
    return (
      <WarningPanel
        severity="error"
        title="Account standing unavailable"
        message={errorMessage(error)}
        defaultExpanded
      />
    );
  }
  if (loading && !value) return <Progress />;
  if (!value) {
    return (
      <StatusLabel health="unknown">
        The organization data does not know this account: it is neither in the
        newest organization snapshot nor in the workload collection.
      </StatusLabel>
    );
  }
  return (
    <>
      {value.awsAndGit && (
        <>
          <Heading>AWS today and Git (next apply)</Heading>
          <AwsAndGit answer={value.awsAndGit} />
        </>
      )}
      <Heading>Governed by</Heading>
      <GovernedBy standing={value} />
      {value.collectionError && (
        <StatusLabel health="warning">
          {`The last workload collection failed (${value.collectionError}): this is from an older one.`}
        </StatusLabel>
      )}
      {value.available ? (
        <Collected standing={value} state={state} />
      ) : (
        <StatusLabel health="unknown">{value.reason}</StatusLabel>
      )}
    </>
  );
}

/**
 * A section of the entity card: what AWS enforces for the account today against what the next apply
 * deploys, which policies govern the account, what its regions enforce, what
 * `enabled` and the next exception lapse would block, its public AMIs, and what AWS refused to show.
 */
export function AccountStanding(props: { accountId: string }) {
  const state = useAccountStanding(props.accountId);
  const collectedAt = state.standing.value?.collectedAt;
  return (
    <Box component="section" aria-label={TITLE} mt={2}>
      <Typography variant="subtitle2">
        {collectedAt
          ? `${TITLE} (workload collection of ${formatInstant(collectedAt)})`
          : TITLE}
      </Typography>
      <ExplainLink accountId={props.accountId} />
      <Body state={state} />
    </Box>
  );
}
