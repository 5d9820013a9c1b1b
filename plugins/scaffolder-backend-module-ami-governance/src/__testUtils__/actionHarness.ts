import { httpExceptionRequestRecorder } from '@ami-governance/backstage-plugin-ami-governance-node';
import {
  mockServices,
  registerMswTestHooks,
} from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createRequestAmiExceptionAction } from '../exceptionRequests/requestException';
import type { TaskUser } from '../exceptionRequests/requester';
import { FakeGitlab } from './fakeGitlab';
import { CONFIG_PATH, NOW, repoFiles } from './governanceRepo';
import { baseInput, JANE } from './requests';

export { baseInput, JANE };

/**
 * Runs the action as the scaffolder would, against GitLab served by {@link FakeGitlab} over HTTP:
 * GitLab is the edge these tests cannot run, so the real client talks to a fake. The clock is pinned
 * to {@link NOW}. Call {@link actionHarness} once at the top of a test file.
 */

export const PROJECT = 'example-org%2Faws-governance';
export const BRANCH = 'exception/CLOUD-1400-999900001111';
export const BACKEND = 'http://backstage.test/api/ami-governance';

export const appConfig = (exceptionRequests: object = {}) =>
  new ConfigReader({
    integrations: {
      gitlab: [
        {
          host: 'gitlab.example.com',
          baseUrl: 'https://gitlab.example.com',
          apiBaseUrl: 'https://gitlab.example.com/api/v4',
          token: 'glpat-integration',
        },
      ],
    },
    amiGovernance: {
      exceptionRequests: {
        repoUrl: 'gitlab.example.com?owner=example-org&repo=aws-governance',
        targetBranch: 'main',
        configPath: CONFIG_PATH,
        ...exceptionRequests,
      },
    },
  });

export interface RunOptions {
  config?: ConfigReader;
  isDryRun?: boolean;
  checkpoints?: Map<string, unknown>;
  /** The signed-in user; default jane without a catalog entity, `null` for none. */
  user?: TaskUser | null;
}

export function actionHarness() {
  const server = setupServer();
  registerMswTestHooks(server);

  const h = {
    server,
    gitlab: new FakeGitlab(),
    recorded: [] as { body: any; authorization: string | null }[],
    /** The logger of the last run, failed or not: the task's log and the backend's. */
    logger: mockServices.logger.mock(),
    /** Every message the last run logged at `level`. */
    logged: (level: 'info' | 'warn' | 'error') =>
      (h.logger[level] as jest.Mock).mock.calls.map(([m]) => String(m)),
    backendStatus: 201,
    /** The error the backend answers with when backendStatus is 400 or more. */
    backendErrorName: 'Error',
    backendMessage: 'the backend failed',
    /** `METHOD path` of every request GitLab received, in order. */
    calls: () => h.gitlab.requests.map(r => `${r.method} ${r.path}`),
    /** Serves another fake from now on, e.g. GitLab as another attempt finds it. */
    useGitlab(fake: FakeGitlab) {
      h.gitlab = fake;
      server.use(...fake.handlers());
    },
    async run(input: Record<string, unknown> = {}, options: RunOptions = {}) {
      const action = createRequestAmiExceptionAction({
        config: options.config ?? appConfig(),
        // The recorder's default implementation, over HTTP to a mocked backend (the edge).
        recorder: httpExceptionRequestRecorder({
          discovery: mockServices.discovery.mock({
            getBaseUrl: async () => BACKEND,
          }),
          auth: mockServices.auth(),
        }),
        now: () => NOW,
      });
      const logger = mockServices.logger.mock();
      h.logger = logger;
      const ctx = {
        ...createMockActionContext({
          input: { ...baseInput, ...input } as any,
          logger,
        }),
        user: options.user === null ? undefined : options.user ?? { ref: JANE },
        isDryRun: options.isDryRun,
      };
      if (options.checkpoints) {
        const store = options.checkpoints;
        ctx.checkpoint = (async ({ key, fn }: any) => {
          if (!store.has(key)) store.set(key, await fn());
          return store.get(key);
        }) as any;
      }
      await action.handler(ctx as any);
      const outputs = Object.fromEntries(
        (ctx.output as jest.Mock).mock.calls.map(([k, v]) => [k, v]),
      );
      return { outputs, logger };
    },
  };

  beforeEach(() => {
    h.gitlab = new FakeGitlab().seed('main', repoFiles());
    h.recorded = [];
    h.backendStatus = 201;
    h.backendErrorName = 'Error';
    h.backendMessage = 'the backend failed';
    server.use(
      ...h.gitlab.handlers(),
      http.post(`${BACKEND}/exception-requests`, async ({ request }) => {
        const body = await request.json();
        h.recorded.push({
          body,
          authorization: request.headers.get('authorization'),
        });
        if (h.backendStatus < 400)
          return HttpResponse.json(body as object, { status: h.backendStatus });
        // A refusal in Backstage's error format, as the backend's error handler writes it.
        return HttpResponse.json(
          {
            error: { name: h.backendErrorName, message: h.backendMessage },
            request: { method: 'POST', url: '/exception-requests' },
            response: { statusCode: h.backendStatus },
          },
          { status: h.backendStatus },
        );
      }),
    );
  });

  return h;
}
