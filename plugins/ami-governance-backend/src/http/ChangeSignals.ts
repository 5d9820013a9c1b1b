import { stringifyError } from '@backstage/errors';
import { LoggerService } from '@backstage/backend-plugin-api';
import { SignalsService } from '@backstage/plugin-signals-node';

/** The signals channel open AMI Governance pages listen on. */
const SIGNAL_CHANNEL = 'ami-governance';

/** What changed: pages refetch only what it affects (`workloads`: a new workload collection serves). */
type ChangeKind = 'status' | 'config' | 'exception-requests' | 'workloads';

/**
 * Tells open pages that something they show changed, through Backstage signals (a broadcast: every
 * reader may see the same data). A failed publish is logged; the page still refreshes on reload.
 */
export class ChangeSignals {
  constructor(
    private readonly signals: SignalsService,
    private readonly logger: LoggerService,
  ) {}

  notify(kind: ChangeKind): void {
    this.signals
      .publish({
        recipients: { type: 'broadcast' },
        channel: SIGNAL_CHANNEL,
        message: { kind },
      })
      .catch(e =>
        this.logger.warn(`Cannot signal ${kind} change: ${stringifyError(e)}`),
      );
  }
}
