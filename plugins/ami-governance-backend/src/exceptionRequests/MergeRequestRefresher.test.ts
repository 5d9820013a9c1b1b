import { AmiGovernanceDatabase } from '../database/AmiGovernanceDatabase';
import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { fixedClock } from '../__testUtils__/fixtures';
import { MergeRequestRefresher } from './MergeRequestRefresher';
import { mergeRequestNotice } from './mergeRequestNotice';
import type { NotificationSendOptions } from '@backstage/plugin-notifications-node';

// GitLab is an edge we cannot run here: msw answers its REST API over the real fetch.
const gitlab = setupServer();
beforeAll(() => gitlab.listen({ onUnhandledRequest: 'error' }));
afterAll(() => gitlab.close());

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

const request = (iid: number) => ({
  accountId: '777788889999',
  ticket: `CLOUD-${iid}`,
  exceptionType: 'migration' as const,
  expiresOn: '2027-01-31',
  requestedBy: 'user:default/alice',
  mergeRequestUrl: `https://gitlab.example.com/platform/governance/-/merge_requests/${iid}`,
  mergeRequestIid: iid,
  projectId: 'platform/governance',
  host: 'gitlab.example.com',
  branchName: `exception/CLOUD-${iid}-777788889999`,
  state: 'opened' as const,
});

describe('MergeRequestRefresher', () => {
  it('moves requests to merged or closed as GitLab reports, and survives a failing one', async () => {
    const knex = await databases.init('SQLITE_3');
    const { exceptionRequests: store } = await AmiGovernanceDatabase.forTests(
      knex,
      { clock: fixedClock() },
    );
    for (const iid of [1, 2, 3]) await store.record(request(iid));
    const tokens: (string | null)[] = [];
    gitlab.use(
      http.get(
        'https://gitlab.example.com/api/v4/projects/platform%2Fgovernance/merge_requests/:iid',
        ({ params, request: req }) => {
          tokens.push(req.headers.get('private-token'));
          if (params.iid === '3')
            return new HttpResponse(null, { status: 500 });
          return HttpResponse.json({
            iid: Number(params.iid),
            state: params.iid === '1' ? 'merged' : 'closed',
          });
        },
      ),
    );
    const config = new ConfigReader({
      integrations: {
        gitlab: [
          {
            host: 'gitlab.example.com',
            apiBaseUrl: 'https://gitlab.example.com/api/v4',
            token: 'glpat-test',
          },
        ],
      },
    });
    const logger = mockServices.logger.mock();
    // The notifications backend is another plugin: its service interface is the edge here.
    const sent: NotificationSendOptions[] = [];
    const notify = mergeRequestNotice(
      { send: async n => void sent.push(n) },
      async ref => ({ entityRef: ref, users: 1 }),
    );
    await new MergeRequestRefresher(config, store, logger, notify).refresh();

    const states = Object.fromEntries(
      (await store.list()).map(r => [r.mergeRequestIid, r.state]),
    );
    expect(states).toEqual({ 1: 'merged', 2: 'closed', 3: 'opened' });
    expect(tokens).toEqual(['glpat-test', 'glpat-test', 'glpat-test']);
    expect(sent.map(n => [n.recipients, n.payload.title]).sort()).toEqual([
      [
        { type: 'entity', entityRef: 'user:default/alice' },
        'Your AMI exception for 777788889999 was merged: it takes effect when the policies are applied, until 2027-01-31.',
      ],
      [
        { type: 'entity', entityRef: 'user:default/alice' },
        'Your AMI exception request for 777788889999 (CLOUD-2) was closed without merging.',
      ],
    ]);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining(
        'merge_requests/3: ServiceUnavailableError: GitLab (gitlab.example.com) failed while reading merge request !3 of platform/governance (500)',
      ),
    );
  });

  it('keeps the state of a request on a host without an integrations.gitlab entry, and names the setting', async () => {
    const knex = await databases.init('SQLITE_3');
    const { exceptionRequests: store } = await AmiGovernanceDatabase.forTests(
      knex,
      { clock: fixedClock() },
    );
    await store.record({ ...request(4), host: 'gitlab.other.com' });
    const logger = mockServices.logger.mock();
    const changed = await new MergeRequestRefresher(
      new ConfigReader({}),
      store,
      logger,
    ).refresh();
    expect(changed).toBe(false);
    expect((await store.list()).map(r => r.state)).toEqual(['opened']);
    expect(logger.warn).toHaveBeenCalledWith(
      `Cannot refresh ${
        request(4).mergeRequestUrl
      }: InputError: No integrations.gitlab entry for host gitlab.other.com: add one to app-config (host, and a token with the api scope).`,
    );
  });

  it('leaves alone a request committed to a local governance repository: no merge request to ask about', async () => {
    const knex = await databases.init('SQLITE_3');
    const { exceptionRequests: store } = await AmiGovernanceDatabase.forTests(
      knex,
      { clock: fixedClock() },
    );
    const { mergeRequestIid: _, ...gitlabRequest } = request(9);
    await store.record({
      ...gitlabRequest,
      host: 'local',
      projectId: '/srv/governance-repo',
      mergeRequestUrl:
        'file:///srv/governance-repo#exception/CLOUD-9-777788889999',
    });
    const logger = mockServices.logger.mock();
    const changed = await new MergeRequestRefresher(
      new ConfigReader({}),
      store,
      logger,
    ).refresh();
    expect(changed).toBe(false);
    expect((await store.list()).map(r => r.state)).toEqual(['opened']);
    expect(logger.warn).not.toHaveBeenCalled();
  });
});
