import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import type { AmiGovernanceApi } from '../../api/AmiGovernanceApi';
import { renderInPluginApp } from '../../__testUtils__/renderPage';
import {
  descendantsAnswer,
  GOLDEN_CHAIN,
  goldenAnswer,
  HIDDEN_ANCESTOR,
  scopeWorkloads,
} from '../../__testUtils__/lineageWorld';
import { AmiGovernanceRouter } from '../../components/AmiGovernanceRouter';

const [COPY, HARDENED, BASE] = GOLDEN_CHAIN.map(l => l.imageId);

const renderAt = (route: string, overrides: Partial<AmiGovernanceApi>) =>
  renderInPluginApp(
    <Routes>
      <Route path="/ami-governance/*" element={<AmiGovernanceRouter />} />
    </Routes>,
    overrides,
    { route },
  );

const golden: Partial<AmiGovernanceApi> = {
  getImageLineage: async id =>
    id === HARDENED || id === BASE || id === COPY
      ? goldenAnswer(id)
      : undefined,
  getImageDescendants: async (_id, query) =>
    descendantsAnswer(scopeWorkloads(45), query),
};

describe('the AMI view', () => {
  it('draws the chain from the root, each node with owner and provenance, the used ones with their workloads', async () => {
    await renderAt(`/ami-governance/images/${COPY}`, golden);
    const picture = await screen.findByRole('list', {
      name: 'Lineage from the root',
    });
    const nodes = within(picture).getAllByRole('listitem');
    // Root first, the AMI last, then the AMIs derived from it.
    expect(nodes.slice(0, 3).map(n => n.getAttribute('aria-label'))).toEqual([
      BASE,
      HARDENED,
      COPY,
    ]);
    const root = within(picture).getByRole('listitem', { name: BASE });
    expect(within(root).getByRole('link', { name: BASE })).toHaveAttribute(
      'href',
      `/ami-governance/images/${BASE}`,
    );
    expect(within(root).getByText(/111122223333/)).toBeInTheDocument();
    expect(await within(root).findByText('Golden')).toBeInTheDocument();
    const current = within(picture).getByRole('listitem', { name: COPY });
    expect(within(current).queryByRole('link')).toBeNull();
    expect(
      within(current).getByText('Used: 3 instances, 0 launch templates'),
    ).toBeInTheDocument();
    expect(
      await within(
        within(picture).getByRole('listitem', { name: HARDENED }),
      ).findByText('Used: 0 instances, 1 launch template'),
    ).toBeInTheDocument();
    // Provenance beside the allowlist standing, and where the answer comes from.
    expect(screen.getByText('Provenance: Golden')).toBeInTheDocument();
    expect(screen.getByText('Owner allowed (ops: Ops)')).toBeInTheDocument();
    // The config's criteria verdict beside the owner's standing, each with its why.
    expect(
      screen.getByText('Allowed AMIs criteria in Git: allowed (criteria_1)'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        "criteria_1 allows it in accounts other than its owner's.",
      ),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText(/collected 2026-11-23 06:00 UTC/).length,
    ).toBeGreaterThan(0);
    expect(
      screen.getByText('Fails no image compliance rule of the config.'),
    ).toBeInTheDocument();
  });

  it('pages the scope of impact with its totals, each workload linking to its AMI', async () => {
    await renderAt(`/ami-governance/images/${BASE}`, golden);
    expect(
      await screen.findByText(
        '3 AMIs (this one and those derived from it) · 41 instances and 4 launch templates in 7 accounts and 2 regions',
      ),
    ).toBeInTheDocument();
    expect(await screen.findByText('i-00000000000000000')).toBeInTheDocument();
    expect(screen.queryByText('i-00000000000000020')).toBeNull();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Next Page' }));
    expect(await screen.findByText('i-00000000000000020')).toBeInTheDocument();
    expect(screen.queryByText('i-00000000000000000')).toBeNull();
    const derived = screen.getByRole('listitem', { name: 'Derived AMIs' });
    expect(within(derived).getByRole('link', { name: COPY })).toHaveAttribute(
      'href',
      `/ami-governance/images/${COPY}`,
    );
  });

  it('shows a chain cut by a hidden ancestor explicitly, and unknown facts as unknown', async () => {
    await renderAt(`/ami-governance/images/${HIDDEN_ANCESTOR.imageId}`, {
      getImageLineage: async id =>
        id === HIDDEN_ANCESTOR.imageId ? HIDDEN_ANCESTOR : undefined,
      getImageDescendants: async (_id, query) => descendantsAnswer([], query),
    });
    expect(
      await screen.findByText(
        'Not visible: the chain continues beyond what the collector can see',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Not visible: the collector cannot see this AMI (not shared, or deregistered)',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Provenance: Unknown')).toBeInTheDocument();
    expect(screen.getByText('Owner not on the allowlist')).toBeInTheDocument();
    expect(
      screen.getByText('Allowed AMIs criteria in Git: refused'),
    ).toBeInTheDocument();
    expect(screen.getByText(/encrypted_snapshots/)).toBeInTheDocument();
    expect(
      screen.getByText(
        'No workload of the newest collection uses it or an AMI derived from it.',
      ),
    ).toBeInTheDocument();
  });

  it('says an AMI no collection met is unknown, and before any collection says why', async () => {
    const { unmount } = await renderAt(
      '/ami-governance/images/ami-0123456789abcdef0',
      {
        getImageLineage: async () => undefined,
        getImageDescendants: async () => undefined,
      },
    );
    expect(
      await screen.findByText('ami-0123456789abcdef0 is unknown'),
    ).toBeInTheDocument();
    unmount();
    await renderAt('/ami-governance/images/ami-0123456789abcdef0', {});
    expect(
      await screen.findByText('No lineage collected yet'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/No workloads collected yet: set/),
    ).toBeInTheDocument();
  });
});
