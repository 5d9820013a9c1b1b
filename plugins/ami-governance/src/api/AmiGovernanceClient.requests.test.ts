import { registerMswTestHooks } from '@backstage/test-utils';
import { ResponseError } from '@backstage/errors';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { AmiGovernanceClient } from './AmiGovernanceClient';

const base = 'http://backstage.test/api/ami-governance';
const server = setupServer();
registerMswTestHooks(server);

const unavailable = { available: false, reason: 'No workloads collected yet' };

function client() {
  return new AmiGovernanceClient({
    discoveryApi: {
      getBaseUrl: async pluginId => `http://backstage.test/api/${pluginId}`,
    },
    fetchApi: { fetch: (input, init) => fetch(input, init) },
  });
}

/** Answers `body` on every GET under the base URL, keeping what each request asked. */
function recordRequests(body: object = unavailable) {
  const seen: Request[] = [];
  server.use(
    http.get(`${base}/*`, ({ request }) => {
      seen.push(request);
      return HttpResponse.json(body);
    }),
  );
  const asked = () =>
    seen.map(r => {
      const url = new URL(r.url);
      return `${url.pathname.replace('/api/ami-governance', '')}${url.search}`;
    });
  return { seen, asked };
}

describe('AmiGovernanceClient requests', () => {
  it("goes through the app's fetch, asking for JSON, at the base URL discovery gives each time", async () => {
    const { seen, asked } = recordRequests();
    const bases = ['http://backstage.test/api/ami-governance', base];
    const getBaseUrl = jest.fn(async () => bases.shift()!);
    const api = new AmiGovernanceClient({
      discoveryApi: { getBaseUrl },
      fetchApi: {
        fetch: (input, init) => {
          const request = new Request(input, init);
          request.headers.set('Authorization', 'Bearer token');
          return fetch(request);
        },
      },
    });
    await api.getAllowlist();
    await api.getPolicies();
    expect(getBaseUrl).toHaveBeenCalledTimes(2);
    expect(getBaseUrl).toHaveBeenCalledWith('ami-governance');
    expect(asked()).toEqual(['/allowlist', '/policies']);
    expect(seen[0].headers.get('Authorization')).toBe('Bearer token');
    expect(seen[0].headers.get('Accept')).toBe('application/json');
  });

  it('encodes every reserved character of a query value, a space as %20', async () => {
    const { seen, asked } = recordRequests();
    await client().getPublishers({ q: "a+b & c=d (it's *new*!) /?#" });
    expect(asked()).toEqual([
      '/publishers?q=a%2Bb%20%26%20c%3Dd%20%28it%27s%20%2Anew%2A%21%29%20%2F%3F%23',
    ]);
    expect(new URL(seen[0].url).searchParams.get('q')).toBe(
      "a+b & c=d (it's *new*!) /?#",
    );
  });

  it('repeats the provider parameter once per provider for the usage', async () => {
    const { asked } = recordRequests();
    await client().getUsage(['555566667777', 'aws-marketplace']);
    expect(asked()).toEqual([
      '/usage?provider=555566667777&provider=aws-marketplace',
    ]);
  });

  it('passes the workload filters and pages, leaving out unset ones', async () => {
    const { asked } = recordRequests();
    const api = client();
    await api.getReadiness({ publisher: 'amazon', account: '', limit: '20' });
    await api.getImpact({ on: '2027-01-31', publisher: undefined });
    await api.getPublicImages({ region: 'eu-west-1', offset: '50' });
    await api.getOrganizationAccounts({ offset: 0, limit: 20 });
    await api.getExceptionRequestContext(undefined);
    expect(asked()).toEqual([
      '/readiness?publisher=amazon&limit=20',
      '/impact?on=2027-01-31',
      '/public-images?region=eu-west-1&offset=50',
      '/organization/accounts?offset=0&limit=20',
      '/exception-requests/context',
    ]);
  });

  it("reads an account's standing with its page, and answers undefined for an unknown account", async () => {
    const seen: string[] = [];
    server.use(
      http.get(`${base}/accounts/:accountId`, ({ request, params }) => {
        seen.push(new URL(request.url).pathname + new URL(request.url).search);
        return params.accountId === '210987654321'
          ? HttpResponse.json({ accountId: '210987654321', regions: [] })
          : HttpResponse.json(
              {
                error: { name: 'NotFoundError', message: 'Unknown account' },
                request: { method: 'GET', url: '/' },
                response: { statusCode: 404 },
              },
              { status: 404 },
            );
      }),
    );
    const api = client();
    expect(
      await api.getAccountStanding('210987654321', { offset: 40, limit: 20 }),
    ).toMatchObject({ accountId: '210987654321' });
    await expect(api.getAccountStanding('a/b c')).resolves.toBeUndefined();
    expect(seen).toEqual([
      '/api/ami-governance/accounts/210987654321?offset=40&limit=20',
      '/api/ami-governance/accounts/a%2Fb%20c',
    ]);
  });

  it('throws errors other than 404 from the routes that answer undefined on 404', async () => {
    server.use(
      http.get(`${base}/accounts/:accountId`, () =>
        HttpResponse.text('upstream down', { status: 502 }),
      ),
      http.get(`${base}/exceptions/:accountId`, () =>
        HttpResponse.text('', { status: 500 }),
      ),
      http.get(`${base}/exception-requests`, () =>
        HttpResponse.json(
          {
            error: { name: 'Error', message: 'boom' },
            request: { method: 'GET', url: '/' },
            response: { statusCode: 500 },
          },
          { status: 500 },
        ),
      ),
    );
    const standing = await client()
      .getAccountStanding('210987654321')
      .catch(e => e);
    expect(ResponseError.is(standing)).toBe(true);
    expect(standing.statusCode).toBe(502);
    expect(standing.cause.message).toMatch(/upstream down$/);
    const exception = await client()
      .getException('777788889999')
      .catch(e => e);
    expect(ResponseError.is(exception)).toBe(true);
    expect(exception.statusCode).toBe(500);
    const requests = await client()
      .getExceptionRequests()
      .catch(e => e);
    expect(ResponseError.is(requests)).toBe(true);
    expect(requests.cause.message).toBe('boom');
  });
  it('asks the lineage routes with the AMI in the path and the page and filters in the query', async () => {
    const { asked } = recordRequests();
    const api = client();
    await api.getImageLineage('ami-0a1b2c3d4e5f61101');
    await api.getImageDescendants('ami-0c0ffee1234567890', {
      offset: 20,
      limit: 20,
    });
    await api.getProvenance({ provenance: 'foreign', offset: 0, limit: 10 });
    expect(asked()).toEqual([
      '/images/ami-0a1b2c3d4e5f61101',
      '/images/ami-0c0ffee1234567890/descendants?offset=20&limit=20',
      '/provenance?provenance=foreign&offset=0&limit=10',
    ]);
  });

  it('answers undefined for an AMI the lineage graph does not hold (404), and throws on other errors', async () => {
    server.use(
      http.get(`${base}/images/:imageId`, ({ params }) =>
        HttpResponse.json(
          {
            error: {
              name: params.imageId === 'bad' ? 'InputError' : 'NotFoundError',
              message: 'no',
            },
          },
          { status: params.imageId === 'bad' ? 400 : 404 },
        ),
      ),
      http.get(`${base}/images/:imageId/descendants`, () =>
        HttpResponse.json(
          { error: { name: 'NotFoundError', message: 'no' } },
          { status: 404 },
        ),
      ),
    );
    await expect(
      client().getImageLineage('ami-0123456789abcdef0'),
    ).resolves.toBeUndefined();
    await expect(
      client().getImageDescendants('ami-0123456789abcdef0'),
    ).resolves.toBeUndefined();
    await expect(client().getImageLineage('bad')).rejects.toBeInstanceOf(
      ResponseError,
    );
  });
});
