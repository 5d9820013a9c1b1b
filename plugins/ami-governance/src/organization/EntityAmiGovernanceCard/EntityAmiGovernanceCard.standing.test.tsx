import { Entity } from '@backstage/catalog-model';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { signalApiRef } from '@backstage/plugin-signals-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import {
  STANDING_ACCOUNT,
  standingAnswer,
  standingApi,
} from '../../__testUtils__/accountStandingWorld';
import {
  organizationStatus,
  statusResponse,
} from '../../__testUtils__/governance';
import { mockApi } from '../../__testUtils__/mockApi';
import { FakeSignalApi } from '../../__testUtils__/signals';
import { NOT_COLLECTED } from '../../__testUtils__/workloadWorld';
import { amiGovernanceApiRef } from '../../api/AmiGovernanceApi';
import type { AmiGovernanceApi } from '../../api/AmiGovernanceApi';
import { rootRouteRef } from '../../routes';
import { EntityAmiGovernanceCard } from './EntityAmiGovernanceCard';

function entity(accountId: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: 'orders-prod-account',
      annotations: { 'amazonaws.com/account-id': accountId },
    },
    spec: { type: 'aws-account', owner: 'guests' },
  };
}

function renderCard(accountId: string, api: Partial<AmiGovernanceApi> = {}) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [amiGovernanceApiRef, mockApi(api)],
        [signalApiRef, new FakeSignalApi()],
      ]}
    >
      <EntityProvider entity={entity(accountId)}>
        <EntityAmiGovernanceCard />
      </EntityProvider>
    </TestApiProvider>,
    { mountedRoutes: { '/ami-governance': rootRouteRef } },
  );
}

const standing = () =>
  screen.getByRole('region', { name: /^This account in AWS/ });

describe('EntityAmiGovernanceCard: the account in AWS', () => {
  beforeEach(() =>
    jest.useFakeTimers({ now: new Date('2026-11-23T12:00:00Z') }),
  );
  afterEach(() => jest.useRealTimers());

  it("shows the account's standing below the Git and AWS headline", async () => {
    await renderCard(STANDING_ACCOUNT, standingApi());
    expect(
      await screen.findByText(
        'Allowed publisher until 2026-12-01 (8 days left)',
      ),
    ).toBeInTheDocument();
    expect(
      await within(standing()).findByText(
        'ami-allowlist governs it, attached to the root Root.',
      ),
    ).toBeInTheDocument();
    expect(
      within(standing()).getByText(
        `On 2026-12-02, when the exception for ${STANDING_ACCOUNT} lapses: 2 instances stop being allowed`,
      ),
    ).toBeInTheDocument();
    expect(
      within(standing()).getByRole('table', { name: 'Settings per region' }),
    ).toBeInTheDocument();
  });

  // The example data's orders-prod: its effective policy matches the deployed one, and one of its
  // regions (eu-central-2) lacks a criterion of that effective policy. The card once said "matches
  // the deployed one" and, lines below, "Problems: with other image criteria than the policy".
  it('never contradicts the match line: the region line names what it is measured against', async () => {
    const status = organizationStatus();
    status.policies.declarativePolicy.compliance!.matching.push({
      id: STANDING_ACCOUNT,
      name: 'orders-prod',
    });
    // The criteria themselves do not matter here: the backend judged them.
    const criteria: [] = [];
    const answer = standingAnswer({
      overrides: {
        regions: [
          {
            region: 'us-east-1',
            allowedImages: {
              state: 'audit-mode',
              managedBy: 'declarative-policy',
              criteria,
            },
            measuredAgainst: 'effective-policy',
            problems: [],
          },
          {
            region: 'eu-central-2',
            allowedImages: {
              state: 'audit-mode',
              managedBy: 'declarative-policy',
              criteria,
            },
            measuredAgainst: 'effective-policy',
            problems: ['other-criteria'],
          },
        ],
      },
    });
    await renderCard(STANDING_ACCOUNT, {
      ...standingApi(),
      getAccountStanding: async () => answer,
      getStatus: async () => statusResponse({ status }),
    });
    expect(
      await screen.findByText(
        'Launches in this account: its effective EC2 declarative policy matches the deployed one.',
      ),
    ).toBeInTheDocument();
    const table = await within(standing()).findByRole('table', {
      name: 'Settings per region',
    });
    const row = (region: string) =>
      within(table).getByText(region).closest('tbody') as HTMLElement;
    expect(row('eu-central-2')).toHaveTextContent(
      "Against the account's effective declarative policy: does not enforce it yet, with other image criteria than the account's effective policy sets.",
    );
    expect(row('us-east-1')).toHaveTextContent(
      "Against the account's effective declarative policy: enforces it.",
    );
    // No sentence measures a region against an unnamed "policy".
    expect(screen.queryByText(/than the policy/)).toBeNull();
    expect(screen.queryByText(/^Problems:/)).toBeNull();
  });

  it('states what AWS enforces today and what the next apply deploys, with the date that bounds it', async () => {
    await renderCard(STANDING_ACCOUNT, standingApi());
    const statement = await within(standing()).findByRole('group', {
      name: 'AWS today and Git',
    });
    expect(
      within(statement).getByText(
        'AMIs from this account: Allowed until 2026-12-01',
      ),
    ).toBeInTheDocument();
    expect(statement).toHaveTextContent('Until2026-12-01');
    expect(statement).toHaveTextContent(
      /AWS todayAWS enforces today for account 222233334444 \(deployed policies collected 2026-11-23T05:00:00Z, the regional settings collected 2026-11-23T06:00:00Z\)/,
    );
    expect(statement).toHaveTextContent(
      'Git (next apply)Git (what the next apply deploys): ',
    );
    expect(statement).toHaveTextContent(
      'What to doMove to a golden AMI before 2026-12-01, or extend the exception.',
    );
  });

  it('links to the explainer with the account filled in', async () => {
    await renderCard(STANDING_ACCOUNT, standingApi());
    expect(
      (await screen.findByText('Can this account launch an AMI?')).closest('a'),
    ).toHaveAttribute(
      'href',
      `/ami-governance/explain?accountId=${STANDING_ACCOUNT}`,
    );
  });

  it('says when the organization data does not know the account (404)', async () => {
    await renderCard('999999999999');
    expect(
      await screen.findByText(
        /The organization data does not know this account/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Not an allowed publisher')).toBeInTheDocument();
  });

  it('keeps the rest of the card when the standing fails', async () => {
    await renderCard(STANDING_ACCOUNT, {
      getAccountStanding: () => Promise.reject(new Error('backend down')),
      getImpact: async () => NOT_COLLECTED,
    });
    expect(
      await screen.findByText('Error: Account standing unavailable'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Allowed publisher until 2026-12-01 (8 days left)'),
    ).toBeInTheDocument();
  });
});
