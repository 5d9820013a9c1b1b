import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { renderInPluginApp } from '../../__testUtils__/renderPage';
import { AmiGovernanceRouter } from './AmiGovernanceRouter';

/** The router as an app mounts it: at `/ami-governance`, sub paths included. */
const renderAt = (route: string) =>
  renderInPluginApp(
    <Routes>
      <Route path="/ami-governance/*" element={<AmiGovernanceRouter />} />
    </Routes>,
    {},
    { route },
  );

const tab = (name: string) => screen.getByRole('tab', { name });

describe('AmiGovernanceRouter', () => {
  beforeEach(() =>
    jest.useFakeTimers({ now: new Date('2026-11-23T12:00:00Z') }),
  );
  afterEach(() => jest.useRealTimers());

  it("opens the developers' tab at the root: publishers, can I launch this, requests", async () => {
    await renderAt('/ami-governance');
    expect(
      await screen.findByText('Which publishers may I use, and until when?'),
    ).toBeInTheDocument();
    expect(tab('Developers')).toHaveAttribute('aria-selected', 'true');
    expect(tab('Platform')).toHaveAttribute('aria-selected', 'false');
    expect(
      await screen.findByRole('region', { name: 'Publishers' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Can I launch this?')).toBeInTheDocument();
    expect(await screen.findByText('Exception requests')).toBeInTheDocument();
    // The platform team's parts are on their own tab.
    expect(screen.queryByText('Policies in AWS Organizations')).toBeNull();
    expect(
      screen.queryByRole('region', { name: 'EC2 declarative policy' }),
    ).toBeNull();
  });

  it("opens a deep link to the platform team's tab: policies, readiness, public AMIs", async () => {
    await renderAt('/ami-governance/platform');
    expect(
      await screen.findByText('Does AWS enforce what Git says?'),
    ).toBeInTheDocument();
    expect(tab('Platform')).toHaveAttribute('aria-selected', 'true');
    expect(
      await screen.findByRole('region', { name: 'EC2 declarative policy' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Public AMIs published by member accounts'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Publishers' })).toBeNull();
    expect(screen.queryByText('Exception requests')).toBeNull();
  });

  it('links each tab under the route the app mounts the plugin at, and switches on a click', async () => {
    await renderAt('/ami-governance');
    await screen.findByText('Which publishers may I use, and until when?');
    expect(tab('Developers')).toHaveAttribute('href', '/ami-governance');
    expect(tab('Platform')).toHaveAttribute('href', '/ami-governance/platform');
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    await user.click(tab('Platform'));
    expect(screen.getByTestId('location')).toHaveTextContent(
      '/ami-governance/platform',
    );
    expect(
      await screen.findByText('Does AWS enforce what Git says?'),
    ).toBeInTheDocument();
    await user.click(tab('Developers'));
    expect(screen.getByTestId('location')).toHaveTextContent(
      /^\/ami-governance$/,
    );
  });

  it('opens a deep link to the explainer with its answer', async () => {
    await renderAt(
      '/ami-governance/explain?accountId=210987654321&imageId=ami-0123456789abcdef0&region=eu-west-1',
    );
    expect(
      screen.getByRole('heading', { level: 1, name: 'Can I launch this?' }),
    ).toBeInTheDocument();
    expect(
      within(await screen.findByRole('status', { name: 'Allowed' })).getByText(
        /^Yes: account 210987654321 may launch AMIs from 123456738923/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'AMI Governance' }),
    ).toHaveAttribute('href', '/ami-governance');
  });

  it('answers any other path with a 404', async () => {
    for (const path of ['/ami-governance/nope', '/ami-governance/platformx']) {
      const { unmount } = await renderAt(path);
      expect(
        await screen.findByText(/AMI Governance has no such page/),
      ).toBeInTheDocument();
      expect(screen.queryByRole('tab')).toBeNull();
      unmount();
    }
  });
});
