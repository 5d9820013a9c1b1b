import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import type { AmiGovernanceApi } from '../api/AmiGovernanceApi';
import { amiGovernanceApiRef } from '../api/AmiGovernanceApi';
import { AmiGovernancePage } from '../components/AmiGovernancePage';
import { mockApi } from './governance';

/** Renders the page in a test app over a mock API (the fixtures, with any method overridden). */
export function renderPage(overrides: Partial<AmiGovernanceApi> = {}) {
  return renderInTestApp(
    <TestApiProvider apis={[[amiGovernanceApiRef, mockApi(overrides)]]}>
      <AmiGovernancePage />
    </TestApiProvider>,
  );
}
