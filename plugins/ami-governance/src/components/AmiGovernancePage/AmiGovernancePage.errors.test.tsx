import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  policiesResponse,
  publishersResponse,
  statusResponse,
} from '../../__testUtils__/governance';
import { renderPage, renderPlatformTab } from '../../__testUtils__/renderPage';
import { responseError } from '../../__testUtils__/responseError';

describe('AmiGovernancePage: loading, config and request errors', () => {
  beforeEach(() =>
    jest.useFakeTimers({ now: new Date('2026-11-23T12:00:00Z') }),
  );
  afterEach(() => jest.useRealTimers());

  it('shows Progress while loading', async () => {
    const never = () => new Promise<never>(() => {});
    await renderPage({
      getPublishers: never,
      getStatus: never,
      getPolicies: never,
    });
    // Progress appears after a short delay, which the fake clock runs through.
    expect((await screen.findAllByRole('progressbar')).length).toBeGreaterThan(
      0,
    );
  });

  it('says what to do when no config was ever read, and still shows the AWS status', async () => {
    const error = await responseError(
      503,
      'No governance config has been read yet from x.json: Unexpected token',
    );
    await renderPlatformTab({
      getPublishers: () => Promise.reject(error),
      getPolicies: () => Promise.reject(error),
    });
    const panel = await screen.findByText(
      /Error: Could not load the publishers/,
    );
    expect(panel).toBeInTheDocument();
    expect(
      screen.getByText(
        /Unexpected token \(HTTP 503\)\. What to do: Check amiGovernance.config.location/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByText(/Could not load the generated policies/),
    ).not.toBeInTheDocument();
    expect(
      screen.getByRole('region', { name: 'Service control policy' }),
    ).toBeInTheDocument();
  });

  it('explains an invalid config while the developers see the last good one', async () => {
    const configError = {
      location: 'x.json',
      path: 'exception_accounts[1].expires_on',
      message: 'must be a real calendar date',
      occurredAt: '2026-11-23T11:00:00Z',
    };
    const getPublishers = async () => publishersResponse({ configError });
    const { unmount } = await renderPlatformTab({ getPublishers });
    expect(
      await screen.findByText('Error: The governance config is invalid'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /The page shows the last good config, read 2026-11-23 10:00 UTC\. What to do: fix exception_accounts\[1\]\.expires_on/,
      ),
    ).toBeInTheDocument();
    unmount();
    // The developers still see the publishers of the last good config, under the alert.
    await renderPage({ getPublishers });
    expect(
      await screen.findByText(
        'The governance config is invalid: see Problems with the data, on the Platform tab.',
      ),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('region', { name: 'Publishers' }),
    ).toBeInTheDocument();
  });

  it("alerts the developers in one line above the publishers and lists the problems first on the platform team's tab", async () => {
    const error = await responseError(500, 'database is locked');
    const getStatus = () => Promise.reject(error);
    const { unmount } = await renderPage({ getStatus });
    const alert = (
      await screen.findByText(
        'AWS status unavailable: see Problems with the data, on the Platform tab.',
      )
    ).closest<HTMLElement>('[role="alert"]')!;
    const publishers = await screen.findByRole('region', {
      name: 'Publishers',
    });
    const summary = screen.getByText('At a glance');
    const follows = (a: Element, b: Element) =>
      Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(follows(alert, summary)).toBe(true);
    expect(follows(summary, publishers)).toBe(true);
    expect(screen.queryByRole('region', { name: 'Problems' })).toBeNull();
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    await user.click(
      within(alert).getByRole('button', { name: 'Show problems' }),
    );
    expect(screen.getByTestId('location')).toHaveTextContent(
      '/ami-governance/platform',
    );
    const problems = await screen.findByRole('region', { name: 'Problems' });
    expect(
      within(problems).getByText('Error: AWS status unavailable'),
    ).toBeInTheDocument();
    unmount();
    // Opened directly, the platform tab starts with the problems, before the policies.
    await renderPlatformTab({ getStatus });
    const listed = await screen.findByRole('region', { name: 'Problems' });
    expect(
      follows(listed, screen.getByText('Policies in AWS Organizations')),
    ).toBe(true);
  });

  it('alerts the developers only about errors, listing warnings on the platform tab', async () => {
    const getStatus = async () =>
      statusResponse({ degraded: 'Database unreachable: ECONNREFUSED' });
    const { unmount } = await renderPlatformTab({ getStatus });
    expect(
      await screen.findByText('Warning: AWS status may be out of date'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /^Database unreachable: ECONNREFUSED\. The page shows the last status/,
      ),
    ).toBeInTheDocument();
    unmount();
    await renderPage({ getStatus });
    await screen.findByRole('region', { name: 'Publishers' });
    expect(
      screen.queryByText(/see Problems with the data/),
    ).not.toBeInTheDocument();
  });

  it('lists validation failures first', async () => {
    const findings = [
      {
        severity: 'warning' as const,
        code: 'exception-expiring' as const,
        path: 'exception_accounts[1]',
        message: 'expires in 8 days',
      },
      {
        severity: 'error' as const,
        code: 'exception-expired' as const,
        path: 'exception_accounts[2]',
        message: 'expired on 2026-11-16',
      },
    ];
    await renderPlatformTab({
      getPolicies: async () => policiesResponse({ valid: false, findings }),
    });
    expect(
      await screen.findByText('Error: Validation fails: 1 error'),
    ).toBeInTheDocument();
    const items = screen
      .getAllByText(/^(error|warning): exception_accounts/)
      .map(e => e.textContent);
    expect(items).toEqual([
      'error: exception_accounts[2]: expired on 2026-11-16',
      'warning: exception_accounts[1]: expires in 8 days',
    ]);
  });

  it('hides exception requests when the backend does not offer them, and warns the platform team when they fail', async () => {
    const { unmount } = await renderPage({
      getExceptionRequests: async () => undefined,
    });
    await screen.findByRole('region', { name: 'Publishers' });
    expect(screen.queryByText('Exception requests')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    unmount();
    const error = await responseError(502, 'GitLab unreachable');
    await renderPlatformTab({
      getExceptionRequests: () => Promise.reject(error),
    });
    expect(
      await screen.findByText('Warning: Could not load the exception requests'),
    ).toBeInTheDocument();
  });
});
