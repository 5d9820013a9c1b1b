import { screen, within } from '@testing-library/react';
import {
  allPublishers,
  manyExceptions,
  organizationStatus,
  requestsResponse,
  statusResponse,
} from '../../__testUtils__/governance';
import { mockApi } from '../../__testUtils__/mockApi';
import { renderPage, renderPlatformTab } from '../../__testUtils__/renderPage';
import { FakeSignalApi } from '../../__testUtils__/signals';

/** A mock API whose data the test changes, with every method counted. */
function changingBackend() {
  const data = {
    publishers: allPublishers(),
    status: statusResponse(),
    requests: requestsResponse(),
  };
  const api = mockApi({
    getPublishers: async query =>
      mockApi({}, { publishers: data.publishers }).getPublishers(query),
    getStatus: async () => data.status,
    getExceptionRequests: async () => data.requests,
  });
  const calls = {
    getPublishers: jest.spyOn(api, 'getPublishers'),
    getPolicies: jest.spyOn(api, 'getPolicies'),
    getStatus: jest.spyOn(api, 'getStatus'),
    getExceptionRequests: jest.spyOn(api, 'getExceptionRequests'),
  };
  return { api, data, calls };
}

/** How often each method was called, to compare at once. */
function callCounts(calls: Record<string, jest.SpyInstance>) {
  return Object.fromEntries(
    Object.entries(calls).map(([name, spy]) => [name, spy.mock.calls.length]),
  );
}

function inSync() {
  const org = organizationStatus({ verdict: 'in_sync' });
  for (const policy of Object.values(org.policies)) {
    policy.drift = { ...policy.drift!, missing: [], extra: [], inSync: true };
  }
  return statusResponse({ status: org });
}

describe('AmiGovernancePage: stays current through backend signals', () => {
  beforeEach(() =>
    jest.useFakeTimers({ now: new Date('2026-11-23T12:00:00Z') }),
  );
  afterEach(() => jest.useRealTimers());

  it('handles every signal of a push, not only the last: status and workloads back to back', async () => {
    const signals = new FakeSignalApi();
    const { api, data, calls } = changingBackend();
    await renderPlatformTab(api, { signalApi: signals });
    expect(
      await screen.findByRole('listitem', {
        name: 'Policies in sync with Git: 0 of 2',
      }),
    ).toBeInTheDocument();

    data.status = inSync();
    await signals.publishTogether('ami-governance', [
      { kind: 'status' },
      { kind: 'workloads' },
    ]);

    expect(
      await screen.findByRole('listitem', {
        name: 'Policies in sync with Git: 2 of 2',
      }),
    ).toBeInTheDocument();
    expect(callCounts(calls).getStatus).toBe(2);
  });

  it('refetches only the status when a new snapshot is stored', async () => {
    const signals = new FakeSignalApi();
    const { api, data, calls } = changingBackend();
    await renderPlatformTab(api, { signalApi: signals });
    expect(
      await screen.findByRole('listitem', {
        name: 'Policies in sync with Git: 0 of 2',
      }),
    ).toBeInTheDocument();

    data.status = inSync();
    await signals.publish('ami-governance', { kind: 'status' });

    expect(
      await screen.findByRole('listitem', {
        name: 'Policies in sync with Git: 2 of 2',
      }),
    ).toBeInTheDocument();
    expect(callCounts(calls)).toEqual({
      getPublishers: 1, // the counts, on load only (the platform tab has no table)
      getPolicies: 1,
      getStatus: 2,
      getExceptionRequests: 1,
    });
  });

  it('refetches the publishers, policies and status when the config is read again', async () => {
    const signals = new FakeSignalApi();
    const { api, data, calls } = changingBackend();
    await renderPage(api, { signalApi: signals });
    const table = await screen.findByRole('region', { name: 'Publishers' });
    await within(table).findByText('9 of 9 shown, soonest expiry first');

    data.publishers = [...allPublishers(), ...manyExceptions(1)];
    await signals.publish('ami-governance', { kind: 'config' });

    expect(await within(table).findByText('400000000000')).toBeInTheDocument();
    expect(
      within(table).getByText('10 of 10 shown, soonest expiry first'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('listitem', { name: 'Active exceptions: 5' }),
    ).toBeInTheDocument();
    expect(callCounts(calls)).toEqual({
      getPublishers: 4, // the summary and the table's page, each twice
      getPolicies: 2,
      getStatus: 2,
      getExceptionRequests: 1,
    });
  });

  it('refetches only the exception requests when one is recorded', async () => {
    const signals = new FakeSignalApi();
    const { api, data, calls } = changingBackend();
    await renderPage(api, { signalApi: signals });
    await screen.findByText('1 open, 1 merged or closed');
    await screen.findByText('9 of 9 shown, soonest expiry first');

    const [merged, opened] = requestsResponse().items;
    data.requests = {
      items: [
        merged,
        opened,
        { ...opened, accountId: '888800003333', mergeRequestIid: 44 },
      ],
    };
    await signals.publish('ami-governance', { kind: 'exception-requests' });

    expect(
      await screen.findByText('2 open, 1 merged or closed'),
    ).toBeInTheDocument();
    expect(screen.getByText('888800003333')).toBeInTheDocument();
    expect(callCounts(calls)).toEqual({
      getPublishers: 2,
      getPolicies: 1,
      getStatus: 1,
      getExceptionRequests: 2,
    });
  });

  it('listens on the ami-governance channel only while the page is open', async () => {
    const signals = new FakeSignalApi();
    const { unmount } = await renderPage({}, { signalApi: signals });
    await screen.findByRole('region', { name: 'Publishers' });
    // The page's data, the publishers table and the public AMIs list each listen for their changes.
    expect(signals.subscriberCount('ami-governance')).toBeGreaterThan(0);
    unmount();
    expect(signals.subscriberCount('ami-governance')).toBe(0);
  });
});
