import { ConfigReader } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import {
  callGitlab,
  createGitlabClient,
  gitlabError,
  gitlabStatusOf,
} from './gitlab';

// GitLab is an edge we cannot run here: a local HTTP server answers its REST API, so the real
// gitbeaker client builds, sends and decodes every request.

type Answer = { status: number; body?: unknown };

/** Answers every request with `answer(path)`; records the path and token of each. */
async function fakeGitlab(answer: (path: string) => Answer) {
  const requests: { path: string; token?: string }[] = [];
  const server = http.createServer((req, res) => {
    const path = req.url ?? '';
    requests.push({
      path,
      token: req.headers['private-token'] as string | undefined,
    });
    const { status, body } = answer(path);
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body ?? {}));
  });
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise(done => server.close(done)),
  };
}

/** `integrations.gitlab` as app-config holds it. */
const integrationsOf = (gitlab: object[]) =>
  ScmIntegrations.fromConfig(new ConfigReader({ integrations: { gitlab } }));

const entry = (host: string, baseUrl: string, token?: string) => ({
  host,
  baseUrl,
  apiBaseUrl: `${baseUrl}/api/v4`,
  ...(token && { token }),
});

describe('createGitlabClient', () => {
  it('uses the integrations.gitlab entry of the host it is asked for', async () => {
    const example = await fakeGitlab(() => ({ status: 200, body: { id: 1 } }));
    const other = await fakeGitlab(() => ({ status: 200, body: { id: 2 } }));
    try {
      const integrations = integrationsOf([
        entry('gitlab.example.com', example.baseUrl, 'glpat-example'),
        entry('gitlab.other.com', other.baseUrl, 'glpat-other'),
      ]);
      const client = createGitlabClient({
        integrations,
        host: 'gitlab.other.com',
        requireToken: true,
      });
      const project = await client.Projects.show('group/project');
      expect(project.id).toBe(2);
      expect(other.requests).toEqual([
        {
          path: '/api/v4/projects/group%2Fproject',
          token: 'glpat-other',
        },
      ]);
      expect(example.requests).toEqual([]);
    } finally {
      await example.close();
      await other.close();
    }
  });

  it('reads without a token when the entry has none and none is required', async () => {
    const gitlab = await fakeGitlab(() => ({ status: 200, body: { id: 1 } }));
    try {
      const client = createGitlabClient({
        integrations: integrationsOf([
          entry('gitlab.example.com', gitlab.baseUrl),
        ]),
        host: 'gitlab.example.com',
      });
      await client.Projects.show('group/project');
      expect(gitlab.requests.map(r => r.token)).toEqual([undefined]);
    } finally {
      await gitlab.close();
    }
  });

  it('names the setting to add when the host has no entry', () => {
    const integrations = integrationsOf([
      entry('gitlab.example.com', 'https://gitlab.example.com', 'glpat-x'),
    ]);
    expect(() =>
      createGitlabClient({ integrations, host: 'gitlab.other.com' }),
    ).toThrow(
      expect.objectContaining({
        name: 'InputError',
        message:
          'No integrations.gitlab entry for host gitlab.other.com: add one to app-config (host, and a token with the api scope).',
      }),
    );
  });

  it('names the token setting when a token is required and the entry has none', () => {
    const integrations = integrationsOf([
      entry('gitlab.example.com', 'https://gitlab.example.com'),
    ]);
    expect(() =>
      createGitlabClient({
        integrations,
        host: 'gitlab.example.com',
        requireToken: true,
      }),
    ).toThrow(
      expect.objectContaining({
        name: 'InputError',
        message:
          'No GitLab token for gitlab.example.com: set integrations.gitlab[].token (a token with the api scope).',
      }),
    );
  });
});

