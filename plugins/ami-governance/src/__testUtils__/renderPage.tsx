import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { useLocation } from 'react-router-dom';
import { signalApiRef } from '@backstage/plugin-signals-react';
import type { ReactElement } from 'react';
import type { AmiGovernanceApi } from '../api/AmiGovernanceApi';
import { amiGovernanceApiRef } from '../api/AmiGovernanceApi';
import { AmiGovernancePage } from '../components/AmiGovernancePage';
import { rootRouteRef } from '../routes';
import { catalogWith } from './catalog';
import { mockApi, MockFixtures } from './mockApi';
import { FakeSignalApi } from './signals';

export type RenderPageOptions = {
  /** The data the mock API filters and pages. */
  fixtures?: MockFixtures;
  /** Where the page opens, e.g. `/ami-governance?category=vendor`. */
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

/** Renders the page in a test app over a mock API (the fixtures, with any method overridden). */
export function renderPage(
  overrides: Partial<AmiGovernanceApi> = {},
  options: RenderPageOptions = {},
) {
  return renderInPluginApp(<AmiGovernancePage />, overrides, options);
}
