import { Entity } from '@backstage/catalog-model';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { signalApiRef } from '@backstage/plugin-signals-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import {
  manyAccounts,
  organizationStatus,
  statusResponse,
} from '../../__testUtils__/governance';
import { mockApi } from '../../__testUtils__/mockApi';
import { FakeSignalApi } from '../../__testUtils__/signals';
import { amiGovernanceApiRef } from '../../api/AmiGovernanceApi';
import type { AmiGovernanceApi } from '../../api/AmiGovernanceApi';
import { isAmiGovernanceAvailable } from '../../constants';
import { rootRouteRef } from '../../routes';
import { EntityAmiGovernanceCard } from './EntityAmiGovernanceCard';

function entity(
  accountId?: string,
  annotation = 'amazonaws.com/account-id',
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: 'orders-prod-account',
      annotations: accountId ? { [annotation]: accountId } : {},
    },
    spec: { type: 'aws-account', owner: 'guests' },
  };
}

function renderCard(
  e: Entity,
  api: Partial<AmiGovernanceApi> = {},
  options: { signalApi?: FakeSignalApi } = {},
) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [amiGovernanceApiRef, mockApi(api)],
        [signalApiRef, options.signalApi ?? new FakeSignalApi()],
      ]}
    >
      <EntityProvider entity={e}>
        <EntityAmiGovernanceCard />
      </EntityProvider>
    </TestApiProvider>,
    { mountedRoutes: { '/ami-governance': rootRouteRef } },
  );
}

const inAws = () => screen.getByRole('region', { name: 'In AWS today' });

