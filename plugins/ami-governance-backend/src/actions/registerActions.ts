import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type { GovernanceConfig } from '@ami-governance/backstage-plugin-ami-governance-common';
import { Clock } from '../services/clock';
import type { LaunchExplainer } from '../services/LaunchExplainer';
import type { WorkloadReads } from '../services/workloads/WorkloadReads';
import { registerExplainLaunchAction } from './explainLaunchAction';
import { registerListPublishersAction } from './listPublishersAction';
import { registerWorkloadActions } from './workloadActions';

/** The plugin's read-only actions, for MCP clients through @backstage/plugin-mcp-actions-backend. */
export function registerActions(
  registry: ActionsRegistryService,
  deps: {
    config: () => GovernanceConfig | undefined;
    clock: Clock;
    explainer: LaunchExplainer;
    workloads: WorkloadReads;
  },
) {
  registerListPublishersAction(registry, deps);
  registerExplainLaunchAction(registry, deps);
  registerWorkloadActions(registry, deps);
}
