import { http, HttpResponse } from 'msw';

/**
 * The part of the GitLab REST API (v4) the exception request uses, in memory, served over HTTP by
 * msw so the real @gitbeaker/rest client builds and sends every request. Records each request.
 */

export interface RecordedRequest {
  method: string;
  /** The path after `/api/v4/` exactly as sent (path segments URL-encoded). */
  path: string;
  query: Record<string, string>;
  body?: any;
  token: string | null;
}

interface Branch {
  sha: string;
  title: string;
  files: Map<string, string>;
}

export interface FakeMergeRequest {
  iid: number;
  title: string;
  description: string;
  source_branch: string;
  target_branch: string;
  labels: string[];
  remove_source_branch: boolean;
  state: 'opened' | 'merged' | 'closed';
  web_url: string;
}

export class FakeGitlab {
  readonly requests: RecordedRequest[] = [];
  readonly branches = new Map<string, Branch>();
  readonly mergeRequests: FakeMergeRequest[] = [];
  defaultBranch = 'main';
  private readonly failures: {
    method: string;
    path: RegExp;
    status: number;
    message: string;
  }[] = [];
  private commits = 0;

  constructor(
    readonly baseUrl = 'https://gitlab.example.com',
    readonly project = 'example-org/aws-governance',
  ) {}

  /** Creates (or replaces) a branch holding these files. */
  seed(branch: string, files: Record<string, string>): this {
    this.branches.set(branch, {
      sha: this.sha(),
      title: 'Initial commit',
      files: new Map(Object.entries(files)),
    });
    return this;
  }

  /** Answers `status` to every `method` request whose decoded path matches. */
  failOn(method: string, path: RegExp, status: number, message = 'failed') {
    this.failures.push({ method, path, status, message });
  }

  file(branch: string, path: string): string | undefined {
    return this.branches.get(branch)?.files.get(path);
  }

  /** Requests other than GET. */
  writes(): RecordedRequest[] {
    return this.requests.filter(r => r.method !== 'GET');
  }

  handlers() {
    return [
      http.all(`${this.baseUrl}/api/v4/*`, async ({ request }) =>
        this.handle(request),
      ),
    ];
  }

  private sha() {
    this.commits += 1;
    return `${this.commits}`.padStart(40, '0');
  }

  private branchAt(ref: string): Branch | undefined {
    return (
      this.branches.get(ref) ??
      [...this.branches.values()].find(b => b.sha === ref)
    );
  }

  private async handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const path = url.pathname.replace(/^\/api\/v4\//, '');
    const segments = path.split('/').map(decodeURIComponent);
    const body =
      request.method === 'GET' || request.method === 'DELETE'
        ? undefined
        : await request.json();
    this.requests.push({
      method: request.method,
      path,
      query: Object.fromEntries(url.searchParams),
      body,
      token:
        request.headers.get('private-token') ??
        request.headers.get('authorization'),
    });
    const decoded = segments.join('/');
    const failure = this.failures.find(
      f => f.method === request.method && f.path.test(decoded),
    );
    if (failure) {
      return HttpResponse.json(
        { message: failure.message },
        { status: failure.status },
      );
    }
    const [root, project, ...rest] = segments;
    if (root !== 'projects' || project !== this.project) {
      return HttpResponse.json(
        { message: '404 Project Not Found' },
        { status: 404 },
      );
    }
    return this.route(request.method, rest, url.searchParams, body);
  }

