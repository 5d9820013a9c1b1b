import { Entity } from '@backstage/catalog-model';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { signalApiRef } from '@backstage/plugin-signals-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import {
  STANDING_ACCOUNT,
  standingApi,
} from '../../__testUtils__/accountStandingWorld';
import { allPublishers } from '../../__testUtils__/governance';
import { mockApi } from '../../__testUtils__/mockApi';
import { FakeSignalApi } from '../../__testUtils__/signals';
import { amiGovernanceApiRef } from '../../api/AmiGovernanceApi';
import { rootRouteRef } from '../../routes';
import { EntityAmiGovernanceCard } from './EntityAmiGovernanceCard';

/** The standing world's account, with the config not listing it: an account that only runs workloads. */
function renderWorkloadAccountCard() {
  const publishers = allPublishers().filter(
    p => p.provider !== STANDING_ACCOUNT,
  );
  const entity: Entity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: 'orders-prod',
      annotations: { 'amazonaws.com/account-id': STANDING_ACCOUNT },
    },
    spec: { type: 'aws-account', owner: 'guests' },
  };
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [amiGovernanceApiRef, mockApi(standingApi(), { publishers })],
        [signalApiRef, new FakeSignalApi()],
      ]}
    >
      <EntityProvider entity={entity}>
        <EntityAmiGovernanceCard />
      </EntityProvider>
    </TestApiProvider>,
    { mountedRoutes: { '/ami-governance': rootRouteRef } },
  );
}

const follows = (a: Element, b: Element) =>
  Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

describe('EntityAmiGovernanceCard: a workload account', () => {
  beforeEach(() =>
    jest.useFakeTimers({ now: new Date('2026-11-23T12:00:00Z') }),
  );
  afterEach(() => jest.useRealTimers());

  it('leads with its standing as a workload account, not with "Not an allowed publisher"', async () => {
    await renderWorkloadAccountCard();
    const standing = await screen.findByRole('region', {
      name: /^This account in AWS/,
    });
    expect(
      await within(standing).findByText('Governed by'),
    ).toBeInTheDocument();
    const asPublisher = screen.getByRole('region', {
      name: 'As an AMI publisher',
    });
    expect(follows(standing, asPublisher)).toBe(true);
    expect(
      within(asPublisher).getByText('Not an allowed publisher'),
    ).toBeInTheDocument();
    // The card's first words are its title and the account's standing, never the publisher verdict.
    const card = standing.closest('[class*="MuiCard-root"]')!;
    expect(card.textContent).toMatch(/^AMI governanceAWS account 222233334444/);
    const text = card.textContent!;
    expect(text.indexOf('This account in AWS')).toBeLessThan(
      text.indexOf('Not an allowed publisher'),
    );
  });
});
