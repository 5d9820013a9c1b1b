import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AmiGovernanceApi } from '../../api/AmiGovernanceApi';
import { useReadiness } from '../useReadiness';
import { renderInPluginApp } from '../../__testUtils__/renderPage';
import {
  collectedApi,
  declarativePolicyReach,
  NOT_COLLECTED,
  ReadinessFixture,
  SANDBOX_OUTSIDE_REACH,
} from '../../__testUtils__/workloadWorld';
import { ReadinessPanel } from './ReadinessPanel';

/** The panel as the page shows it: over the page's readiness answer. */
function Panel() {
  const [readiness] = useReadiness();
  return <ReadinessPanel readiness={readiness} />;
}

function renderPanel(overrides: Partial<AmiGovernanceApi>) {
  return renderInPluginApp(<Panel />, overrides);
}

const renderCollected = (fixture: ReadinessFixture = {}) =>
  renderPanel(collectedApi(fixture));

const openTab = async (name: RegExp) =>
  userEvent.click(await screen.findByRole('tab', { name }));

describe('ReadinessPanel', () => {
  it("says nothing was collected yet in the backend's words, not as an error", async () => {
    await renderPanel({ getReadiness: async () => NOT_COLLECTED });
    expect(
      await screen.findByText('No workloads collected yet'),
    ).toBeInTheDocument();
    expect(screen.getByText(NOT_COLLECTED.reason)).toBeInTheDocument();
    expect(screen.queryByText(/Could not load/)).toBeNull();
  });

  it('says what switching to enabled would block, top publishers by alias, and which accounts it covers', async () => {
    await renderCollected();
    expect(
      await screen.findByText(
        'Switching to enabled today would block 30 instances and 15 launch templates in 3 accounts; top publishers: amazon (15), aws-marketplace (15), 555566667777 (15); 1 account of the organization was not collected or not visible, so blocked counts are a lower bound',
      ),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('coverage')).toHaveTextContent(
      '3 of 4 accounts collected; 0 not collected, 1 not visible',
    );
    expect(screen.getByText('Readiness for enabled')).toBeInTheDocument();
    // The lists are a click away.
    expect(screen.queryByLabelText('accounts affected')).toBeNull();
  });

  it('titles it as what the setting blocks now when the config is enabled', async () => {
    await renderCollected({ enforcementMode: 'enabled' });
    expect(
      await screen.findByText(/^Enabled blocks launching 30 instances/),
    ).toBeInTheDocument();
    expect(screen.getByText('What enabled blocks')).toBeInTheDocument();
  });

  it('says so positively when nothing is blocked and every account was seen, with empty lists', async () => {
    await renderCollected({
      workloads: [],
      regionsNotEnforcing: [],
      notVisibleAccounts: [],
      notVisibleRegions: [],
    });
    expect(
      await screen.findByText(/would block nothing: every instance/),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Status ok')).toBeInTheDocument();
    expect(screen.getByLabelText('coverage')).toHaveTextContent(
      '3 of 3 accounts collected; 0 not collected, 0 not visible',
    );
    await openTab(/Accounts affected \(0\)/);
    expect(
      screen.getByText('No account has a blocked workload.'),
    ).toBeInTheDocument();
    await openTab(/Regions not enforcing \(0\)/);
    expect(
      screen.getByText(
        "Every account-region measured applies its account's effective policy.",
      ),
    ).toBeInTheDocument();
    await openTab(/Not visible \(0\)/);
    expect(
      screen.getByText('Every account and region could be read.'),
    ).toBeInTheDocument();
    await openTab(/Blocked workloads \(0\)/);
    expect(await screen.findByText('Nothing is blocked.')).toBeInTheDocument();
  });

  it('never says nothing is blocked while accounts were not collected or not visible', async () => {
    // The reproduction: a partial collection over an organization of 8 accounts, nothing blocked in it.
    await renderCollected({
      workloads: [],
      notVisibleAccounts: [],
      notCollectedAccounts: [
        '510987654321',
        '610987654321',
        '710987654321',
        '810987654321',
        '910987654321',
      ],
      partial: true,
    });
    expect(
      await screen.findByText(
        'No blocked workload in the 3 accounts collected, but 5 accounts of the organization were not collected or not visible: what enabled would block there is unknown, so blocked counts are a lower bound.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('coverage')).toHaveTextContent(
      '3 of 8 accounts collected (a partial collection); 5 not collected, 0 not visible',
    );
    expect(screen.queryByText(/would block nothing/)).toBeNull();
    expect(screen.queryByLabelText('Status ok')).toBeNull();
    expect(screen.getByLabelText('Status warning')).toBeInTheDocument();
  });

  it('lists the accounts affected, the regions not enforcing and what could not be read', async () => {
    await renderCollected();
    await openTab(/Accounts affected \(3\)/);
    const accounts = screen.getByLabelText('accounts affected');
    expect(within(accounts).getAllByRole('listitem')).toHaveLength(3);
    expect(
      within(accounts).getByText(/15 instances on AMIs of 137112412989/),
    ).toBeInTheDocument();

    await openTab(/Regions not enforcing \(2\)/);
    expect(
      screen.getByText(
        /disabled: set by the account, not by the declarative policy; in another state than the account's effective policy sets/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /audit-mode: with other image criteria than the account's effective policy sets/,
      ),
    ).toBeInTheDocument();

    await openTab(/Not visible \(2\)/);
    expect(
      within(screen.getByLabelText('Accounts not visible')).getByText(
        /could not be read: the member role could not be assumed \(AccessDenied: User is not authorized/,
      ),
    ).toBeInTheDocument();
    const regions = within(screen.getByLabelText('Regions not visible'));
    expect(regions.getByText('410987654321 me-south-1')).toBeInTheDocument();
    expect(
      regions.getByText(/AWS refused the region \(UnauthorizedOperation/),
    ).toBeInTheDocument();

    await openTab(/Counted apart \(8\)/);
    expect(
      screen.getByText(
        "On their own account's AMIs: 5 instances and 1 launch template",
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Allowed AMIs always allows them/),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Publisher unknown: 2 instances'),
    ).toBeInTheDocument();
  });

  // The example organization: the sandbox is outside the declarative policy's reach, so its 2
  // regions cannot be measured and enabled blocks nothing there, while the SCP already denies them.
  it("lists the accounts outside the declarative policy's reach apart, and counts only measured regions", async () => {
    await renderCollected({
      unmeasured: 2,
      declarativePolicyReach: declarativePolicyReach(3, [
        {
          ...SANDBOX_OUTSIDE_REACH,
          blocked: { instances: 2, launchTemplates: 1 },
          scpDeniesToday: 'all',
        },
        {
          accountId: '045678901235',
          name: 'sandbox-two',
          scpGoverns: true,
          blocked: { instances: 1, launchTemplates: 0 },
          scpDeniesToday: 'none',
        },
      ]),
    });
    expect(
      await screen.findByLabelText('declarative policy reach'),
    ).toHaveTextContent(
      "2 accounts are outside the declarative policy's reach: enabling changes nothing there. Of the blocked counts, 3 instances and 1 launch template in 2 accounts there are not blocked by enabled.",
    );
    await openTab(/Outside the declarative policy \(2\)/);
    const outside = within(
      screen.getByLabelText('accounts outside the declarative policy'),
    ).getAllByRole('listitem');
    expect(outside[0]).toHaveTextContent(
      'sandbox-experiments (045678901234) — enabling changes nothing there for its 2 instances and 1 launch template on AMIs the allowlist does not allow; the SCP already denies launching those AMIs today',
    );
    expect(outside[1]).toHaveTextContent(
      /sandbox-two \(045678901235\) — .*; the SCP does not deny those launches today$/,
    );

    await openTab(/Regions not enforcing \(2\)/);
    expect(
      screen.getByText(
        "30 account-regions read: 26 of 28 account-regions measured report what their account's effective declarative policy sets, managed by it; 2 do not.",
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /^2 account-regions could not be measured: no declarative policy reaches their account \(sandbox-experiments, sandbox-two\)/,
      ),
    ).toBeInTheDocument();
  });

  it('pages the blocked workloads on the backend', async () => {
    const api = collectedApi();
    const getReadiness = jest.fn(api.getReadiness);
    await renderPanel({ getReadiness });
    await openTab(/Blocked workloads \(45\)/);
    expect(await screen.findByText('i-0')).toBeInTheDocument();
    expect(screen.getByText('web-2 version 3')).toBeInTheDocument();
    expect(screen.getAllByText('Launch template').length).toBeGreaterThan(0);
    expect(getReadiness).toHaveBeenLastCalledWith({ offset: '0', limit: '20' });
    await userEvent.click(screen.getByRole('button', { name: /next page/i }));
    expect(await screen.findByText('web-20 version 3')).toBeInTheDocument();
    expect(screen.queryByText('i-0')).toBeNull();
    expect(getReadiness).toHaveBeenLastCalledWith({
      offset: '20',
      limit: '20',
    });
  });

  it('names the error and keeps quiet otherwise when readiness cannot be loaded', async () => {
    await renderPanel({
      getReadiness: async () => {
        throw new Error('readiness is down');
      },
    });
    expect(
      await screen.findByText('Error: Could not load what enabled would block'),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/readiness is down/).length).toBeGreaterThan(0);
  });

  it('warns that older data is served when the last collection failed', async () => {
    await renderCollected({ collectionError: 'AccessDenied on the org' });
    expect(
      await screen.findByText('Warning: The last workload collection failed'),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText(
        /AccessDenied on the org\. What follows comes from the older collection of 2026-11-23 06:00 UTC/,
      ).length,
    ).toBeGreaterThan(0);
  });

  it('shows progress while loading', async () => {
    await renderPanel({ getReadiness: () => new Promise(() => {}) });
    await waitFor(() =>
      expect(screen.getByTestId('progress')).toBeInTheDocument(),
    );
  });
});
