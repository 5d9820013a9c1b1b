import { registerMswTestHooks } from '@backstage/test-utils';
import { ResponseError } from '@backstage/errors';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  policiesResponse,
  publishersResponse,
  requestsResponse,
  statusResponse,
} from '../__testUtils__/governance';
import { answerExplain } from '../__testUtils__/launchWorld';
import { AmiGovernanceClient } from './AmiGovernanceClient';

const base = 'http://backstage.test/api/ami-governance';
const server = setupServer();
registerMswTestHooks(server);

function client() {
  return new AmiGovernanceClient({
    discoveryApi: {
      getBaseUrl: async pluginId => `http://backstage.test/api/${pluginId}`,
    },
    fetchApi: { fetch: (input, init) => fetch(input, init) },
  });
}

function backstageError(status: number, name: string, message: string) {
  return HttpResponse.json(
    {
      error: { name, message },
      request: { method: 'GET', url: '/' },
      response: { statusCode: status },
    },
    { status },
  );
}

describe('AmiGovernanceClient', () => {
  it('reads the publishers', async () => {
    server.use(
      http.get(`${base}/publishers`, () =>
        HttpResponse.json(publishersResponse()),
      ),
    );
    const response = await client().getPublishers();
    expect(response.enforcementMode).toBe('audit_mode');
    expect(response.publishers[0].provider).toBe('555566667777');
    expect(response.counts.all).toBe(9);
  });

  it('passes the search, filters and page of the publishers, leaving out unset ones', async () => {
    const seen: string[] = [];
    server.use(
      http.get(`${base}/publishers`, ({ request }) => {
        seen.push(new URL(request.url).search);
        return HttpResponse.json(publishersResponse());
      }),
    );
    await client().getPublishers({
      q: 'team alpha',
      category: 'exception',
      state: 'expiring',
      offset: 20,
      limit: 20,
    });
    await client().getPublishers({ q: '', category: undefined });
    expect(seen).toEqual([
      '?q=team%20alpha&category=exception&state=expiring&offset=20&limit=20',
      '',
    ]);
  });

  it('reads the allowlist', async () => {
    server.use(
      http.get(`${base}/allowlist`, () =>
        HttpResponse.json({
          ...publishersResponse(),
          providers: ['111122223333'],
          version: 'abc',
        }),
      ),
    );
    expect((await client().getAllowlist()).providers).toEqual(['111122223333']);
  });

  it('passes the exception status filter, search and page', async () => {
    let seen: URLSearchParams | undefined;
    server.use(
      http.get(`${base}/exceptions`, ({ request }) => {
        seen = new URL(request.url).searchParams;
        return HttpResponse.json({
          ...publishersResponse(),
          items: [],
          total: 0,
          offset: 50,
          limit: 50,
        });
      }),
    );
    await client().getExceptions({ status: 'expiring', q: 'x', offset: 50 });
    expect(seen?.get('status')).toBe('expiring');
    expect(seen?.get('q')).toBe('x');
    expect(seen?.get('offset')).toBe('50');
    expect(seen?.has('limit')).toBe(false);
  });

  it('reads further pages of a status account list', async () => {
    let seen = '';
    server.use(
      http.get(`${base}/status/accounts`, ({ request }) => {
        seen = new URL(request.url).search;
        return HttpResponse.json({
          items: [{ id: '045678901234', name: 'sandbox', reason: 'none' }],
          total: 21,
          offset: 20,
          limit: 50,
        });
      }),
    );
    const page = await client().getStatusAccounts({
      policy: 'declarativePolicy',
      list: 'unknown',
      offset: 20,
      limit: 50,
    });
    expect(seen).toBe(
      '?policy=declarativePolicy&list=unknown&offset=20&limit=50',
    );
    expect(page.items[0].reason).toBe('none');
    expect(page.total).toBe(21);
  });

  it('reads one exception and answers undefined for an unknown account', async () => {
    const alpha = publishersResponse().publishers.find(
      p => p.provider === '777788889999',
    );
    server.use(
      http.get(`${base}/exceptions/:accountId`, ({ params }) =>
        params.accountId === '777788889999'
          ? HttpResponse.json(alpha)
          : backstageError(404, 'NotFoundError', 'No exception'),
      ),
    );
    expect(
      (await client().getException('777788889999'))?.exception?.ticket,
    ).toBe('CLOUD-1234');
    await expect(
      client().getException('000000000000'),
    ).resolves.toBeUndefined();
  });

  it('reads the policies and the status', async () => {
    server.use(
      http.get(`${base}/policies`, () => HttpResponse.json(policiesResponse())),
      http.get(`${base}/status`, () => HttpResponse.json(statusResponse())),
    );
    expect((await client().getPolicies()).policies).toHaveLength(2);
    expect((await client().getStatus()).status?.verdict).toBe('drifted');
  });

  it('reads exception requests, and treats 404 as not offered', async () => {
    server.use(
      http.get(`${base}/exception-requests`, () =>
        HttpResponse.json(requestsResponse()),
      ),
    );
    expect((await client().getExceptionRequests())?.items).toHaveLength(2);
    server.use(
      http.get(`${base}/exception-requests`, () =>
        backstageError(404, 'NotFoundError', 'Not found'),
      ),
    );
    await expect(client().getExceptionRequests()).resolves.toBeUndefined();
  });

  it('asks for the exception request form: context, preview and organization accounts', async () => {
    const seen: string[] = [];
    const answer =
      (body: object) =>
      ({ request }: { request: Request }) => {
        const url = new URL(request.url);
        seen.push(
          `${url.pathname.replace('/api/ami-governance', '')}${url.search}`,
        );
        return HttpResponse.json(body);
      };
    server.use(
      http.get(`${base}/exception-requests/context`, answer({ account: null })),
      http.get(
        `${base}/exception-requests/preview`,
        answer({ preview: { ok: false, stage: 'request', findings: [] } }),
      ),
      http.get(
        `${base}/organization/accounts`,
        answer({ available: false, items: [], total: 0, offset: 0, limit: 20 }),
      ),
    );
    const api = client();
    expect((await api.getExceptionRequestContext('777788889999')).account).toBe(
      null,
    );
    await api.getExceptionRequestContext();
    expect(
      (
        await api.previewExceptionRequest({
          accountId: '999900001111',
          exceptionType: 'migration',
          expiresOn: '2027-01-31',
          reason: 'Moving the batch fleet',
          ticket: 'CLOUD-1400',
          requestedBy: '',
        })
      ).preview.ok,
    ).toBe(false);
    expect(
      (await api.getOrganizationAccounts({ q: 'pay', limit: 20 })).available,
    ).toBe(false);
    expect(seen).toEqual([
      '/exception-requests/context?accountId=777788889999',
      '/exception-requests/context',
      '/exception-requests/preview?accountId=999900001111&exceptionType=migration&expiresOn=2027-01-31&reason=Moving%20the%20batch%20fleet&ticket=CLOUD-1400',
      '/organization/accounts?q=pay&limit=20',
    ]);
  });

  it('throws a ResponseError carrying the backend message', async () => {
    server.use(
      http.get(`${base}/publishers`, () =>
        backstageError(
          503,
          'ServiceUnavailableError',
          'No governance config has been read yet',
        ),
      ),
    );
    const error = await client()
      .getPublishers()
      .catch(e => e);
    expect(ResponseError.is(error)).toBe(true);
    expect(error.statusCode).toBe(503);
    expect(error.cause.message).toBe('No governance config has been read yet');
  });

  it('asks the explainer about an AMI or an owner, leaving out unset parameters', async () => {
    const seen: string[] = [];
    server.use(
      http.get(`${base}/explain`, ({ request }) => {
        const params = new URL(request.url).searchParams;
        seen.push(new URL(request.url).search);
        return HttpResponse.json(
          answerExplain({
            accountId: params.get('accountId')!,
            imageId: params.get('imageId') ?? undefined,
            owner: params.get('owner') ?? undefined,
            region: params.get('region') ?? undefined,
            on: params.get('on') ?? undefined,
          }),
        );
      }),
    );
    const api = client();
    const byImage = await api.explain({
      accountId: '210987654321',
      imageId: 'ami-0123456789abcdef0',
      region: 'eu-west-1',
    });
    const byOwner = await api.explain({
      accountId: '210987654321',
      owner: 'aws-marketplace',
      region: undefined,
      on: '2027-02-15',
    });
    expect(seen).toEqual([
      '?accountId=210987654321&imageId=ami-0123456789abcdef0&region=eu-west-1',
      '?accountId=210987654321&owner=aws-marketplace&on=2027-02-15',
    ]);
    expect(byImage.verdict).toBe('allowed');
    expect(byImage.layers?.allowedImages.source).toBe('region-setting');
    expect(byOwner.verdict).toBe('denied');
    expect(byOwner.layers?.scp.owner).toBe('aws-marketplace');
  });

  it("throws the explainer's 400 with the message naming the parameter", async () => {
    server.use(
      http.get(`${base}/explain`, () =>
        backstageError(
          400,
          'InputError',
          'imageId must be an AMI ID: ami- and 8 or 17 hexadecimal digits',
        ),
      ),
    );
    const error = await client()
      .explain({ accountId: '210987654321', imageId: 'ami-x' })
      .catch(e => e);
    expect(ResponseError.is(error)).toBe(true);
    expect(error.statusCode).toBe(400);
    expect(error.cause.message).toMatch(/^imageId must be an AMI ID/);
  });
});
