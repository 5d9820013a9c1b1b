import type { PermissionsService } from '@backstage/backend-plugin-api';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type { GovernanceConfig } from '@ami-governance/backstage-plugin-ami-governance-common';
import { Clock } from '../services/clock';
import type { LaunchExplainer } from '../services/LaunchExplainer';
import type { WorkloadReads } from '../services/workloads/WorkloadReads';
import { registerExplainLaunchAction } from './explainLaunchAction';
import { registerListPublishersAction } from './listPublishersAction';
import { readActionsRegistry } from './readActionsRegistry';
import { registerWorkloadActions } from './workloadActions';
import { registerScopeOfImpactAction } from '../lineage/scopeOfImpactAction';
import type { LineageStore } from '../lineage/LineageStore';

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
    lineage?: LineageStore;
  },
) {
  const reads = readActionsRegistry(registry, deps.permissions);
  registerListPublishersAction(reads, deps);
  registerExplainLaunchAction(reads, deps);
  registerWorkloadActions(reads, deps);
  if (deps.lineage)
    registerScopeOfImpactAction(reads, { ...deps, lineage: deps.lineage });
}