describe('EntityAmiGovernanceCard', () => {
  beforeEach(() =>
    jest.useFakeTimers({ now: new Date('2026-11-23T12:00:00Z') }),
  );
  afterEach(() => jest.useRealTimers());

  it('is available only for entities with the annotation (or the one it read before)', () => {
    expect(isAmiGovernanceAvailable(entity('777788889999'))).toBe(true);
    expect(
      isAmiGovernanceAvailable(
        entity('777788889999', 'aws.amazon.com/account-id'),
      ),
    ).toBe(true);
    expect(isAmiGovernanceAvailable(entity())).toBe(false);
    expect(
      isAmiGovernanceAvailable(entity('777788889999', 'example.com/account')),
    ).toBe(false);
  });

  it('says until when the account is allowed when AWS enforces the same', async () => {
    await renderCard(entity('222233334444'));
    expect(
      await screen.findByText(
        'Allowed publisher until 2026-12-01 (8 days left)',
      ),
    ).toBeInTheDocument();
    expect(
      await within(inAws()).findByText(
        'The deployed EC2 declarative policy lists it too.',
      ),
    ).toBeInTheDocument();
    expect(
      within(inAws()).getByText(
        'The deployed service control policy lists it too.',
      ),
    ).toBeInTheDocument();
    expect(
      within(inAws()).getByText(
        /snapshot of 2026-11-23 06:00 UTC \(6 hours ago\)/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('AWS account 222233334444')).toBeInTheDocument();
    expect(
      screen.getByText('All publishers and policies').closest('a'),
    ).toHaveAttribute('href', '/ami-governance');
  });

  it('says when Git allows the account but the deployed policies do not list it yet', async () => {
    await renderCard(entity('777788889999'));
    expect(
      await screen.findByText(
        'Git allows it until 2027-01-31 (69 days left), but AWS does not list it yet',
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByText(/^Allowed publisher until/),
    ).not.toBeInTheDocument();
    expect(
      within(inAws()).getByText(
        'Git allows it until 2027-01-31 (69 days left), but the deployed EC2 declarative policy does not list it yet: launches from it are still blocked (logged, not stopped, while the deployed policy is in audit_mode).',
      ),
    ).toBeInTheDocument();
    expect(
      within(inAws()).getByText(
        /but the deployed service control policy does not list it yet: launches from it are still denied\.$/,
      ),
    ).toBeInTheDocument();
  });

  it('says when AWS still allows an account whose exception expired', async () => {
    await renderCard(entity('555566667777'));
    expect(
      await screen.findByText(
        'Its exception expired on 2026-11-16, but AWS still allows it',
      ),
    ).toBeInTheDocument();
    expect(
      within(inAws()).getAllByText(
        /still lists it: AWS still allows launches from it until the policy is updated\.$/,
      ),
    ).toHaveLength(2);
  });

  it.each([
    ['not a publisher', '999999999999', 'Not an allowed publisher'],
    [
      'an expired exception that AWS no longer lists',
      '300000000003',
      'Not allowed: exception expired on 2026-11-22 (expired yesterday)',
    ],
    [
      'a vendor that AWS lists too',
      '111122223333',
      'Allowed publisher: vendor (InfoBlox), no expiry',
    ],
  ])('words the headline for %s', async (_, account, headline) => {
    await renderCard(entity(account));
    expect(await screen.findByText(headline)).toBeInTheDocument();
  });

  it("says whether the account's own effective declarative policy matches", async () => {
    await renderCard(entity('210987654322'));
    expect(
      await within(inAws()).findByText(
        'Launches in this account: its effective EC2 declarative policy differs: also allows 999900001111.',
      ),
    ).toBeInTheDocument();
  });

  it('finds the account in a long compliance list through the paged accounts endpoint', async () => {
    const organization = organizationStatus();
    const compliance = organization.policies.declarativePolicy.compliance!;
    compliance.matching = manyAccounts(45, 'workload');
    const api = mockApi({}, { organization });
    const getStatusAccounts = jest.spyOn(api, 'getStatusAccounts');
    await renderCard(entity('600000000040'), api);
    expect(
      await within(inAws()).findByText(
        'Launches in this account: its effective EC2 declarative policy matches the deployed one.',
      ),
    ).toBeInTheDocument();
    expect(getStatusAccounts).toHaveBeenCalledWith(
      expect.objectContaining({ list: 'matching', q: '600000000040' }),
    );
  });

  it('says what AWS enforces is unknown without a snapshot', async () => {
    await renderCard(entity('222233334444'), {
      getStatus: async () => ({
        available: false,
        reason: 'No organization snapshot yet.',
        configError: null,
      }),
    });
    expect(
      await screen.findByText(
        'What AWS enforces is unknown: No organization snapshot yet.',
      ),
    ).toBeInTheDocument();
  });

  it('updates when the backend signals a new snapshot', async () => {
    const signalApi = new FakeSignalApi();
    let status = statusResponse();
    const getStatus = jest.fn(async () => status);
    const getPublishers = jest.fn(mockApi().getPublishers);
    await renderCard(
      entity('777788889999'),
      { getStatus, getPublishers },
      { signalApi },
    );
    await screen.findByText(/but AWS does not list it yet$/);
    const org = organizationStatus();
    for (const policy of Object.values(org.policies)) {
      policy.drift = { ...policy.drift!, missing: [], inSync: true };
    }
    status = statusResponse({ status: org });
    await signalApi.publish('ami-governance', { kind: 'status' });
    expect(
      await screen.findByText(
        'Allowed publisher until 2027-01-31 (69 days left)',
      ),
    ).toBeInTheDocument();
    expect(getStatus).toHaveBeenCalledTimes(2);
    expect(getPublishers).toHaveBeenCalledTimes(1);
  });

  it('shows the error when the backend fails', async () => {
    await renderCard(entity('777788889999'), {
      getPublishers: () => Promise.reject(new Error('backend down')),
    });
    expect(
      await screen.findByText('Error: AMI governance status unavailable'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/backend down\. What to do: Reload the page/),
    ).toBeInTheDocument();
  });

  it('explains the missing annotation: the one Backstage’s AWS catalog module writes', async () => {
    await renderCard(entity());
    expect(
      (await screen.findAllByText(/amazonaws\.com\/account-id/)).length,
    ).toBeGreaterThan(0);
  });
});
