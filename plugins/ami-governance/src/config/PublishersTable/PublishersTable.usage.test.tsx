import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { UsageResponse } from '../../api/workloadTypes';
import { renderPage } from '../../__testUtils__/renderPage';
import { FakeSignalApi } from '../../__testUtils__/signals';
import { NOT_COLLECTED } from '../../__testUtils__/workloadWorld';

/** The publishers table's row of an account (the account also shows in policy cards). */
const rowOf = (account: string) =>
  within(screen.getByRole('region', { name: 'Publishers' }))
    .getByText(account)
    .closest('tr')!;

/** The backend's /usage for the fixtures' ops publisher and two exceptions. */
function usageAnswer(opsInstances = 40): UsageResponse {
  return {
    available: true,
    today: '2026-11-23',
    collectedAt: '2026-11-23T06:00:00Z',
    collectionError: null,
    generation: {
      id: 1,
      source: 'aws',
      completedAt: null,
      accounts: 12,
      partial: false,
    },
    items: [
      {
        provider: '123456738923', // the API's field name
        instances: opsInstances,
        launchTemplates: 5,
        accounts: 9,
      },
      {
        provider: '222233334444',
        instances: 14,
        launchTemplates: 3,
        accounts: 2,
        atExpiry: {
          on: '2026-12-02',
          instances: 14,
          launchTemplates: 3,
          accounts: 2,
        },
      },
      {
        provider: '777788889999',
        instances: 0,
        launchTemplates: 0,
        accounts: 0,
        atExpiry: {
          on: '2027-02-01',
          instances: 0,
          launchTemplates: 0,
          accounts: 0,
        },
      },
    ],
  };
}

describe('PublishersTable: what uses each publisher', () => {
  beforeEach(() =>
    jest.useFakeTimers({ now: new Date('2026-11-23T12:00:00Z') }),
  );
  afterEach(() => jest.useRealTimers());

  it("shows each row's workloads in short, what an exception's lapse breaks, and the whole of it a click away, asking only for the page's publishers", async () => {
    const getUsage = jest.fn(async (_publishers: string[]) => usageAnswer());
    await renderPage({ getUsage });
    await waitFor(() =>
      expect(
        within(rowOf('123456738923')).getByText('45 workloads'),
      ).toBeInTheDocument(),
    );
    const expiring = within(rowOf('222233334444'));
    expect(expiring.getByText('17 workloads')).toBeInTheDocument();
    expect(expiring.getByText('17 stop at expiry')).toBeInTheDocument();
    // The sentences are in the row's details, opened by a click on the row.
    expect(
      screen.queryByText('14 instances, 3 launch templates in 2 accounts', {
        exact: false,
      }),
    ).toBeNull();
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    await user.click(expiring.getByText('17 workloads'));
    const details = await screen.findByLabelText('Details of 222233334444');
    expect(
      within(details).getByText(
        '14 instances, 3 launch templates in 2 accounts (instances and launch templates of other accounts)',
      ),
    ).toBeInTheDocument();
    expect(
      within(details).getByText(
        'From 2026-12-02: 14 instances, 3 launch templates in 2 accounts stop being allowed',
      ),
    ).toBeInTheDocument();
    // Nothing uses it: no warning about its lapse.
    const unused = within(rowOf('777788889999'));
    expect(unused.getByText('none')).toBeInTheDocument();
    expect(unused.queryByText(/stop being allowed/)).toBeNull();
    // A publisher the answer does not list has no count.
    expect(
      within(rowOf('444455556666')).getByLabelText(/not counted/),
    ).toBeInTheDocument();
    expect(getUsage).toHaveBeenCalledTimes(1);
    expect(getUsage.mock.calls[0][0]).toEqual(
      expect.arrayContaining(['123456738923', '222233334444']),
    );
    expect(getUsage.mock.calls[0][0].length).toBeLessThanOrEqual(20);
  });

  it('shows the rows without counts before workloads are collected or when usage fails', async () => {
    for (const getUsage of [
      async () => NOT_COLLECTED,
      async () => {
        throw new Error('usage is down');
      },
    ]) {
      const { unmount } = await renderPage({ getUsage });
      await screen.findAllByText('123456738923');
      await waitFor(() =>
        expect(
          within(rowOf('123456738923')).getByLabelText(/not counted/),
        ).toBeInTheDocument(),
      );
      expect(screen.queryByText(/usage is down/)).toBeNull();
      unmount();
    }
  });

  it('counts again when a new workload collection is signalled', async () => {
    const signals = new FakeSignalApi();
    let instances = 40;
    const getUsage = jest.fn(async () => usageAnswer(instances));
    await renderPage({ getUsage }, { signalApi: signals });
    await waitFor(() =>
      expect(
        within(rowOf('123456738923')).getByText('45 workloads'),
      ).toBeInTheDocument(),
    );
    instances = 41;
    await signals.publish('ami-governance', { kind: 'workloads' });
    await waitFor(() =>
      expect(
        within(rowOf('123456738923')).getByText('46 workloads'),
      ).toBeInTheDocument(),
    );
  });
});
