import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { ReactNode } from 'react';
import { mockApi } from '../../__testUtils__/mockApi';
import { amiGovernanceApiRef } from '../../api/AmiGovernanceApi';
import { screen } from '@testing-library/react';
import { statusResponse } from '../../__testUtils__/organization';
import { PolicyCard } from './PolicyCard';

const NOW = new Date('2026-11-23T12:00:00Z');

// The card's account lists page through the API: the fixture-backed mock serves them.
const render = (card: ReactNode) =>
  renderInTestApp(
    <TestApiProvider apis={[[amiGovernanceApiRef, mockApi()]]}>
      {card}
    </TestApiProvider>,
  );

describe('PolicyCard when Git is ahead of AWS', () => {
  const scp = statusResponse().status!.policies.scp;

  it('says the change is merged and not applied yet, and links to the pipeline', async () => {
    await render(
      <PolicyCard
        policy={{
          ...scp,
          gitAhead: {
            state: 'not-applied',
            mergedAt: '2026-11-20T09:30:00Z',
            pipelineUrl:
              'https://gitlab.example.com/platform/aws-governance/-/pipelines?ref=main',
          },
        }}
        collectedAt="2026-11-23T06:00:00Z"
        stale={false}
        now={NOW}
      />,
    );
    expect(
      screen.getAllByText(
        /Git is ahead: merged 2026-11-20 09:30 UTC \(3 days ago\), not applied yet/,
      ).length,
    ).toBeGreaterThan(0);
    expect(
      screen.getByText('Open the pipeline that applies it').closest('a'),
    ).toHaveAttribute(
      'href',
      'https://gitlab.example.com/platform/aws-governance/-/pipelines?ref=main',
    );
    expect(screen.queryByText('Deployed, differs from Git')).toBeNull();
  });

  it('says "not collected since" when the snapshot predates the change, and keeps a real drift a drift', async () => {
    const { unmount } = await render(
      <PolicyCard
        policy={{
          ...scp,
          gitAhead: {
            state: 'not-collected',
            mergedAt: '2026-11-23T08:00:00Z',
          },
        }}
        collectedAt="2026-11-23T06:00:00Z"
        stale={false}
        now={NOW}
      />,
    );
    expect(
      screen.getAllByText(
        /merged 2026-11-23 08:00 UTC \(4 hours ago\), not collected since/,
      ).length,
    ).toBeGreaterThan(0);
    unmount();
    await render(
      <PolicyCard
        policy={scp}
        collectedAt="2026-11-23T06:00:00Z"
        stale={false}
        now={NOW}
      />,
    );
    expect(screen.getByText('Deployed, differs from Git')).toBeInTheDocument();
  });
});
