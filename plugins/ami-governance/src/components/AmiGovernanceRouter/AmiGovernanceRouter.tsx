import { ErrorPage } from '@backstage/core-components';
import { Route, Routes } from 'react-router-dom';
import { explainRouteRef } from '../../routes';
import { AmiGovernancePage } from '../AmiGovernancePage';
import { LaunchExplainerPage } from '../LaunchExplainerPage';

/** What the plugin mounts at its root: the page, and the explainer at its sub route. */
export function AmiGovernanceRouter() {
  return (
    <Routes>
      <Route path="/" element={<AmiGovernancePage />} />
      <Route path={explainRouteRef.path} element={<LaunchExplainerPage />} />
      <Route
        path="*"
        element={
          <ErrorPage
            status="404"
            statusMessage="AMI Governance has no such page: it has the overview and /explain."
          />
        }
      />
    </Routes>
  );
}
