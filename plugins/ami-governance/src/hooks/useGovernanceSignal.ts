import { useEffect, useRef } from 'react';
import { useSignal } from '@backstage/plugin-signals-react';

/** The signals channel the backend publishes on when governance data changes. */
const GOVERNANCE_SIGNAL_CHANNEL = 'ami-governance';

/** What changed: a new snapshot, a new config read, a recorded exception request, or a new workload collection. */
type GovernanceChange =
  | 'status'
  | 'config'
  | 'exception-requests'
  | 'workloads';

/** The message the backend publishes: `{ "kind": "status" }`. */
type GovernanceSignal = { kind: GovernanceChange };

/**
 * Calls the handler for each change the backend pushes, so an open page refetches exactly the data
 * that changed. Does nothing when the app has no signal API.
 */
export function useGovernanceSignal(
  handlers: Partial<Record<GovernanceChange, () => void>>,
): void {
  const { lastSignal } = useSignal<GovernanceSignal>(GOVERNANCE_SIGNAL_CHANNEL);
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    if (lastSignal) latest.current[lastSignal.kind]?.();
  }, [lastSignal]);
}
