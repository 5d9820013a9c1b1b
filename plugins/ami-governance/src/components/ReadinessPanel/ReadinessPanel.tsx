import {
  EmptyState,
  InfoCard,
  Progress,
  WarningPanel,
} from '@backstage/core-components';
import type { AsyncState } from 'react-use/esm/useAsync';
import type { ReadinessResponse } from '../../api/workloadTypes';
import { readinessTitle } from '../../lib/readinessText';
import { errorMessage } from '../../lib/warnings';
import { ReadinessSummary } from './ReadinessSummary';

export type ReadinessPanelProps = {
  /** The unfiltered readiness answer; the blocked workloads are paged by the panel itself. */
  readiness: AsyncState<ReadinessResponse>;
};

function Body({ readiness }: ReadinessPanelProps) {
  const { value, error, loading } = readiness;
  // A reload keeps the previous answer on screen; only a first load shows progress.
  if (!value && loading) return <Progress />;
  if (!value && error) {
    return (
      <WarningPanel
        defaultExpanded
        severity="error"
        title="Could not load what enabled would block"
        message={errorMessage(error)}
      />
    );
  }
  if (!value) return null;
  if (!value.available) {
    return (
      <EmptyState
        missing="data"
        title="No workloads collected yet"
        description={value.reason}
      />
    );
  }
  return <ReadinessSummary answer={value} />;
}

/** What switching Allowed AMIs to `enabled` would block today (or blocks now, when it is enabled). */
export function ReadinessPanel(props: ReadinessPanelProps) {
  const { value } = props.readiness;
  const mode = value?.available ? value.enforcementMode : 'audit_mode';
  return (
    <InfoCard title={readinessTitle(mode)}>
      <Body readiness={props.readiness} />
    </InfoCard>
  );
}
