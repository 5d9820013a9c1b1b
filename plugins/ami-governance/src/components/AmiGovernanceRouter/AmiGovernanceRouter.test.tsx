import { screen } from '@testing-library/react';
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

describe('AmiGovernanceRouter', () => {
  beforeEach(() =>
    jest.useFakeTimers({ now: new Date('2026-11-23T12:00:00Z') }),
  );
  afterEach(() => jest.useRealTimers());

  it('shows the page at the root', async () => {
    await renderAt('/ami-governance');
    expect(
      await screen.findByText('Publishers, exceptions and policies'),
    ).toBeInTheDocument();
  });

  it('opens a deep link to the explainer with its answer', async () => {
    await renderAt(
      '/ami-governance/explain?accountId=210987654321&imageId=ami-0123456789abcdef0&region=eu-west-1',
    );
    expect(
      screen.getByRole('heading', { level: 1, name: 'Can I launch this?' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('status', { name: 'Allowed' }),
    ).toHaveTextContent(
      'Yes: account 210987654321 may launch AMIs from 123456738923.',
    );
    expect(
      screen.getByRole('link', { name: 'AMI Governance' }),
    ).toHaveAttribute('href', '/ami-governance');
  });

  it('answers any other path with a 404', async () => {
    await renderAt('/ami-governance/nope');
    expect(
      await screen.findByText(/AMI Governance has no such page/),
    ).toBeInTheDocument();
  });
});
