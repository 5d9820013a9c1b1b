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
});
