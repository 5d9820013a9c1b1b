import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { publishersResponse } from '../../__testUtils__/governance';
import { GovernanceHeader } from './GovernanceHeader';

const NOW = new Date('2026-11-23T12:00:00Z');

describe('GovernanceHeader', () => {
  it('names a local config by the file name the backend gives', async () => {
    await renderInTestApp(
      <GovernanceHeader
        publishers={publishersResponse({ source: 'ami_publishers.json' })}
        now={NOW}
      />,
    );
    expect(
      screen.getByText(/^ami_publishers\.json, read 2026-11-23 10:00 UTC/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('links a config read from Git to the file in its repository', async () => {
    const url =
      'https://gitlab.example.com/platform/aws-governance/-/blob/main/config/ami_publishers.json';
    await renderInTestApp(
      <GovernanceHeader
        publishers={publishersResponse({ source: url })}
        now={NOW}
      />,
    );
    const link = screen.getByRole('link', {
      name: /^gitlab\.example\.com\/platform\/aws-governance\/-\/blob\/main\/config\/ami_publishers\.json, read/,
    });
    expect(link).toHaveAttribute('href', url);
  });

  it("shows the organization's AMI age limits when the config sets them, and nothing when not", async () => {
    await renderInTestApp(
      <GovernanceHeader
        publishers={publishersResponse({
          imageAgeLimits: { maxImageAgeDays: 180, maxDaysSinceDeprecated: 0 },
        })}
        now={NOW}
      />,
    );
    expect(screen.getByText('AMI age limits')).toBeInTheDocument();
    expect(
      screen.getByText('created at most 180 days ago, not deprecated'),
    ).toBeInTheDocument();
  });

  it('leaves the age limits out when the config sets none', async () => {
    await renderInTestApp(
      <GovernanceHeader publishers={publishersResponse()} now={NOW} />,
    );
    expect(screen.queryByText('AMI age limits')).not.toBeInTheDocument();
  });
});
