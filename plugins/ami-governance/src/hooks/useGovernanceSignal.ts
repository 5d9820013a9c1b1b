import { useEffect, useRef } from 'react';
import { useApiHolder } from '@backstage/core-plugin-api';
import { signalApiRef } from '@backstage/plugin-signals-react';

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
 * that changed. Every message is handled: a snapshot push sends `status` and `workloads` back to back,
 * and a hook that kept only the last signal a render saw (useSignal's lastSignal) lost the first.
 * Does nothing when the app has no signal API.
 */
export function useGovernanceSignal(
  handlers: Partial<Record<GovernanceChange, () => void>>,
): void {
  const signals = useApiHolder().get(signalApiRef);
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    if (!signals) return undefined;
    const { unsubscribe } = signals.subscribe<GovernanceSignal>(
      GOVERNANCE_SIGNAL_CHANNEL,
      message => latest.current[message.kind]?.(),
    );
    return unsubscribe;
  }, [signals]);
}
