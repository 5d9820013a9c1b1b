import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage, renderPlatformTab } from '../../__testUtils__/renderPage';

const rowOf = (account: string) => screen.getByText(account).closest('tr')!;

describe('AmiGovernancePage', () => {
  // Every test runs on a fixed clock: the fixtures are dated relative to 2026-11-23.
  beforeEach(() =>
    jest.useFakeTimers({ now: new Date('2026-11-23T12:00:00Z') }),
  );
  afterEach(() => jest.useRealTimers());

  it('shows the mode in words, where the data comes from, and the request button', async () => {
    await renderPage();
    expect(
      await screen.findByText(
        /audit_mode \(launches from other publishers are logged, not blocked\)/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /ami_publishers.json, read 2026-11-23 10:00 UTC \(2 hours ago\)/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/2026-11-23 06:00 UTC \(6 hours ago\) from file:/),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Request an exception').closest('a'),
    ).toHaveAttribute(
      'href',
      '/create/templates/default/request-ami-exception',
    );
  });

  it('sums up with a word and a number for each count', async () => {
    const { unmount } = await renderPage();
    await screen.findByRole('listitem', { name: 'Allowlist: 7' });
    for (const label of [
      'Allowlist: 7',
      'Active exceptions: 4',
      'Expiring: 3',
      'Expired: 2',
    ]) {
      expect(screen.getByRole('listitem', { name: label })).toBeInTheDocument();
    }
    unmount();
    // Drift is the platform team's figure, in words that say what is counted.
    await renderPlatformTab();
    const figure = await screen.findByRole('listitem', {
      name: 'Policies in sync with Git: 0 of 2',
    });
    expect(figure).toHaveTextContent(
      '2 differ from Git or are missing from AWS',
    );
    expect(screen.queryByText(/Drift: /)).toBeNull();
    expect(screen.queryByText('Drifted')).toBeNull();
  });

  it('words the countdown for today, tomorrow and yesterday with a fixed clock', async () => {
    await renderPage();
    await screen.findByText('300000000001');
    expect(
      within(rowOf('300000000001')).getByText('1 day left'),
    ).toBeInTheDocument();
    expect(
      within(rowOf('300000000002')).getByText('expires today'),
    ).toBeInTheDocument();
    expect(
      within(rowOf('300000000003')).getByText('expired yesterday'),
    ).toBeInTheDocument();
    expect(
      within(rowOf('300000000003')).getByText('Expired'),
    ).toBeInTheDocument();
  });

  it('moves the countdown at midnight UTC without a reload', async () => {
    jest.setSystemTime(new Date('2026-11-23T23:59:30Z'));
    await renderPage();
    await screen.findByText('300000000002');
    expect(
      within(rowOf('300000000002')).getByText('expires today'),
    ).toBeInTheDocument();
    await act(async () => {
      jest.advanceTimersByTime(60_000);
    });
    expect(
      within(rowOf('300000000002')).getByText('expired yesterday'),
    ).toBeInTheDocument();
    expect(
      within(rowOf('300000000001')).getByText('expires today'),
    ).toBeInTheDocument();
  });

  it('lists publishers by soonest expiry and filters them by category and status, in the URL', async () => {
    await renderPage();
    const table = await screen.findByRole('region', { name: 'Publishers' });
    await within(table).findByText('555566667777');
    const accounts = () =>
      within(table)
        .getAllByRole('row')
        .map(r => r.querySelector('code')?.textContent)
        .filter(Boolean);
    expect(accounts()[0]).toBe('555566667777');
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    await user.selectOptions(screen.getByLabelText('Category'), 'vendor');
    await waitFor(() =>
      expect(accounts()).toEqual(['111122223333', '444455556666']),
    );
    expect(screen.getByTestId('query-string')).toHaveTextContent(
      '?category=vendor',
    );
    await user.selectOptions(screen.getByLabelText('Category'), '');
    await user.selectOptions(screen.getByLabelText('Status'), 'expired');
    await waitFor(() =>
      expect(accounts()).toEqual(['555566667777', '300000000003']),
    );
    expect(
      screen.getByText('2 of 9 shown, soonest expiry first'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('query-string')).toHaveTextContent(
      /^\?state=expired$/,
    );
  });

  it('shows one card per policy with attachment, coverage, compliance and drift', async () => {
    await renderPlatformTab();
    const declarative = await screen.findByRole('region', {
      name: 'EC2 declarative policy',
    });
    const scp = screen.getByRole('region', { name: 'Service control policy' });
    expect(
      within(declarative).getByText('ami-allowed-images (p-ex01decl)'),
    ).toBeInTheDocument();
    expect(
      within(declarative).getByText(
        /Git: audit_mode · AWS: audit_mode \(matches\)/,
      ),
    ).toBeInTheDocument();
    expect(
      within(declarative).getByText('OU Workloads (ou-ex01-workloads)'),
    ).toBeInTheDocument();
    expect(
      within(declarative).getByText(/Governs 7 of 8 accounts; 1 not covered/),
    ).toBeInTheDocument();
    const uncovered = within(declarative).getByRole('list', {
      name: 'accounts not covered',
    });
    expect(
      within(uncovered).getByText(/sandbox-experiments/),
    ).toBeInTheDocument();
    expect(
      within(declarative).getByText(
        /Effective policy matches for 2 of 4 accounts/,
      ),
    ).toBeInTheDocument();
    expect(
      within(declarative).getByText(/also allows 999900001111/),
    ).toBeInTheDocument();
    const missing = within(scp).getByRole('list', {
      name: 'publishers missing from AWS',
    });
    expect(
      within(missing).getByText(/active exception \(app-team-alpha\)/),
    ).toBeInTheDocument();
    const extra = within(scp).getByRole('list', {
      name: 'publishers extra in AWS',
    });
    expect(
      within(extra).getByText(/expired exception \(payments-team\)/),
    ).toBeInTheDocument();
    expect(within(scp).getByText('root Root (r-ex01)')).toBeInTheDocument();
    expect(
      within(scp).getByText(
        /not governed\. SCPs never restrict the management account/,
      ),
    ).toBeInTheDocument();
    expect(within(scp).getByText(/No audit_mode/)).toBeInTheDocument();
  });

  it('shows exception requests, open ones first, with a link to each merge request', async () => {
    await renderPage();
    await screen.findByText('Exception requests');
    expect(screen.getByText('1 open, 1 merged or closed')).toBeInTheDocument();
    const links = screen.getAllByRole('link', { name: /^!\d+/ });
    expect(links.map(l => l.textContent)).toEqual([
      expect.stringMatching(/^!43/),
      expect.stringMatching(/^!42/),
    ]);
    expect(links[0]).toHaveAttribute(
      'href',
      expect.stringContaining('merge_requests/43'),
    );
    expect(screen.getByText('Open, awaiting review')).toBeInTheDocument();
  });
});
