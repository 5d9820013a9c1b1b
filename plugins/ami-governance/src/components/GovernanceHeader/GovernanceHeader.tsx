import { describeCriterionConstraints } from '@ami-governance/backstage-plugin-ami-governance-common';
import { Header, HeaderLabel } from '@backstage/core-components';
import type { PublishersResponse, StatusResponse } from '../../api/types';
import {
  formatInstantWithAge,
  MODE_LABELS,
  MODE_MEANINGS,
} from '../../lib/format';

type GovernanceHeaderProps = {
  publishers?: PublishersResponse;
  status?: StatusResponse;
  now: Date;
};

const URL_SCHEME = /^https?:\/\//i;

/** "created at most 180 days ago, not deprecated": the organization's age limits in words. */
export function imageAgeWords(
  limits: NonNullable<PublishersResponse['imageAgeLimits']>,
): string {
  return describeCriterionConstraints({
    name: 'age limits',
    maximumDaysSinceCreated: limits.maxImageAgeDays,
    maximumDaysSinceDeprecated: limits.maxDaysSinceDeprecated,
  });
}

/**
 * Enforcement mode in words, where the config came from and when, and how old the AWS snapshot is.
 * The backend names the config by its URL (a link here, shown without the scheme) or its file name.
 */
export function GovernanceHeader(props: GovernanceHeaderProps) {
  const { publishers, status, now } = props;
  const mode = publishers?.enforcementMode;
  const snapshot = status?.status;
  return (
    <Header
      title="AMI Governance"
      subtitle="Which AMI publishers are allowed, until when, and whether AWS enforces what Git says"
    >
      <HeaderLabel
        label="Enforcement"
        value={
          mode ? `${MODE_LABELS[mode]} (${MODE_MEANINGS[mode]})` : 'unknown'
        }
      />
      {publishers?.imageAgeLimits && (
        <HeaderLabel
          label="AMI age limits"
          value={imageAgeWords(publishers.imageAgeLimits)}
        />
      )}
      <HeaderLabel
        label="Config"
        url={
          publishers && URL_SCHEME.test(publishers.source)
            ? publishers.source
            : undefined
        }
        value={
          publishers
            ? `${publishers.source.replace(
                URL_SCHEME,
                '',
              )}, read ${formatInstantWithAge(publishers.readAt, now)}`
            : 'not read'
        }
      />
      <HeaderLabel
        label="AWS snapshot"
        value={
          snapshot
            ? `${formatInstantWithAge(snapshot.collectedAt, now)} from ${
                status?.source ?? 'unknown source'
              }${snapshot.stale ? ' (stale)' : ''}`
            : 'none'
        }
      />
    </Header>
  );
}
