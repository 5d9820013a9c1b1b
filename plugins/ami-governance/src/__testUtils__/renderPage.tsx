import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { Route, Routes, useLocation } from 'react-router-dom';
import { signalApiRef } from '@backstage/plugin-signals-react';
import type { ReactElement } from 'react';
import type { AmiGovernanceApi } from '../api/AmiGovernanceApi';
import { amiGovernanceApiRef } from '../api/AmiGovernanceApi';
import { AmiGovernanceRouter } from '../components/AmiGovernanceRouter';
import { rootRouteRef } from '../routes';
import { catalogWith } from './catalog';
import { mockApi, MockFixtures } from './mockApi';
import { FakeSignalApi } from './signals';

export type RenderPageOptions = {
  /** The data the mock API filters and pages. */
  fixtures?: MockFixtures;
  /** Where the page opens, e.g. `/ami-governance?category=vendor` or `/ami-governance/platform`. */
  route?: string;
  signalApi?: FakeSignalApi;
};

/** Shows where the app is (test ID `location`) and its query string (test ID `query-string`). */
export function CurrentLocation() {
  const { pathname, search } = useLocation();
  return (
    <>
      <output data-testid="location">{pathname}</output>
      <output data-testid="query-string">{search}</output>
    </>
  );
}

/**
 * Renders `element` in a test app over a mock API (the fixtures, with any method overridden), an empty
 * catalog, and the plugin mounted at `/ami-governance` so its route refs resolve.
 */
export function renderInPluginApp(
  element: ReactElement,
  overrides: Partial<AmiGovernanceApi> = {},
  options: RenderPageOptions = {},
) {
  const signalApi = options.signalApi ?? new FakeSignalApi();
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [amiGovernanceApiRef, mockApi(overrides, options.fixtures)],
        [signalApiRef, signalApi],
        [catalogApiRef, catalogWith([])],
      ]}
    >
      {element}
      <CurrentLocation />
    </TestApiProvider>,
    {
      routeEntries: options.route ? [options.route] : undefined,
      mountedRoutes: { '/ami-governance': rootRouteRef },
    },
  );
}

/**
 * Renders the plugin's page as an app mounts it (at `/ami-governance`, its tabs and sub routes
 * included) in a test app over a mock API (the fixtures, with any method overridden). It opens on
 * the developers' tab unless `options.route` says otherwise.
 */
export function renderPage(
  overrides: Partial<AmiGovernanceApi> = {},
  options: RenderPageOptions = {},
) {
  return renderInPluginApp(
    <Routes>
      <Route path="/ami-governance/*" element={<AmiGovernanceRouter />} />
    </Routes>,
    overrides,
    { ...options, route: options.route ?? '/ami-governance' },
  );
}

/** The page opened on the platform team's tab (`/ami-governance/platform`). */
export function renderPlatformTab(
  overrides: Partial<AmiGovernanceApi> = {},
  options: RenderPageOptions = {},
) {
  return renderPage(overrides, {
    ...options,
    route: options.route ?? '/ami-governance/platform',
  });
}
