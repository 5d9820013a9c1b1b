import { InfoCard } from '@backstage/core-components';
import type { AsyncState } from 'react-use/esm/useAsync';
import type { ReadinessResponse } from '../../api/workloadTypes';
import { readinessTitle } from '../readinessText';
import { WorkloadAnswerState } from '../WorkloadAnswerState';
import { ReadinessSummary } from './ReadinessSummary';

type ReadinessPanelProps = {
  /** The unfiltered readiness answer; the blocked workloads are paged by the panel itself. */
  readiness: AsyncState<ReadinessResponse>;
};

function Body({ readiness }: ReadinessPanelProps) {
  return (
    <WorkloadAnswerState state={readiness} what="what enabled would block">
      {answer => <ReadinessSummary answer={answer} />}
    </WorkloadAnswerState>
  );
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
