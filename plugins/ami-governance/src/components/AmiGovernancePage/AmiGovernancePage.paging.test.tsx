import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  allPublishers,
  manyAccounts,
  manyExceptions,
  organizationStatus,
} from '../../__testUtils__/governance';
import { mockApi } from '../../__testUtils__/mockApi';
import { renderPage, renderPlatformTab } from '../../__testUtils__/renderPage';

/** The example publishers and 45 more exceptions: 54 in all, three pages of 20. */
const fixtures = { publishers: [...allPublishers(), ...manyExceptions(45)] };

const publishersTable = () =>
  screen.findByRole('region', { name: 'Publishers' });
const accountsIn = (table: HTMLElement) =>
  within(table)
    .queryAllByRole('row')
    .map(r => r.querySelector('code')?.textContent)
    .filter(Boolean);

describe('AmiGovernancePage: long lists, paged by the backend', () => {
  beforeEach(() =>
    jest.useFakeTimers({ now: new Date('2026-11-23T12:00:00Z') }),
  );
  afterEach(() => jest.useRealTimers());

  const user = () =>
    userEvent.setup({ advanceTimers: jest.advanceTimersByTime });

  it('fetches the publishers a page at a time', async () => {
    const api = mockApi({}, fixtures);
    const getPublishers = jest.spyOn(api, 'getPublishers');
    await renderPage(api);
    const table = await publishersTable();
    await waitFor(() => expect(accountsIn(table)).toHaveLength(20));
    expect(
      within(table).getByText('54 of 54 shown, soonest expiry first'),
    ).toBeInTheDocument();
    await user().click(
      within(table).getByRole('button', { name: /next page/i }),
    );
    await waitFor(() => expect(accountsIn(table)[0]).toBe('400000000014'));
    expect(getPublishers).toHaveBeenLastCalledWith(
      expect.objectContaining({ offset: 20, limit: 20 }),
    );
  });

  it('searches on the backend, counts the matches and keeps the search in the URL', async () => {
    await renderPage({}, { fixtures });
    const table = await publishersTable();
    await waitFor(() => expect(accountsIn(table)).toHaveLength(20));
    await user().type(
      within(table).getByRole('textbox', { name: 'Search publishers' }),
      'bulk-team-1',
    );
    await waitFor(() =>
      expect(
        within(table).getByText('11 of 54 shown, soonest expiry first'),
      ).toBeInTheDocument(),
    );
    expect(accountsIn(table)).toHaveLength(11);
    expect(screen.getByTestId('query-string')).toHaveTextContent(
      '?q=bulk-team-1',
    );
  });

  it('opens with the search and filters of a shared URL', async () => {
    await renderPage(
      {},
      {
        fixtures,
        route: '/ami-governance?q=alpha&category=exception&state=active',
      },
    );
    const table = await publishersTable();
    await waitFor(() => expect(accountsIn(table)).toEqual(['777788889999']));
    expect(
      within(table).getByRole('textbox', { name: 'Search publishers' }),
    ).toHaveValue('alpha');
    expect(screen.getByLabelText('Category')).toHaveValue('exception');
    expect(screen.getByLabelText('Status')).toHaveValue('active');
    expect(
      within(table).getByText('1 of 54 shown, soonest expiry first'),
    ).toBeInTheDocument();
  });

  it('offers each filter option with its count over the whole config', async () => {
    await renderPage({}, { fixtures });
    await publishersTable();
    const options = (label: string) =>
      within(screen.getByLabelText(label))
        .getAllByRole('option')
        .map(o => o.textContent);
    expect(options('Category')).toEqual([
      'All (54)',
      'Ops (1)',
      'Vendor (2)',
      'Exception (51)',
    ]);
    expect(options('Status')).toEqual([
      'All (54)',
      'Active, expiring included (49)',
      'Expiring (3)',
      'Expired (2)',
    ]);
  });

  it('keeps four short columns (the category under the status) and the wide fields in a detail panel a click on the row away, so the table fits 1024 px', async () => {
    await renderPage();
    const table = await publishersTable();
    await within(table).findByText('777788889999');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map(h => h.textContent)
      .filter(Boolean);
    expect(headers).toEqual(['Publisher', 'Status', 'Until', 'In use']);
    expect(within(table).queryByText('Reason 0')).not.toBeInTheDocument();
    const row = within(table).getByText('777788889999').closest('tr')!;
    // The date and the countdown share one cell, the countdown on a line of its own.
    expect(within(row).getByText('69 days left')).toBeInTheDocument();
    await user().click(within(row).getByText('Exception'));
    const details = await within(table).findByLabelText(
      'Details of 777788889999',
    );
    expect(within(details).getByText('Reason 0')).toBeInTheDocument();
    expect(within(details).getByText('CLOUD-1234')).toBeInTheDocument();
    expect(within(details).getByText('Migration')).toBeInTheDocument();
    expect(within(details).getByText('app-team-alpha')).toBeInTheDocument();
    expect(within(details).getByText('security-lead')).toBeInTheDocument();
    expect(
      within(details).getByText('exception_accounts[0]'),
    ).toBeInTheDocument();
  });

  it('shows the first 20 uncovered accounts and fetches more on demand', async () => {
    const organization = organizationStatus();
    organization.policies.declarativePolicy.coverage.ungoverned = manyAccounts(
      45,
      'sandbox',
    );
    const api = mockApi({}, { organization });
    const getStatusAccounts = jest.spyOn(api, 'getStatusAccounts');
    await renderPlatformTab(api);
    const card = await screen.findByRole('region', {
      name: 'EC2 declarative policy',
    });
    expect(within(card).getByText(/; 45 not covered/)).toBeInTheDocument();
    const list = within(card).getByRole('list', {
      name: 'accounts not covered',
    });
    expect(within(list).getAllByRole('listitem')).toHaveLength(20);
    await user().click(
      within(card).getByRole('button', {
        name: 'Show 25 more (20 of 45 shown)',
      }),
    );
    await waitFor(() =>
      expect(within(list).getAllByRole('listitem')).toHaveLength(45),
    );
    expect(getStatusAccounts).toHaveBeenCalledWith({
      policy: 'declarativePolicy',
      list: 'ungoverned',
      offset: 20,
      limit: 50,
    });
    expect(within(list).getByText(/sandbox-45/)).toBeInTheDocument();
    await user().click(
      within(card).getByRole('button', { name: 'Show fewer' }),
    );
    expect(within(list).getAllByRole('listitem')).toHaveLength(20);
  });
});
