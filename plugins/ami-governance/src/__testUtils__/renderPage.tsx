import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { useLocation } from 'react-router-dom';
import { signalApiRef } from '@backstage/plugin-signals-react';
import type { AmiGovernanceApi } from '../api/AmiGovernanceApi';
import { amiGovernanceApiRef } from '../api/AmiGovernanceApi';
import { AmiGovernancePage } from '../components/AmiGovernancePage';
import { mockApi, MockFixtures } from './mockApi';
import { FakeSignalApi } from './signals';

export type RenderPageOptions = {
  /** The data the mock API filters and pages. */
  fixtures?: MockFixtures;
  /** Where the page opens, e.g. `/ami-governance?category=vendor`. */
  route?: string;
  signalApi?: FakeSignalApi;
};

/** Shows the query string (test ID `query-string`), so tests can read what the page keeps in the URL. */
function QueryString() {
  return <output data-testid="query-string">{useLocation().search}</output>;
}

/** Renders the page in a test app over a mock API (the fixtures, with any method overridden). */
export function renderPage(
  overrides: Partial<AmiGovernanceApi> = {},
  options: RenderPageOptions = {},
) {
  const signalApi = options.signalApi ?? new FakeSignalApi();
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [amiGovernanceApiRef, mockApi(overrides, options.fixtures)],
        [signalApiRef, signalApi],
      ]}
    >
      <AmiGovernancePage />
      <QueryString />
    </TestApiProvider>,
    { routeEntries: options.route ? [options.route] : undefined },
  );
}