describe('callGitlab', () => {
  const context = {
    host: 'gitlab.example.com',
    doing: 'reading config/ami_publishers.json',
  };

  /** What a real gitbeaker call answered with `status` becomes. */
  async function failureFor(status: number, notFoundHint?: string) {
    const gitlab = await fakeGitlab(() => ({
      status,
      body: { message: `${status} says GitLab` },
    }));
    try {
      const client = createGitlabClient({
        integrations: integrationsOf([
          entry('gitlab.example.com', gitlab.baseUrl, 'glpat-x'),
        ]),
        host: 'gitlab.example.com',
      });
      return await callGitlab({ ...context, notFoundHint }, () =>
        client.RepositoryFiles.showRaw(
          'group/project',
          'config/ami_publishers.json',
          'main',
        ),
      ).then(
        () => {
          throw new Error(`expected ${status} to fail`);
        },
        (e: Error) => e,
      );
    } finally {
      await gitlab.close();
    }
  }

  it.each([
    [
      401,
      'AuthenticationError',
      'GitLab (gitlab.example.com) rejected the token while reading config/ami_publishers.json (401 Unauthorized). Check integrations.gitlab for gitlab.example.com: the token must be valid and have the api scope.',
    ],
    [
      403,
      'NotAllowedError',
      'GitLab (gitlab.example.com) refused reading config/ami_publishers.json (403 Forbidden): 403 says GitLab. The token needs the api scope and at least the Developer role on the governance project.',
    ],
    [
      404,
      'NotFoundError',
      'GitLab (gitlab.example.com) found nothing while reading config/ami_publishers.json (404 Not Found): 404 says GitLab. Check that the project exists and that the integrations.gitlab token for gitlab.example.com can see it.',
    ],
    [
      409,
      'ConflictError',
      "GitLab (gitlab.example.com) reported a conflict while reading config/ami_publishers.json (409 Conflict): 409 says GitLab. Another change may be in progress for this branch; check the project's open merge requests.",
    ],
    [
      400,
      'InputError',
      'GitLab (gitlab.example.com) refused reading config/ami_publishers.json (400): 400 says GitLab.',
    ],
    [
      422,
      'InputError',
      'GitLab (gitlab.example.com) refused reading config/ami_publishers.json (422): 422 says GitLab.',
    ],
    [
      500,
      'ServiceUnavailableError',
      'GitLab (gitlab.example.com) failed while reading config/ami_publishers.json (500): 500 says GitLab. Try again later.',
    ],
    [
      503,
      'ServiceUnavailableError',
      'GitLab (gitlab.example.com) failed while reading config/ami_publishers.json (503): 503 says GitLab. Try again later.',
    ],
  ])('GitLab answering %i becomes %s', async (status, name, message) => {
    const error = await failureFor(status);
    expect({ name: error.name, message: error.message }).toEqual({
      name,
      message,
    });
  });

  it('says what to check on a 404 in the words of the caller', async () => {
    const error = await failureFor(
      404,
      'Check amiGovernance.exceptionRequests.configPath.',
    );
    expect(error.message).toMatch(
      /\(404 Not Found\): 404 says GitLab\. Check amiGovernance\.exceptionRequests\.configPath\.$/,
    );
  });

  it('GitLab not answering is ServiceUnavailableError naming the host', async () => {
    const gitlab = await fakeGitlab(() => ({ status: 200 }));
    await gitlab.close();
    const client = createGitlabClient({
      integrations: integrationsOf([
        entry('gitlab.example.com', gitlab.baseUrl, 'glpat-x'),
      ]),
      host: 'gitlab.example.com',
    });
    const error = await callGitlab(context, () =>
      client.Projects.show('group/project'),
    ).catch((e: Error) => e);
    expect(error).toMatchObject({ name: 'ServiceUnavailableError' });
    expect((error as Error).message).toMatch(
      /^Could not reach GitLab at gitlab\.example\.com while reading config\/ami_publishers\.json/,
    );
  });

  it('returns what the call returns', async () => {
    await expect(callGitlab(context, async () => 'answer')).resolves.toBe(
      'answer',
    );
  });
});

describe('gitlabStatusOf', () => {
  it('is the status GitLab answered, and undefined for any other failure', async () => {
    const gitlab = await fakeGitlab(() => ({ status: 404 }));
    try {
      const client = createGitlabClient({
        integrations: integrationsOf([
          entry('gitlab.example.com', gitlab.baseUrl),
        ]),
        host: 'gitlab.example.com',
      });
      const failure = await client.Branches.show('group/project', 'x').catch(
        (e: unknown) => e,
      );
      expect(gitlabStatusOf(failure)).toBe(404);
      expect(gitlabStatusOf(new Error('socket hang up'))).toBeUndefined();
      expect(
        gitlabError(new Error('socket hang up'), {
          host: 'gitlab.example.com',
          doing: 'looking up branch x',
        }).message,
      ).toBe(
        'Could not reach GitLab at gitlab.example.com while looking up branch x: socket hang up.',
      );
    } finally {
      await gitlab.close();
    }
  });
});
