import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AmiGovernanceApi } from '../../api/AmiGovernanceApi';
import {
  accountWorkloads,
  impactAnswer,
  STANDING_ACCOUNT,
  standingAnswer,
  standingApi,
  StandingFixture,
  standingNotCollectedYet,
} from '../../__testUtils__/accountStandingWorld';
import { renderInPluginApp } from '../../__testUtils__/renderPage';
import { FakeSignalApi } from '../../__testUtils__/signals';
import { AccountStanding } from './AccountStanding';

function renderStanding(
  overrides: Partial<AmiGovernanceApi> = {},
  signalApi?: FakeSignalApi,
) {
  return renderInPluginApp(
    <AccountStanding accountId={STANDING_ACCOUNT} />,
    overrides,
    { signalApi },
  );
}

const withStanding = (fixture: StandingFixture) => ({
  getAccountStanding: async () => standingAnswer(fixture),
});

const section = () =>
  screen.getByRole('region', { name: 'This account in AWS' });

describe('AccountStanding', () => {
  it('says which policies govern the account and through which attachment', async () => {
    await renderStanding(standingApi());
    const governedBy = await screen.findByRole('group', {
      name: 'Governed by',
    });
    expect(
      within(governedBy).getByText(
        'ami-allowlist governs it, attached to the root Root.',
      ),
    ).toBeInTheDocument();
    expect(
      within(governedBy).getByText(
        'ami-guard governs it, attached to OU Workloads.',
      ),
    ).toBeInTheDocument();
    expect(
      within(governedBy).getByText('Root / Workloads'),
    ).toBeInTheDocument();
  });

  it('says when neither policy is deployed nor attached', async () => {
    await renderStanding(
      withStanding({
        overrides: {
          policies: {
            declarativePolicy: null,
            scp: { id: 'p-scp', name: 'ami-guard', governs: false, via: [] },
          },
        },
      }),
    );
    expect(await screen.findByText('None deployed.')).toBeInTheDocument();
    expect(
      screen.getByText(
        'ami-guard does not govern it: it is attached neither to the account, nor to its OUs, nor to its root.',
      ),
    ).toBeInTheDocument();
  });

  it('gives the note for the management account, which SCPs never restrict', async () => {
    const note =
      'SCPs never restrict the management account, wherever the SCP is attached.';
    await renderStanding(
      withStanding({
        overrides: {
          managementAccount: true,
          policies: {
            declarativePolicy: {
              id: 'p-dp',
              name: 'ami-allowlist',
              governs: true,
              via: [{ id: STANDING_ACCOUNT, name: 'mgmt', type: 'ACCOUNT' }],
            },
            scp: {
              id: 'p-scp',
              name: 'ami-guard',
              governs: false,
              via: [{ id: 'r-abcd', name: 'Root', type: 'ROOT' }],
              note,
            },
          },
        },
      }),
    );
    expect(
      await screen.findByText("The organization's management account"),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'ami-allowlist governs it, attached to the account itself.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(`ami-guard does not govern it: ${note}`),
    ).toBeInTheDocument();
  });

  it('lists each region with its problems in words, and the refusals', async () => {
    await renderStanding(standingApi());
    const table = await screen.findByRole('table', {
      name: 'Settings per region',
    });
    // A region's settings and its problems are one group (a tbody) of the table.
    const row = (region: string) =>
      within(table).getByText(region).closest('tbody') as HTMLElement;
    expect(row('us-east-1')).toHaveTextContent(
      "block-new-sharingAgainst the account's effective declarative policy: enforces it.",
    );
    expect(row('ap-southeast-2')).toHaveTextContent(
      "Against the account's effective declarative policy: does not enforce it yet, set by the account, not by the declarative policy; in another state than the account's effective policy sets.",
    );
    expect(row('me-south-1')).toHaveTextContent(
      'AWS refused the region (UnauthorizedOperation: The region is disabled for this account)',
    );
    expect(
      screen.getByText(
        'AWS refused 1 region (me-south-1): workloads there are not counted.',
      ),
    ).toBeInTheDocument();
  });

  it('says a region of an account no declarative policy reaches is not measured, rather than fine or wrong', async () => {
    await renderStanding(
      withStanding({
        overrides: {
          regions: [
            {
              region: 'us-west-2',
              allowedImages: {
                state: 'disabled',
                managedBy: 'account',
                criteria: [],
              },
              measuredAgainst: 'none',
            },
          ],
        },
      }),
    );
    const table = await screen.findByRole('table', {
      name: 'Settings per region',
    });
    expect(
      within(table).getByText(/^Not measured: no declarative policy sets/),
    ).toBeInTheDocument();
  });

  it('lists the workloads enabled would block and asks the backend for the next page', async () => {
    const api = standingApi({ workloads: accountWorkloads(25) });
    const getAccountStanding = jest.fn(api.getAccountStanding);
    await renderStanding({ ...api, getAccountStanding });
    expect(
      await screen.findByText(
        'Enabled would block 17 instances and 8 launch templates here today.',
      ),
    ).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Blocked workloads' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(20);
    await userEvent.click(
      screen.getByRole('button', { name: 'Show 5 more (20 of 25 shown)' }),
    );
    await waitFor(() =>
      expect(within(list).getAllByRole('listitem')).toHaveLength(25),
    );
    expect(getAccountStanding).toHaveBeenLastCalledWith(STANDING_ACCOUNT, {
      offset: 20,
      limit: 20,
    });
    expect(within(list).getByText('web-23 version 3')).toBeInTheDocument();
  });

  it('says what stops being allowed when the exception lapses, with the date', async () => {
    await renderStanding(standingApi());
    const lapse = await screen.findByRole('group', {
      name: 'Next exception lapse',
    });
    expect(
      within(lapse).getByText(
        `On 2026-12-02, when the exception for ${STANDING_ACCOUNT} lapses: 2 instances stop being allowed`,
      ),
    ).toBeInTheDocument();
    expect(within(lapse).getAllByRole('listitem')).toHaveLength(2);
  });

  it('says when the lapse takes nothing from the account', async () => {
    await renderStanding(standingApi({}, impactAnswer([])));
    expect(
      await screen.findByText(
        `On 2026-12-02, when the exception for ${STANDING_ACCOUNT} lapses: nothing in this account stops being allowed`,
      ),
    ).toBeInTheDocument();
  });

  it('lists its public AMIs', async () => {
    await renderStanding(standingApi());
    expect(
      await screen.findByText(
        'It shares 7 AMIs publicly: anyone can launch them.',
      ),
    ).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Public AMIs' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(5);
    expect(
      screen.getByText('The first 5 of 7 are listed.'),
    ).toBeInTheDocument();
  });

  it('says the role could not be assumed and what to do', async () => {
    await renderStanding(
      withStanding({
        overrides: {
          visibility: {
            visible: false,
            error: { code: 'AccessDenied', message: 'not authorized' },
            refusedRegions: [],
          },
          regions: [],
        },
      }),
    );
    expect(
      await screen.findByText(
        'The member role could not be assumed in this account (AccessDenied: not authorized): its regions, workloads and public AMIs could not be read.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/deploy the member role/)).toHaveTextContent(
      'docs/member-role.md',
    );
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says when the newest collection does not hold the account', async () => {
    const reason = 'This account is not in the newest workload collection.';
    await renderStanding(
      withStanding({ overrides: { collected: false, reason } }),
    );
    expect(await screen.findByText(reason)).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Governed by' })).toBeVisible();
  });

  it("says nothing was collected yet in the backend's words", async () => {
    const answer = standingNotCollectedYet();
    await renderStanding({ getAccountStanding: async () => answer });
    expect(await screen.findByText(answer.reason!)).toBeInTheDocument();
  });

  it('says when the organization data does not know the account', async () => {
    await renderStanding({ getAccountStanding: async () => undefined });
    expect(
      await screen.findByText(
        /The organization data does not know this account/,
      ),
    ).toBeInTheDocument();
  });

  it('shows the error and keeps the explainer link', async () => {
    await renderStanding({
      getAccountStanding: () => Promise.reject(new Error('backend down')),
    });
    expect(
      await screen.findByText('Error: Account standing unavailable'),
    ).toBeInTheDocument();
    expect(within(section()).getByText(/backend down/)).toBeInTheDocument();
    expect(
      screen.getByText('Can this account launch an AMI?').closest('a'),
    ).toHaveAttribute(
      'href',
      `/ami-governance/explain?accountId=${STANDING_ACCOUNT}`,
    );
  });

  it('loads again on a new workload collection', async () => {
    const signalApi = new FakeSignalApi();
    let answer = standingAnswer({ workloads: [] });
    const getAccountStanding = jest.fn(async () => answer);
    await renderStanding({ getAccountStanding }, signalApi);
    await screen.findByText(/Enabled would block nothing here/);
    answer = standingAnswer({ workloads: accountWorkloads(1) });
    await signalApi.publish('ami-governance', { kind: 'workloads' });
    expect(
      await screen.findByText('Enabled would block 1 instance here today.'),
    ).toBeInTheDocument();
  });
});
