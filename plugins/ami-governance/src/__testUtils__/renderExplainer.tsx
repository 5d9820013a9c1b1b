import type { AmiGovernanceApi } from '../api/AmiGovernanceApi';
import { LaunchExplainerPage } from '../explain/LaunchExplainerPage';
import { renderInPluginApp } from './renderPage';

/** The explainer's page opened at `/ami-governance/explain<search>`, over the mock API. */
export function renderExplainer(
  search = '',
  overrides: Partial<AmiGovernanceApi> = {},
) {
  return renderInPluginApp(<LaunchExplainerPage />, overrides, {
    route: `/ami-governance/explain${search}`,
  });
}
