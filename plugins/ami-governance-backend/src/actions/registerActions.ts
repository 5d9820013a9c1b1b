import type { PermissionsService } from '@backstage/backend-plugin-api';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type { GovernanceConfig } from '@ami-governance/backstage-plugin-ami-governance-common';
import { Clock } from '../lib/clock';
import type { LaunchExplainer } from '../explain/LaunchExplainer';
import type { WorkloadReads } from '../workloads/WorkloadReads';
import { registerExplainLaunchAction } from '../explain/explainLaunchAction';
import { registerListPublishersAction } from '../config/listPublishersAction';
import { readActionsRegistry } from './readActionsRegistry';
import { registerWorkloadActions } from '../workloads/workloadActions';

/**
 * The plugin's read-only actions, for MCP clients through @backstage/plugin-mcp-actions-backend; each
 * authorizes its caller as the REST routes do (readActionsRegistry).
 */
export function registerActions(
  registry: ActionsRegistryService,
  deps: {
    permissions: PermissionsService;
    config: () => GovernanceConfig | undefined;
    clock: Clock;
    explainer: LaunchExplainer;
    workloads: WorkloadReads;
  },
) {
  const reads = readActionsRegistry(registry, deps.permissions);
  registerListPublishersAction(reads, deps);
  registerExplainLaunchAction(reads, deps);
  registerWorkloadActions(reads, deps);
}
