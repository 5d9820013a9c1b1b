import { InfoCard } from '@backstage/core-components';
import { Box, Typography } from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import {
  EnforcementMode,
  POLICY_FILE_NAMES,
  POLICY_TITLES,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import type { GeneratedPolicySummary, StatusPolicy } from '../../api/types';
import type { ReadinessResponse } from '../../api/workloadTypes';
import { formatInstantWithAge } from '../../lib/format';
import { ComplianceSection } from '../ComplianceSection';
import { CoverageSection } from '../CoverageSection';
import { DriftSection } from '../DriftSection';
import { GitAheadNotice, gitAheadHeadline } from '../GitAheadNotice';
import { PolicyFacts } from '../PolicyFacts';
import { RegionalTruthSection } from '../RegionalTruthSection';
import { StatusLabel } from '../../components/StatusLabel';

type PolicyCardProps = {
  policy: StatusPolicy;
  gitMode?: EnforcementMode;
  generated?: GeneratedPolicySummary;
  /** When the snapshot behind this status was collected, and whether that is too long ago. */
  collectedAt: string;
  stale: boolean;
  now: Date;
  describePublisher?: (publisher: string) => string | undefined;
  /** The workload collection's readiness answer: what the regions report (declarative policy only). */
  readiness?: ReadinessResponse;
};

function Verdict({ policy, now }: { policy: StatusPolicy; now: Date }) {
  if (!policy.deployed) {
    return (
      <StatusLabel health="error">Missing: not deployed in AWS</StatusLabel>
    );
  }
  if (policy.drift?.inSync) {
    return <StatusLabel health="ok">Deployed, in sync with Git</StatusLabel>;
  }
  if (policy.gitAhead) {
    return (
      <StatusLabel health="warning">
        {gitAheadHeadline(policy.gitAhead, now)}
      </StatusLabel>
    );
  }
  return <StatusLabel health="error">Deployed, differs from Git</StatusLabel>;
}

/** One AWS Organizations policy: deployed or not, where it is attached, whom it covers, and drift. */
export function PolicyCard(props: PolicyCardProps) {
  const { policy, stale, collectedAt, now } = props;
  const title = POLICY_TITLES[policy.kind] ?? policy.kind;
  return (
    <InfoCard title={title} subheader={<Verdict policy={policy} now={now} />}>
      <section aria-label={title}>
        {stale && (
          <Box mb={2}>
            <Alert severity="warning">
              {`Stale: the snapshot was collected ${formatInstantWithAge(
                collectedAt,
                now,
              )}, so AWS may have changed since. Check the collection schedule and its errors.`}
            </Alert>
          </Box>
        )}
        {policy.gitAhead && (
          <GitAheadNotice gitAhead={policy.gitAhead} now={now} />
        )}
        <PolicyFacts
          policy={policy}
          gitMode={props.gitMode}
          generated={props.generated}
        />
        {policy.drift ? (
          <DriftSection
            drift={policy.drift}
            describePublisher={props.describePublisher}
          />
        ) : (
          <Typography variant="body2">
            {`What to do: create the policy from dist/${
              POLICY_FILE_NAMES[policy.kind]
            } and attach it at the organization root.`}
          </Typography>
        )}
        <CoverageSection policy={policy.kind} coverage={policy.coverage} />
        {policy.compliance && (
          <ComplianceSection
            policy={policy.kind}
            compliance={policy.compliance}
          />
        )}
        {policy.kind === 'declarativePolicy' && (
          <RegionalTruthSection readiness={props.readiness} now={now} />
        )}
      </section>
    </InfoCard>
  );
}
