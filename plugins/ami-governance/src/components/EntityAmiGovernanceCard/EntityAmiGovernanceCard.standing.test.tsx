import { Entity } from '@backstage/catalog-model';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { signalApiRef } from '@backstage/plugin-signals-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import {
  STANDING_ACCOUNT,
  standingApi,
} from '../../__testUtils__/accountStandingWorld';
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