  private route(
    method: string,
    rest: string[],
    query: URLSearchParams,
    body: any,
  ): Response {
    const notFound = (what: string) =>
      HttpResponse.json({ message: `404 ${what} Not Found` }, { status: 404 });
    const [a, b, c, d] = rest;
    if (!a && method === 'GET') {
      return HttpResponse.json({
        id: 7,
        path_with_namespace: this.project,
        default_branch: this.defaultBranch,
      });
    }
    if (a === 'repository' && b === 'branches') {
      if (method === 'GET' && c) {
        const branch = this.branches.get(c);
        if (!branch) return notFound('Branch');
        return HttpResponse.json({
          name: c,
          commit: { id: branch.sha, title: branch.title },
          web_url: `${this.baseUrl}/${this.project}/-/tree/${c}`,
        });
      }
      if (method === 'POST') {
        if (this.branches.has(body.branch)) {
          return HttpResponse.json(
            { message: 'Branch already exists' },
            { status: 400 },
          );
        }
        const from = this.branchAt(body.ref);
        if (!from) return notFound('Reference');
        this.branches.set(body.branch, {
          ...from,
          files: new Map(from.files),
        });
        return HttpResponse.json(
          { name: body.branch, commit: { id: from.sha, title: from.title } },
          { status: 201 },
        );
      }
      if (method === 'DELETE' && c) {
        if (!this.branches.delete(c)) return notFound('Branch');
        return new HttpResponse(null, { status: 204 });
      }
    }
    if (
      a === 'repository' &&
      b === 'files' &&
      d === 'raw' &&
      method === 'GET'
    ) {
      const content = this.branchAt(query.get('ref') ?? '')?.files.get(c);
      if (content === undefined) return notFound('File');
      return new HttpResponse(content, {
        headers: { 'content-type': 'text/plain; charset=utf-8' },
      });
    }
    if (a === 'repository' && b === 'commits' && method === 'POST') {
      return this.commit(body);
    }
    if (a === 'merge_requests' && method === 'GET') {
      return HttpResponse.json(
        this.mergeRequests.filter(
          mr =>
            (!query.get('source_branch') ||
              mr.source_branch === query.get('source_branch')) &&
            (!query.get('state') || mr.state === query.get('state')),
        ),
      );
    }
    if (a === 'merge_requests' && method === 'POST') {
      const duplicate = this.mergeRequests.find(
        mr => mr.source_branch === body.source_branch && mr.state === 'opened',
      );
      if (duplicate) {
        return HttpResponse.json(
          {
            message: [
              `Another open merge request already exists for this source branch: !${duplicate.iid}`,
            ],
          },
          { status: 409 },
        );
      }
      const iid = this.mergeRequests.length + 1;
      const mr: FakeMergeRequest = {
        iid,
        title: body.title,
        description: body.description,
        source_branch: body.source_branch,
        target_branch: body.target_branch,
        labels: String(body.labels ?? '')
          .split(',')
          .filter(Boolean),
        remove_source_branch: body.remove_source_branch,
        state: 'opened',
        web_url: `${this.baseUrl}/${this.project}/-/merge_requests/${iid}`,
      };
      this.mergeRequests.push(mr);
      return HttpResponse.json(mr, { status: 201 });
    }
    return HttpResponse.json(
      { message: `fake GitLab does not implement ${method} ${rest.join('/')}` },
      { status: 501 },
    );
  }

  private commit(body: any): Response {
    const branch = this.branches.get(body.branch);
    if (!branch) {
      return HttpResponse.json(
        {
          message: 'You can only create or edit files when you are on a branch',
        },
        { status: 400 },
      );
    }
    const files = new Map(branch.files);
    for (const action of body.actions) {
      const exists = files.has(action.file_path);
      if (action.action === 'create' && exists) {
        return HttpResponse.json(
          { message: 'A file with this name already exists' },
          { status: 400 },
        );
      }
      if (action.action === 'update' && !exists) {
        return HttpResponse.json(
          { message: "A file with this name doesn't exist" },
          { status: 400 },
        );
      }
      files.set(action.file_path, action.content);
    }
    const title = String(body.commit_message).split('\n')[0];
    Object.assign(branch, { sha: this.sha(), title, files });
    return HttpResponse.json(
      { id: branch.sha, title, message: body.commit_message },
      { status: 201 },
    );
  }
}
