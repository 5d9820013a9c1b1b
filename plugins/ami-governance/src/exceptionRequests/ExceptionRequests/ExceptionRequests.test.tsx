import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { requestsResponse } from '../../__testUtils__/governance';
import type { ExceptionRequestRecord } from '../../api/types';
import { ExceptionRequests, orderRequests } from './ExceptionRequests';

const LOCAL: ExceptionRequestRecord = {
  accountId: '999900001111',
  ticket: 'CLOUD-1500',
  exceptionType: 'migration',
  expiresOn: '2027-01-31',
  requestedBy: 'user:default/guest',
  mergeRequestUrl:
    'file:///srv/governance-repo#exception/CLOUD-1500-999900001111',
  projectId: '/srv/governance-repo',
  host: 'local',
  branchName: 'exception/CLOUD-1500-999900001111',
  state: 'opened',
  createdAt: '2026-11-23T10:00:00Z',
  updatedAt: '2026-11-23T10:00:00Z',
};

describe('ExceptionRequests', () => {
  it('shows a request committed to a local repository by its branch, without a link', async () => {
    await renderInTestApp(
      <ExceptionRequests items={[LOCAL, ...requestsResponse().items]} />,
    );
    const row = screen.getByRole('row', { name: /999900001111/ });
    expect(row).toHaveTextContent(
      'branch exception/CLOUD-1500-999900001111 in the local repository',
    );
    expect(row.querySelector('a')).toBeNull();
    expect(screen.getByText('2 open, 1 merged or closed')).toBeInTheDocument();
  });

  it('marks the request the template output links to', async () => {
    await renderInTestApp(
      <ExceptionRequests items={[LOCAL, ...requestsResponse().items]} />,
      {
        routeEntries: [
          '/ami-governance?request=exception/CLOUD-1500-999900001111',
        ],
      },
    );
    const marked = screen.getByRole('row', { name: /999900001111/ });
    const other = screen.getByRole('row', { name: /888800002222/ });
    expect(marked.getAttribute('style')).toMatch(/background-color/);
    expect(other.getAttribute('style') ?? '').not.toMatch(/background-color/);
  });

  it('counts a locked request as open and lists it after those awaiting review', async () => {
    const locked: ExceptionRequestRecord = {
      ...LOCAL,
      ticket: 'CLOUD-1501',
      branchName: 'exception/CLOUD-1501-999900001111',
      state: 'locked',
      updatedAt: '2026-11-24T10:00:00Z',
    };
    const items = [locked, LOCAL, ...requestsResponse().items];
    expect(orderRequests(items).map(r => r.state)).toEqual([
      'opened',
      'opened',
      'locked',
      'merged',
    ]);
    await renderInTestApp(<ExceptionRequests items={items} />);
    expect(screen.getByText('3 open, 1 merged or closed')).toBeInTheDocument();
  });
});
