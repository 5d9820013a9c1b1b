import { ReactElement } from 'react';
import { EmptyState, Progress, WarningPanel } from '@backstage/core-components';
import type { AsyncState } from 'react-use/esm/useAsync';
import { errorMessage } from '../../config/warnings';

/** The collected form of an answer: its `available: true` branch, or the answer when it has none. */
type Collected<T> = [Extract<T, { available: true }>] extends [never]
  ? T
  : Extract<T, { available: true }>;

type WorkloadAnswerStateProps<T extends { available: boolean }> = {
  state: AsyncState<T>;
  /** What could not be loaded, e.g. "the public AMIs". */
  what: string;
  /** The answer once workloads were collected. */
  children: (answer: Collected<T>) => ReactElement;
};

/**
 * What every workload panel shows before its answer: progress on the first load (a reload keeps the
 * last answer on screen), the error, or that nothing was collected yet with the backend's reason.
 */
export function WorkloadAnswerState<T extends { available: boolean }>(
  props: WorkloadAnswerStateProps<T>,
) {
  const { value, error, loading } = props.state;
  if (!value && loading) return <Progress />;
  if (!value && error) {
    return (
      <WarningPanel
        defaultExpanded
        severity="error"
        title={`Could not load ${props.what}`}
        message={errorMessage(error)}
      />
    );
  }
  if (!value) return null;
  if (!value.available) {
    const { reason } = value as { reason?: string };
    return (
      <EmptyState
        missing="data"
        title="No workloads collected yet"
        description={reason}
      />
    );
  }
  return props.children(value as Collected<T>);
}
