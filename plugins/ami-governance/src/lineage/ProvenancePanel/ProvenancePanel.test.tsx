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

    await userEvent.setup().click(foreign);
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
