import { screen, waitFor } from '@testing-library/react';
import { renderPlatformTab } from '../../__testUtils__/renderPage';
import { FakeSignalApi } from '../../__testUtils__/signals';
import {
  blockedWorkloads,
  collectedApi,
  publicImages,
  ReadinessFixture,
} from '../../__testUtils__/workloadWorld';

/** The whole page renders slowly on a busy machine. */
const slow = { timeout: 15_000 };

describe('AmiGovernancePage: what enabled would block', () => {
  beforeEach(() =>
    jest.useFakeTimers({ now: new Date('2026-11-23T12:00:00Z') }),
  );
  afterEach(() => jest.useRealTimers());

  it('shows the readiness panel and the public AMIs, refetching readiness after a new workload collection', async () => {
    const signals = new FakeSignalApi();
    const fixture: ReadinessFixture = { workloads: blockedWorkloads(45) };
    const api = collectedApi(fixture, publicImages(2));
    const getReadiness = jest.fn(api.getReadiness);
    await renderPlatformTab({ ...api, getReadiness }, { signalApi: signals });
    expect(
      await screen.findByText(
        /^Switching to enabled today would block 30 instances and 15 launch templates in 3 accounts/,
        {},
        slow,
      ),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(
        'Public AMIs published by member accounts',
        {},
        slow,
      ),
    ).toBeInTheDocument();
    const calls = getReadiness.mock.calls.length;

    fixture.workloads = blockedWorkloads(1);
    await signals.publish('ami-governance', { kind: 'workloads' });

    expect(
      await screen.findByText(
        'Switching to enabled today would block 1 instance in 1 account; top publishers: amazon (1); 1 account of the organization was not collected or not visible, so blocked counts are a lower bound',
        {},
        slow,
      ),
    ).toBeInTheDocument();
    expect(getReadiness.mock.calls.length).toBe(calls + 1);
  }, 120_000);

  it('refetches readiness when the config is read again', async () => {
    const signals = new FakeSignalApi();
    const api = collectedApi({}, publicImages(2));
    const getReadiness = jest.fn(api.getReadiness);
    await renderPlatformTab({ ...api, getReadiness }, { signalApi: signals });
    await screen.findByText(
      /^Switching to enabled today would block/,
      {},
      slow,
    );
    const calls = getReadiness.mock.calls.length;
    await signals.publish('ami-governance', { kind: 'config' });
    await waitFor(
      () => expect(getReadiness.mock.calls.length).toBe(calls + 1),
      slow,
    );
  }, 120_000);

  it('keeps the rest of the page when readiness fails', async () => {
    await renderPlatformTab({
      getReadiness: async () => {
        throw new Error('readiness is down');
      },
    });
    expect(
      await screen.findByText(
        'Error: Could not load what enabled would block',
        {},
        slow,
      ),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole(
        'region',
        { name: 'EC2 declarative policy' },
        slow,
      ),
    ).toBeInTheDocument();
  });
});
