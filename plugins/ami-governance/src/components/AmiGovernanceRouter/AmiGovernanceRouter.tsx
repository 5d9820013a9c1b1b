import { ErrorPage } from '@backstage/core-components';
import { matchRoutes, Route, Routes, useParams } from 'react-router-dom';
import { explainRouteRef, imageRouteRef, platformRouteRef } from '../../routes';
import { AmiGovernancePage } from '../AmiGovernancePage';
import { LaunchExplainerPage } from '../../explain/LaunchExplainerPage';
import { ImagePage } from '../../lineage/ImagePage';

/** The page's tabs, relative to where the app mounts the plugin. */
const TAB_PATHS = [{ path: '/' }, { path: `${platformRouteRef.path}/*` }];

/** The tabbed page for its own paths; a 404 for any other, rather than the first tab. */
function PageOrNotFound() {
  const rest = useParams()['*'] ?? '';
  if (!matchRoutes(TAB_PATHS, `/${rest}`)) {
    return (
      <ErrorPage
        status="404"
        statusMessage="AMI Governance has no such page: it has the developers' tab, /platform, /explain and /images/{AMI ID}."
      />
    );
  }
  return <AmiGovernancePage />;
}

/**
 * What the plugin mounts at its root: the page with its tabs (developers at the root, the platform
 * team at /platform), the explainer and the AMI view at their own sub routes.
 */
export function AmiGovernanceRouter() {
  return (
    <Routes>
      <Route path={explainRouteRef.path} element={<LaunchExplainerPage />} />
      <Route path={imageRouteRef.path} element={<ImagePage />} />
      <Route path="/*" element={<PageOrNotFound />} />
    </Routes>
  );
}
