import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  policiesResponse,
  publishersResponse,
  statusResponse,
} from '../../__testUtils__/governance';
import { renderPage } from '../../__testUtils__/renderPage';
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
    await renderPage({
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

  it('explains an invalid config while showing the last good one', async () => {
    const configError = {
      location: 'x.json',
      path: 'exception_accounts[1].expires_on',
      message: 'must be a real calendar date',
      occurredAt: '2026-11-23T11:00:00Z',
    };
    await renderPage({
      getPublishers: async () => publishersResponse({ configError }),
    });
    expect(
      await screen.findByText('Error: The governance config is invalid'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /The page shows the last good config, read 2026-11-23 10:00 UTC\. What to do: fix exception_accounts\[1\]\.expires_on/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('region', { name: 'Publishers' }),
    ).toBeInTheDocument();
  });

  it('puts the publishers first and the problems below them, with a one-line alert at the top', async () => {
    const error = await responseError(500, 'database is locked');
    await renderPage({ getStatus: () => Promise.reject(error) });
    const alert = (
      await screen.findByText(
        'AWS status unavailable: see Problems with the data on this page, below the publishers.',
      )
    ).closest<HTMLElement>('[role="alert"]')!;
    const problems = screen.getByRole('region', { name: 'Problems' });
    const publishers = screen.getByRole('region', { name: 'Publishers' });
    const summary = screen.getByText('Summary');
    const follows = (a: Element, b: Element) =>
      Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(follows(alert, summary)).toBe(true);
    expect(follows(summary, publishers)).toBe(true);
    expect(follows(publishers, problems)).toBe(true);
    expect(
      within(problems).getByText('Error: AWS status unavailable'),
    ).toBeInTheDocument();
    const scrollIntoView = jest.fn();
    Object.defineProperty(problems, 'scrollIntoView', {
      value: scrollIntoView,
    });
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    await user.click(
      within(alert).getByRole('button', { name: 'Show problems' }),
    );
    expect(scrollIntoView).toHaveBeenCalledTimes(1);
  });

  it('shows no alert at the top when there are only warnings', async () => {
    await renderPage({
      getStatus: async () =>
        statusResponse({ degraded: 'Database unreachable: ECONNREFUSED' }),
    });
    expect(
      await screen.findByText('Warning: AWS status may be out of date'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /^Database unreachable: ECONNREFUSED\. The page shows the last status/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByText(/see Problems with the data on this page/),
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
    await renderPage({
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

  it('hides exception requests when the backend does not offer them, and warns when they fail', async () => {
    const { unmount } = await renderPage({
      getExceptionRequests: async () => undefined,
    });
    await screen.findByRole('region', { name: 'Publishers' });
    expect(screen.queryByText('Exception requests')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    unmount();
    const error = await responseError(502, 'GitLab unreachable');
    await renderPage({ getExceptionRequests: () => Promise.reject(error) });
    expect(
      await screen.findByText('Warning: Could not load the exception requests'),
    ).toBeInTheDocument();
  });
});
