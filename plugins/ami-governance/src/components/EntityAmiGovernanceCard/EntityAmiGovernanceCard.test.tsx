import { Entity } from '@backstage/catalog-model';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { mockApi } from '../../__testUtils__/governance';
import { amiGovernanceApiRef } from '../../api/AmiGovernanceApi';
import type { AmiGovernanceApi } from '../../api/AmiGovernanceApi';
import { isAmiGovernanceAvailable } from '../../constants';
import { rootRouteRef } from '../../routes';
import { EntityAmiGovernanceCard } from './EntityAmiGovernanceCard';

function entity(accountId?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: 'orders-prod-account',
      annotations: accountId ? { 'aws.amazon.com/account-id': accountId } : {},
    },
    spec: { type: 'aws-account', owner: 'guests' },
  };
}

function renderCard(e: Entity, api: Partial<AmiGovernanceApi> = {}) {
  return renderInTestApp(
    <TestApiProvider apis={[[amiGovernanceApiRef, mockApi(api)]]}>
      <EntityProvider entity={e}>
        <EntityAmiGovernanceCard />
      </EntityProvider>
    </TestApiProvider>,
    { mountedRoutes: { '/ami-governance': rootRouteRef } },
  );
}

describe('EntityAmiGovernanceCard', () => {
  beforeEach(() =>
    jest.useFakeTimers({ now: new Date('2026-11-23T12:00:00Z') }),
  );
  afterEach(() => jest.useRealTimers());

  it('is available only for entities with the annotation', () => {
    expect(isAmiGovernanceAvailable(entity('777788889999'))).toBe(true);
    expect(isAmiGovernanceAvailable(entity())).toBe(false);
  });

  it('says until when the account is an allowed publisher', async () => {
    await renderCard(entity('777788889999'));
    expect(
      await screen.findByText(
        'Allowed publisher until 2027-01-31 (69 days left)',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('AWS account 777788889999')).toBeInTheDocument();
    expect(
      screen.getByText('All publishers and policies').closest('a'),
    ).toHaveAttribute('href', '/ami-governance');
  });

  it('says when the account is not an allowed publisher', async () => {
    await renderCard(entity('999999999999'));
    expect(
      await screen.findByText('Not an allowed publisher'),
    ).toBeInTheDocument();
  });

  it('says when the exception has expired', async () => {
    await renderCard(entity('300000000003'));
    expect(
      await screen.findByText(
        'Not allowed: exception expired on 2026-11-22 (expired yesterday)',
      ),
    ).toBeInTheDocument();
  });

  it('shows the error when the backend fails', async () => {
    await renderCard(entity('777788889999'), {
      getPublishers: () => Promise.reject(new Error('backend down')),
    });
    expect(
      await screen.findByText('Error: AMI publishing status unavailable'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/backend down\. What to do: Reload the page/),
    ).toBeInTheDocument();
  });

  it('explains the missing annotation', async () => {
    await renderCard(entity());
    expect(
      (await screen.findAllByText(/aws.amazon.com\/account-id/)).length,
    ).toBeGreaterThan(0);
  });
});
