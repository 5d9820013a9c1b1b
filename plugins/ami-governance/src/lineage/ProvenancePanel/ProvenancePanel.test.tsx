import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInPluginApp } from '../../__testUtils__/renderPage';
import { provenanceAnswer } from '../../__testUtils__/lineageWorld';
import { ProvenancePanel } from './ProvenancePanel';

describe('ProvenancePanel', () => {
  it('shows the organization shares, the accounts on foreign images first, and a provenance list a click away', async () => {
    const asked: (string | undefined)[] = [];
    await renderInPluginApp(<ProvenancePanel />, {
      getProvenance: async (query = {}) => {
        asked.push(query.provenance);
        return provenanceAnswer(query.provenance);
      },
    });
    expect(
      await screen.findByText(
        /10 workloads \(instances and launch template versions\)/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/collected 2026-11-23 06:00 UTC/),
    ).toBeInTheDocument();
    const foreign = screen.getByRole('button', {
      name: 'Foreign: 4 workloads (40%)',
    });
    expect(
      screen.getByRole('button', { name: 'Golden: 5 workloads (50%)' }),
    ).toBeInTheDocument();
    const rows = await screen.findAllByRole('row');
    expect(within(rows[1]).getByText('210987654321')).toBeInTheDocument();
    expect(within(rows[1]).getByText('4 (80%)')).toBeInTheDocument();
    expect(within(rows[2]).getByText('123456789012')).toBeInTheDocument();

    // A click on an account lists the AMIs it runs, risky first, each opening its lineage.
    const user = userEvent.setup();
    await user.click(within(rows[1]).getByText('210987654321'));
    const images = await screen.findByRole('list', {
      name: 'AMIs used in 210987654321',
    });
    const links = within(images).getAllByRole('link');
    expect(links.map(l => l.textContent)).toEqual([
      'ami-0e6f1b10c5a7d9041',
      'ami-0a1b2c3d4e5f61101',
    ]);
    expect(links[0]).toHaveAttribute(
      'href',
      '/ami-governance/images/ami-0e6f1b10c5a7d9041',
    );
    expect(
      within(images).getByText(
        'Foreign · 3 instances, 1 launch template · fails an image compliance rule',
      ),
    ).toBeInTheDocument();

    await user.click(foreign);
    expect(
      await screen.findByText('Accounts running foreign images'),
    ).toBeInTheDocument();
    expect(foreign).toHaveAttribute('aria-pressed', 'true');
    await screen.findByText('210987654321');
    expect(screen.queryByText('123456789012')).toBeNull();
    expect(asked).toContain('foreign');
  });

  it('says why nothing is shown before the first collection', async () => {
    await renderInPluginApp(<ProvenancePanel />);
    expect(
      await screen.findByText('No workloads collected yet'),
    ).toBeInTheDocument();
  });
});
