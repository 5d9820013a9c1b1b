import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import type { ReadinessResponse } from '../../api/workloadTypes';
import {
  declarativePolicyReach,
  SANDBOX_OUTSIDE_REACH,
} from '../../__testUtils__/workloadWorld';
import { RegionalTruthSection } from './RegionalTruthSection';

const NOW = new Date('2026-11-23T12:00:00Z');

type Regions = Extract<
  ReadinessResponse,
  { available: true }
>['regionsNotEnforcing'];

/** A readiness answer with only what this section reads filled in. */
function readiness(
  regions: Partial<Regions>,
  notVisible = { accounts: 0, regions: 0 },
): ReadinessResponse {
  const none = { instances: 0, launchTemplates: 0, note: '' };
  const list = (total: number) => ({
    total,
    items: [],
  });
  return {
    available: true,
    today: '2026-11-23',
    collectionError: null,
    collectedAt: '2026-11-23T06:00:00Z',
    generation: {
      id: 1,
      source: 'aws',
      completedAt: null,
      accounts: 3,
      partial: false,
    },
    enforcementMode: 'audit_mode',
    coverage: {
      organizationAccounts: 3,
      collected: 3 - notVisible.accounts,
      notVisible: notVisible.accounts,
      notCollected: 0,
      collectedAccountIds: [],
      notVisibleAccountIds: [],
      notCollectedAccountIds: [],
      partial: false,
    },
    blocked: { instances: 0, launchTemplates: 0 },
    accounts: 0,
    byPublisher: [],
    byAccount: { total: 0, items: [] },
    unresolved: none,
    selfOwned: none,
    workloads: { total: 0, offset: 0, limit: 50, items: [] },
    regionsNotEnforcing: {
      total: 0,
      read: 0,
      byProblem: { notManagedByPolicy: 0, otherState: 0, otherCriteria: 0 },
      items: [],
      ...regions,
    },
    notVisible: {
      accounts: list(notVisible.accounts),
      regions: list(notVisible.regions),
    },
  };
}

describe('RegionalTruthSection', () => {
  it('says how many account-regions report the policy and which do not, and why', async () => {
    await renderInTestApp(
      <RegionalTruthSection
        now={NOW}
        readiness={readiness(
          {
            total: 2,
            read: 12,
            byProblem: {
              notManagedByPolicy: 1,
              otherState: 2,
              otherCriteria: 0,
            },
            items: [
              {
                accountId: '210987654321',
                region: 'eu-west-1',
                state: 'disabled',
                managedBy: 'account',
                problems: ['not-managed-by-policy', 'other-state'],
              },
              {
                accountId: '310987654321',
                region: 'us-east-1',
                state: 'enabled',
                managedBy: 'declarative-policy',
                problems: ['other-state'],
              },
            ],
          },
          { accounts: 1, regions: 3 },
        )}
      />,
    );
    expect(
      screen.getByText(
        "10 of 12 account-regions measured report what their account's effective declarative policy sets, managed by it; 2 do not (1 set by the account, 2 in another state)",
      ),
    ).toBeInTheDocument();
    const list = screen.getByLabelText(
      'account-regions not enforcing the policy',
    );
    expect(list).toHaveTextContent(
      "210987654321 eu-west-1: disabled, set by the account, not by the declarative policy; in another state than the account's effective policy sets",
    );
    expect(list).toHaveTextContent('310987654321 us-east-1: enabled');
    expect(
      screen.getByText(
        /Not visible: 1 account whose member role could not be assumed, 3 account-regions/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/From the workload collection of 2026-11-23 06:00 UTC/),
    ).toBeInTheDocument();
  });

  // The example data: 13 account-regions read, the sandbox's 2 with no declarative policy to be
  // measured against, orders-prod eu-central-2 with other criteria. The page once said "0 of 13
  // account-regions report audit_mode managed by the declarative policy" where 11 do.
  it('counts only the regions it could measure, and says how many could not be and why', async () => {
    const answer = readiness({
      total: 1,
      read: 13,
      unmeasured: 2,
      measuredAgainst: 'effective-policy',
      byProblem: { notManagedByPolicy: 0, otherState: 0, otherCriteria: 1 },
      items: [
        {
          accountId: '210987654322',
          region: 'eu-central-2',
          state: 'audit-mode',
          managedBy: 'declarative-policy',
          problems: ['other-criteria'],
        },
      ],
    });
    await renderInTestApp(
      <RegionalTruthSection
        now={NOW}
        readiness={
          {
            ...answer,
            declarativePolicyReach: declarativePolicyReach(7, [
              {
                ...SANDBOX_OUTSIDE_REACH,
                blocked: { instances: 1, launchTemplates: 0 },
                scpDeniesToday: 'all',
              },
            ]),
          } as ReadinessResponse
        }
      />,
    );
    expect(
      screen.getByText(
        "10 of 11 account-regions measured report what their account's effective declarative policy sets, managed by it; 1 does not (1 with other criteria)",
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        '2 account-regions could not be measured: no declarative policy reaches their account (sandbox-experiments), or its effective policy could not be read, so there is nothing to measure them against.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/of 13 account-regions/)).toBeNull();
  });

  it('says every region enforces the policy when none differs', async () => {
    await renderInTestApp(
      <RegionalTruthSection now={NOW} readiness={readiness({ read: 8 })} />,
    );
    expect(
      screen.getByText(
        "8 of 8 account-regions measured report what their account's effective declarative policy sets, managed by it",
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByLabelText('account-regions not enforcing the policy'),
    ).toBeNull();
    expect(screen.queryByText(/Not visible/)).toBeNull();
  });

  it('points to the rest of a long list', async () => {
    const items = Array.from({ length: 20 }, (_, i) => ({
      accountId: String(100000000000 + i),
      region: 'eu-west-1',
      state: 'disabled',
      problems: ['other-state' as const],
    }));
    await renderInTestApp(
      <RegionalTruthSection
        now={NOW}
        readiness={readiness({
          total: 1500,
          read: 20000,
          byProblem: {
            notManagedByPolicy: 0,
            otherState: 1500,
            otherCriteria: 0,
          },
          items,
        })}
      />,
    );
    expect(
      screen.getByText(
        /18,500 of 20,000 account-regions measured report .*; 1,500 do not \(1,500 in another state\)/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'The first 20 of 1,500; the readiness panel below lists them all.',
      ),
    ).toBeInTheDocument();
  });

  it('says the regions show once workloads are collected', async () => {
    await renderInTestApp(
      <RegionalTruthSection
        now={NOW}
        readiness={{ available: false, reason: 'No workloads collected yet.' }}
      />,
    );
    expect(
      screen.getByText(
        'What each account-region enforces shows once workloads are collected. No workloads collected yet.',
      ),
    ).toBeInTheDocument();
  });

  it('shows nothing while readiness is loading', async () => {
    const { container } = await renderInTestApp(
      <RegionalTruthSection now={NOW} />,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
