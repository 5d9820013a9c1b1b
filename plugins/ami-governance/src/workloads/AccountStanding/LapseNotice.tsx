import { Box } from '@material-ui/core';
import type { AsyncState } from 'react-use/esm/useAsync';
import type { ImpactResponse } from '../../api/workloadTypes';
import { lapseSentence } from '../accountStandingText';
import { errorMessage } from '../../config/warnings';
import { ExpandableList } from '../../components/ExpandableList';
import { StatusLabel } from '../../components/StatusLabel';
import { WorkloadLine } from './BlockedWorkloads';

/** What stops being allowed in the account when the next exception lapses, with the date. */
export function LapseNotice(props: { impact: AsyncState<ImpactResponse> }) {
  const { value, error } = props.impact;
  if (error) {
    return (
      <StatusLabel health="unknown">
        {`What the next exception lapse blocks is unknown: ${errorMessage(
          error,
        )}`}
      </StatusLabel>
    );
  }
  if (!value?.available) return null;
  const sentence = lapseSentence(value);
  if (!sentence) return null;
  const none = value.blocked.instances + value.blocked.launchTemplates === 0;
  return (
    <Box aria-label="Next exception lapse" role="group">
      <StatusLabel health={none ? 'ok' : 'warning'}>{sentence}</StatusLabel>
      {value.workloads.items.length > 0 && (
        <ExpandableList
          aria-label="Workloads the lapse blocks"
          items={value.workloads.items}
          keyOf={w => w.id}
          render={w => <WorkloadLine workload={w} />}
          limit={5}
        />
      )}
    </Box>
  );
}
