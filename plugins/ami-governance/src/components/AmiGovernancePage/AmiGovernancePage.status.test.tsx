import { screen, within } from '@testing-library/react';
import {
  organizationStatus,
  statusResponse,
} from '../../__testUtils__/governance';
import { renderPage, renderPlatformTab } from '../../__testUtils__/renderPage';
import { responseError } from '../../__testUtils__/responseError';

describe('AmiGovernancePage: AWS status states', () => {
  beforeEach(() =>
    jest.useFakeTimers({ now: new Date('2026-11-23T12:00:00Z') }),
  );
  afterEach(() => jest.useRealTimers());

  it('says what to do when AWS status is unavailable, and still shows the publishers', async () => {
    const getStatus = async () => ({
      available: false as const,
      reason: 'No organization snapshot yet.',
      configError: null,
    });
    const { unmount } = await renderPlatformTab({ getStatus });
    expect(
      await screen.findByText('Warning: AWS status unavailable'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/set amiGovernance.organization.source to aws/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('listitem', {
        name: 'Policies in sync with Git: unknown',
      }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('region', { name: 'Service control policy' }),
    ).not.toBeInTheDocument();
    unmount();
    await renderPage({ getStatus });
    expect(
      await screen.findByRole('region', { name: 'Publishers' }),
    ).toBeInTheDocument();
  });

  it('reports a failed status request as an error', async () => {
    const error = await responseError(500, 'database is locked');
    await renderPlatformTab({ getStatus: () => Promise.reject(error) });
    expect(
      await screen.findByText('Error: AWS status unavailable'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /database is locked \(HTTP 500\)\. What to do: Reload the page/,
      ),
    ).toBeInTheDocument();
  });

  it('warns about a failed collection, snapshot gaps and a stale snapshot', async () => {
    const status = organizationStatus({
      stale: true,
      collectionErrors: [
        {
          scope: 'ou-ex01-sandbox',
          code: 'AccessDenied',
          message: 'not authorized',
        },
      ],
    });
    await renderPlatformTab({
      getStatus: async () =>
        statusResponse({
          collectionError: 'ExpiredToken: the security token expired',
          status,
        }),
    });
    expect(
      await screen.findByText('Warning: The latest collection from AWS failed'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Warning: The snapshot has 1 gap'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('ou-ex01-sandbox: AccessDenied: not authorized'),
    ).toBeInTheDocument();
    const card = screen.getByRole('region', { name: 'EC2 declarative policy' });
    expect(
      within(card).getByText(
        /^Stale: the snapshot was collected 2026-11-23 06:00 UTC/,
      ),
    ).toBeInTheDocument();
  });

  it('shows a policy missing from AWS first, with what to do', async () => {
    const status = organizationStatus();
    status.policies.scp = {
      ...status.policies.scp,
      deployed: false,
      attachments: [],
      drift: undefined,
    };
    status.policies.declarativePolicy.drift!.inSync = true;
    await renderPlatformTab({
      getStatus: async () => statusResponse({ status }),
    });
    const cards = await screen.findAllByRole('region', { name: /policy$/ });
    expect(cards.map(c => c.getAttribute('aria-label'))).toEqual([
      'Service control policy',
      'EC2 declarative policy',
    ]);
    expect(
      screen.getByText('Missing: not deployed in AWS'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/create the policy from dist\/scp-ami-guardrail.json/),
    ).toBeInTheDocument();
  });
});
