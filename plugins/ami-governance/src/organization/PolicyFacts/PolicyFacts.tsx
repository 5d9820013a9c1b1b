import { Box } from '@material-ui/core';
import type {
  EnforcementMode,
  PolicyStatus,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import type { GeneratedPolicySummary } from '../../api/types';
import { modeLabel, TARGET_TYPE_LABELS } from '../../lib/format';
import { ExpandableList } from '../../components/ExpandableList';
import { Fact } from '../../components/Fact';
import { StatusLabel } from '../../components/StatusLabel';

type PolicyFactsProps = {
  policy: PolicyStatus;
  gitMode?: EnforcementMode;
  generated?: GeneratedPolicySummary;
};

function Mode({ policy, gitMode }: PolicyFactsProps) {
  if (policy.kind === 'scp') {
    return <>No audit_mode: an SCP denies as soon as it is attached</>;
  }
  const git = policy.drift?.mode?.expected ?? gitMode;
  const aws = policy.deployed ? policy.drift?.mode?.deployed : undefined;
  const text = `Git: ${modeLabel(git)} · AWS: ${
    policy.deployed ? modeLabel(aws) : 'not deployed'
  }`;
  if (!policy.deployed || !policy.drift?.mode) return <>{text}</>;
  return policy.drift.mode.matches ? (
    <StatusLabel health="ok">{text} (matches)</StatusLabel>
  ) : (
    <StatusLabel health="error">{text} (differs)</StatusLabel>
  );
}

/** Name and ID, mode in Git against AWS, generated size and the targets the policy is attached to. */
export function PolicyFacts(props: PolicyFactsProps) {
  const { policy, generated } = props;
  const attachments = policy.attachments;
  return (
    <Box mb={1}>
      <Fact label="Policy">
        {policy.deployed
          ? `${policy.policyName ?? '(no name)'} (${
              policy.policyId ?? 'no ID'
            })`
          : 'not found in AWS Organizations'}
      </Fact>
      <Fact label="Mode">
        <Mode {...props} />
      </Fact>
      {generated && (
        <Fact label="Generated">
          {`${generated.fileName}: ${generated.size.toLocaleString(
            'en-US',
          )} of ${generated.maxSize.toLocaleString('en-US')} characters`}
        </Fact>
      )}
      <Fact label="Attached to">
        {attachments.length === 0 ? (
          <StatusLabel health="error">
            nothing: attach it to the root
          </StatusLabel>
        ) : (
          <ExpandableList
            aria-label="attachments"
            items={attachments}
            keyOf={a => a.targetId}
            render={a =>
              `${TARGET_TYPE_LABELS[a.type] ?? a.type} ${a.name} (${
                a.targetId
              })`
            }
          />
        )}
      </Fact>
    </Box>
  );
}
