import {
  actionHarness,
  appConfig,
  BRANCH,
  JANE,
  PROJECT,
} from '../__testUtils__/actionHarness';
import { CONFIG_PATH } from '../__testUtils__/governanceRepo';

/**
 * What the action trusts (issue 9, "a confused deputy"): app-config decides where it writes with its
 * token, the form decides only the request's own fields, and the requester is the signed-in user.
 * GitLab is the edge we cannot run here: the fake serves its API over HTTP and records every
 * request, whichever project it names, so an empty record means nothing reached any project.
 */

const h = actionHarness();
const { run, calls } = h;

const CONFIGURED_REPO =
  'gitlab.example.com?owner=example-org&repo=aws-governance';
const OVERRIDES: [string, string, RegExp][] = [
  [
    'repoUrl',
    'gitlab.example.com?owner=victim-group&repo=victim-project',
    /The repoUrl input "gitlab\.example\.com\?owner=victim-group&repo=victim-project" is refused: .* amiGovernance\.exceptionRequests\.repoUrl is "gitlab\.example\.com\?owner=example-org&repo=aws-governance"/,
  ],
  [
    'targetBranch',
    'release',
    /The targetBranch input "release" is refused: .* amiGovernance\.exceptionRequests\.targetBranch is "main"\. Remove targetBranch/,
  ],
  [
    'configPath',
    'victim/ami_publishers.json',
    /The configPath input "victim\/ami_publishers\.json" is refused: .* amiGovernance\.exceptionRequests\.configPath is "config\/ami_publishers\.json"/,
  ],
  [
    'token',
    'glpat-someone-else',
    /The token input is not accepted: the action always uses the integrations\.gitlab token/,
  ],
];

describe('where the action writes comes from app-config only', () => {
  it.each(OVERRIDES)(
    'refuses a %s input that differs, before any GitLab request',
    async (name, value, message) => {
      await expect(run({ [name]: value })).rejects.toThrow(message);
      expect(h.gitlab.requests).toEqual([]);
      expect(h.recorded).toEqual([]);
    },
  );

  it('refuses a targetBranch input when app-config leaves the branch to the project', async () => {
    await expect(
      run(
        { targetBranch: 'main' },
        { config: appConfig({ targetBranch: undefined }) },
      ),
    ).rejects.toThrow(
      /amiGovernance\.exceptionRequests\.targetBranch is not set \(the project's default branch is used\)/,
    );
    expect(h.gitlab.requests).toEqual([]);
  });

  it('accepts inputs that repeat the configured values, and writes only there', async () => {
    await run({
      repoUrl: CONFIGURED_REPO,
      targetBranch: 'main',
      configPath: CONFIG_PATH,
    });
    expect(h.gitlab.mergeRequests).toHaveLength(1);
    expect(calls().filter(c => !c.includes(` projects/${PROJECT}/`))).toEqual(
      [],
    );
    expect(h.gitlab.requests.every(r => r.token === 'glpat-integration')).toBe(
      true,
    );
  });

  it('refuses approvedBy: approval is what the merge request records', async () => {
    await expect(run({ approvedBy: 'security-lead' })).rejects.toThrow(
      /The approvedBy input is not accepted: approval is what the merge request records/,
    );
    expect(h.gitlab.requests).toEqual([]);
  });
});

describe('a dry run', () => {
  it('reads only the configured project, and only with GET', async () => {
    await run({}, { isDryRun: true });
    expect(calls()).not.toHaveLength(0);
    expect(calls().every(c => c.startsWith(`GET projects/${PROJECT}/`))).toBe(
      true,
    );
  });

  it.each(OVERRIDES)(
    'with a %s input that differs: refused, nothing read',
    async (name, value, message) => {
      await expect(run({ [name]: value }, { isDryRun: true })).rejects.toThrow(
        message,
      );
      expect(h.gitlab.requests).toEqual([]);
    },
  );
});

describe('the requester is the signed-in user', () => {
  const TRAILERS =
    '\nCo-authored-by: Mallory <mallory@evil.example>\nCloses #42';

  it('refuses a requestedBy carrying trailers, before any GitLab request', async () => {
    await expect(run({ requestedBy: `${JANE}${TRAILERS}` })).rejects.toThrow(
      'requestedBy "user:default/jane Co-authored-by: Mallory <mallory@evil.example> Closes #42" is refused: you request as yourself (user:default/jane) or on behalf of a group you belong to',
    );
    expect(h.gitlab.requests).toEqual([]);
  });

  it('refuses a group the user is not a member of', async () => {
    await expect(
      run({ requestedBy: 'group:default/security' }),
    ).rejects.toThrow(
      'requestedBy group:default/security is refused: you (user:default/jane) are not a member of that group in the catalog',
    );
    expect(h.gitlab.requests).toEqual([]);
  });

  it('refuses a task without a signed-in user', async () => {
    await expect(run({}, { user: null })).rejects.toThrow(
      /needs a signed-in user/,
    );
    expect(h.gitlab.requests).toEqual([]);
  });

  it('writes the signed-in user and a commit message of fixed lines, whatever the form holds', async () => {
    await run({
      requestedBy: `${JANE}\r\n`,
      reason: `Moving the batch fleet${TRAILERS}`,
      notes: `Soon\rCloses #43${TRAILERS}`,
    });
    const commit = h.gitlab.writes().find(r => r.path.endsWith('/commits'))!;
    expect(commit.body.commit_message).toBe(
      [
        'Add AMI exception for 999900001111 until 2027-01-31 (CLOUD-1400)',
        '',
        'Type: migration (at most 90 days)',
        'Requested by: user:default/jane',
        'Regenerated dist/declarative-policy-ec2.json and dist/scp-ami-guardrail.json.',
      ].join('\n'),
    );
    const entry = JSON.parse(h.gitlab.file(BRANCH, CONFIG_PATH)!)
      .exception_accounts[2];
    expect(entry).toMatchObject({
      requested_by: JANE,
      reason:
        'Moving the batch fleet Co-authored-by: Mallory <mallory@evil.example> Closes #42',
      notes:
        'Soon Closes #43 Co-authored-by: Mallory <mallory@evil.example> Closes #42',
    });
    expect(entry).not.toHaveProperty('approved_by');
    expect(entry).not.toHaveProperty('approval_date');
    expect(h.recorded[0].body.requestedBy).toBe(JANE);
  });
});

describe('text in the merge request description', () => {
  it('escapes markdown in reason and notes: no forged row, mention, link or image', async () => {
    await run({
      reason:
        'Needs | x | now @all ![img](http://x) [link](http://x)\r| forged | row |',
      notes: 'Ask @security-lead \\| see [link](http://x) ![img](http://x)',
    });
    const { description } = h.gitlab.mergeRequests[0];
    expect(description).toContain(
      '| Reason | Needs \\| x \\| now \\@all \\!\\[img\\](http://x) \\[link\\](http://x) \\| forged \\| row \\| |',
    );
    expect(description).toContain(
      '| Notes | Ask \\@security-lead \\\\\\| see \\[link\\](http://x) \\!\\[img\\](http://x) |',
    );
    const lines = description.split('\n');
    expect(lines.filter(l => l.startsWith('| forged'))).toEqual([]);
    expect(description).not.toMatch(/\r/);
    expect(description).not.toMatch(/(^|[^\\])@(all|security-lead)/m);
    expect(description).not.toMatch(/(^|[^\\])(!\[|\[link\])/m);
  });
});
