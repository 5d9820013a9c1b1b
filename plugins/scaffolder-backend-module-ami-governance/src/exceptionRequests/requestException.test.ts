import { validateConfig } from '@ami-governance/backstage-plugin-ami-governance-common';
import { ConfigReader } from '@backstage/config';
import {
  actionHarness,
  appConfig,
  BRANCH,
  JANE,
  PROJECT,
} from '../__testUtils__/actionHarness';
import { FakeGitlab } from '../__testUtils__/fakeGitlab';
import {
  CONFIG_PATH,
  CONFIG_TEXT,
  DECLARATIVE_PATH,
  lineDiff,
  policiesFor,
  repoFiles,
  SCP_PATH,
} from '../__testUtils__/governanceRepo';

const h = actionHarness();
const { run, calls } = h;

const NOT_SET_UP =
  "Your exception request was not sent because the portal's connection to the governance repository is not set up correctly; nothing was changed, so ask the portal's administrators to fix it, then submit the form again.";
const UNAVAILABLE =
  "Your exception request was not sent because GitLab did not answer; nothing was changed, so try again in a few minutes and ask the portal's administrators if it keeps failing.";

/** The config text with the new entry appended, as a person would have written it. */
const NEW_ENTRY_LINES = [
  '    },',
  '    {',
  '      "account_id": "999900001111",',
  '      "expires_on": "2027-01-31",',
  '      "reason": "Moving the batch fleet to golden images",',
  '      "exception_type": "migration",',
  '      "ticket": "CLOUD-1400",',
  '      "requested_by": "user:default/jane",',
  '      "requested_on": "2026-11-23",',
  '      "notes": "Needs the new base image first"',
];

describe('ami-governance:exception:request', () => {
  it('opens one merge request with the new entry and regenerated policies, and records it', async () => {
    const { outputs } = await run({ notes: 'Needs the new base image first' });
    const base = h.gitlab.branches.get('main')!.sha;

    expect(calls()).toEqual([
      `GET projects/${PROJECT}/repository/branches/main`,
      `GET projects/${PROJECT}/repository/files/config%2Fami_publishers.json/raw`,
      `GET projects/${PROJECT}/merge_requests`,
      `GET projects/${PROJECT}/repository/files/dist%2Fdeclarative-policy-ec2.json/raw`,
      `GET projects/${PROJECT}/repository/files/dist%2Fscp-ami-guardrail.json/raw`,
      `GET projects/${PROJECT}/repository/branches/exception%2FCLOUD-1400-999900001111`,
      `POST projects/${PROJECT}/repository/branches`,
      `POST projects/${PROJECT}/repository/commits`,
      `POST projects/${PROJECT}/merge_requests`,
    ]);
    expect(h.gitlab.requests.every(r => r.token === 'glpat-integration')).toBe(
      true,
    );
    // Everything is read from the commit the branch starts from.
    expect(h.gitlab.requests[1].query).toEqual({ ref: base });
    expect(h.gitlab.requests[2].query).toEqual({
      source_branch: BRANCH,
      state: 'opened',
    });

    const [createBranch, commit, createMr] = h.gitlab.writes();
    expect(createBranch.body).toEqual({ branch: BRANCH, ref: base });

    const configText = commit.body.actions[0].content;
    // Only added lines: the previous entry's closing brace gains a comma and the entry follows.
    expect(lineDiff(CONFIG_TEXT, configText)).toEqual({
      removed: [],
      added: NEW_ENTRY_LINES,
    });
    const policies = policiesFor(configText);
    expect(policies.allowlist).toEqual([
      '111122223333',
      '123456738923',
      '222233334444',
      '444455556666',
      '777788889999',
      '999900001111',
    ]);
    expect(commit.body).toEqual({
      branch: BRANCH,
      commit_message: [
        'Add AMI exception for 999900001111 until 2027-01-31 (CLOUD-1400)',
        '',
        'Type: migration (at most 90 days)',
        'Requested by: user:default/jane',
        `Regenerated ${DECLARATIVE_PATH} and ${SCP_PATH}.`,
      ].join('\n'),
      actions: [
        {
          action: 'update',
          file_path: CONFIG_PATH,
          content: configText,
          encoding: 'text',
        },
        {
          action: 'update',
          file_path: DECLARATIVE_PATH,
          content: policies.declarative,
          encoding: 'text',
        },
        {
          action: 'update',
          file_path: SCP_PATH,
          content: policies.scp,
          encoding: 'text',
        },
      ],
    });
    expect(policies.declarative).toContain('"999900001111"');
    expect(policies.scp).toContain('"999900001111"');

    expect(createMr.body).toEqual({
      source_branch: BRANCH,
      target_branch: 'main',
      title: 'AMI exception: 999900001111 until 2027-01-31 (CLOUD-1400)',
      description: expect.any(String),
      labels: 'ami-exception',
      remove_source_branch: true,
    });
    const description: string = createMr.body.description;
    for (const line of [
      '| Account | `999900001111` |',
      '| Change | New exception |',
      '| Type | Migration (`migration`), at most 90 days |',
      '| Expires on | 2027-01-31 (69 days from 2026-11-23, UTC) |',
      '| Ticket | CLOUD-1400 |',
      '| Reason | Moving the batch fleet to golden images |',
      '| Requested by | user:default/jane |',
      '| Approved by | not yet: the approvals of this merge request are the approval |',
      '| Notes | Needs the new base image first |',
      'A migration exception needs approval from **security lead** and **cloud architect** before this merge request is merged.',
      'Before: 5 providers. After: 6 providers.',
      '| `111122223333` | allowed | allowed |',
      '| `999900001111` | not allowed | allowed (added) |',
    ]) {
      expect(description).toContain(line);
    }
    const before = policiesFor(CONFIG_TEXT);
    const sizeOf = (text: string) =>
      JSON.stringify(JSON.parse(text)).length.toLocaleString('en-US');
    expect(description).toContain(
      `| EC2 declarative policy | \`${DECLARATIVE_PATH}\` | ${sizeOf(
        before.declarative,
      )} | ${sizeOf(policies.declarative)} | 10,000 |`,
    );
    expect(description).toContain(
      `| Service control policy | \`${SCP_PATH}\` | ${sizeOf(
        before.scp,
      )} | ${sizeOf(policies.scp)} | 10,240 |`,
    );

    expect(outputs).toEqual({
      mergeRequestUrl:
        'https://gitlab.example.com/example-org/aws-governance/-/merge_requests/1',
      mergeRequestIid: 1,
      branchName: BRANCH,
      expiresOn: '2027-01-31',
      allowlistSize: 6,
      nextSteps:
        'The migration exception for account `999900001111` until 2027-01-31 is in merge request [!1](https://gitlab.example.com/example-org/aws-governance/-/merge_requests/1) on branch `exception/CLOUD-1400-999900001111`. It needs the approval of the security lead and cloud architect; once merged and deployed, the allowlist holds 6 providers. The AMI Governance page lists the request as open until the merge request is merged or closed.',
    });

    expect(h.recorded).toEqual([
      {
        authorization: expect.stringMatching(/^Bearer .+/),
        body: {
          accountId: '999900001111',
          ticket: 'CLOUD-1400',
          exceptionType: 'migration',
          expiresOn: '2027-01-31',
          requestedBy: 'user:default/jane',
          mergeRequestUrl:
            'https://gitlab.example.com/example-org/aws-governance/-/merge_requests/1',
          mergeRequestIid: 1,
          projectId: 'example-org/aws-governance',
          host: 'gitlab.example.com',
          branchName: BRANCH,
          state: 'opened',
        },
      },
    ]);
    expect(h.recorded[0].authorization).toContain('ami-governance');
  });

  it('narrows a request to image names: the entry, its own criterion, the description say so', async () => {
    await run({ imageNames: ['legacy-batch-*'] });
    const entry = JSON.parse(
      h.gitlab.file(BRANCH, CONFIG_PATH)!,
    ).exception_accounts.at(-1);
    expect(entry).toMatchObject({
      account_id: '999900001111',
      image_names: ['legacy-batch-*'],
    });
    const declarative = JSON.parse(h.gitlab.file(BRANCH, DECLARATIVE_PATH)!);
    expect(
      Object.values<any>(
        declarative.ec2_attributes.allowed_images_settings.image_criteria,
      ).find(c => c.image_names),
    ).toEqual({
      allowed_image_providers: { '@@assign': ['999900001111'] },
      image_names: { '@@assign': ['legacy-batch-*'] },
    });
    // The SCP cannot see names: it lists the whole account.
    expect(h.gitlab.file(BRANCH, SCP_PATH)).toContain('999900001111');
    expect(h.gitlab.mergeRequests[0].description).toContain(
      '| Image names | legacy-batch-\\*: only AMIs of the account named so are allowed (the SCP lists the whole account) |',
    );
  });

  it('refuses image names AWS would refuse before talking to GitLab', async () => {
    await expect(run({ imageNames: ['bad#name'] })).rejects.toThrow(
      /imageNames \[0\] may hold only letters, digits, spaces/,
    );
    expect(calls()).toEqual([]);
  });

  it('creates policy files that do not exist on the target branch yet', async () => {
    h.gitlab.seed('main', { [CONFIG_PATH]: CONFIG_TEXT });
    await run();
    const commit = h.gitlab.writes().find(r => r.path.endsWith('/commits'))!;
    expect(
      commit.body.actions.map((a: any) => `${a.action} ${a.file_path}`),
    ).toEqual([
      `update ${CONFIG_PATH}`,
      `create ${DECLARATIVE_PATH}`,
      `create ${SCP_PATH}`,
    ]);
    expect(h.gitlab.file(BRANCH, SCP_PATH)).toContain('999900001111');
  });

  it('extends an active exception: only its changed lines differ, the extension is noted', async () => {
    const { outputs } = await run({
      accountId: '777788889999',
      expiresOn: '2027-02-15',
      ticket: 'CLOUD-1450',
      reason: 'Two more teams still on the legacy pipeline',
    });
    const branch = 'exception/CLOUD-1450-777788889999';
    const configText = h.gitlab.file(branch, CONFIG_PATH)!;
    expect(lineDiff(CONFIG_TEXT, configText)).toEqual({
      removed: [
        '      "expires_on": "2027-01-31",',
        '      "reason": "Migration from legacy image pipeline",',
        '      "exception_type": "migration",',
        '      "ticket": "CLOUD-1234",',
        '      "requested_by": "app-team-alpha",',
        '      "approved_by": "security-lead",',
        '      "approval_date": "2026-11-09",',
        '      "notes": "Moving to golden images by end of January"',
      ],
      added: [
        '      "expires_on": "2027-02-15",',
        '      "reason": "Two more teams still on the legacy pipeline",',
        '      "exception_type": "migration",',
        '      "ticket": "CLOUD-1450",',
        '      "requested_by": "user:default/jane",',
        '      "requested_on": "2026-11-23",',
        '      "notes": "Moving to golden images by end of January | Extended on 2026-11-23 from 2027-01-31 to 2027-02-15 (CLOUD-1450, requested by user:default/jane); previously ticket CLOUD-1234, approved by security-lead on 2026-11-09, reason: Migration from legacy image pipeline."',
      ],
    });
    const mr = h.gitlab.mergeRequests[0];
    expect(mr.title).toBe(
      'AMI exception: 777788889999 until 2027-02-15 (CLOUD-1450)',
    );
    expect(mr.description).toContain(
      '| Change | Extension of the exception expiring 2027-01-31 |',
    );
    expect(mr.description).toContain(
      'Before: 5 providers. After: 5 providers.',
    );
    expect(outputs).toMatchObject({ branchName: branch, allowlistSize: 5 });
    const commit = h.gitlab.writes().find(r => r.path.endsWith('/commits'))!;
    expect(commit.body.commit_message).toMatch(
      /^Extend AMI exception for 777788889999 until 2027-02-15 \(CLOUD-1450\)/,
    );
  });

  it('takes durationDays and a group the signed-in user belongs to, with the integration token', async () => {
    const { outputs } = await run(
      {
        expiresOn: undefined,
        durationDays: 30,
        exceptionType: 'emergency',
        requestedBy: 'group:default/payments',
      },
      {
        user: {
          ref: JANE,
          entity: {
            relations: [
              { type: 'memberOf', targetRef: 'group:default/payments' },
            ],
          },
        },
      },
    );
    expect(outputs.expiresOn).toBe('2026-12-23');
    expect(h.gitlab.requests.every(r => r.token === 'glpat-integration')).toBe(
      true,
    );
    const entry = JSON.parse(h.gitlab.file(BRANCH, CONFIG_PATH)!)
      .exception_accounts[2];
    expect(entry).toEqual({
      account_id: '999900001111',
      expires_on: '2026-12-23',
      reason: 'Moving the batch fleet to golden images',
      exception_type: 'emergency',
      ticket: 'CLOUD-1400',
      requested_by: 'group:default/payments',
      requested_on: '2026-11-23',
    });
    const { description } = h.gitlab.mergeRequests[0];
    expect(description).toContain(
      '| Requested by | user:default/jane on behalf of group:default/payments |',
    );
    expect(description).toContain(
      'approval from **security lead** and **VP engineering**',
    );
    expect(h.recorded[0].body.requestedBy).toBe('group:default/payments');
  });

  it('uses the project default branch when no target branch is configured', async () => {
    h.gitlab.defaultBranch = 'trunk';
    h.gitlab.seed('trunk', repoFiles());
    await run({}, { config: appConfig({ targetBranch: undefined }) });
    expect(calls()[0]).toBe(`GET projects/${PROJECT}`);
    expect(h.gitlab.mergeRequests[0].target_branch).toBe('trunk');
  });

  describe('refuses, writing nothing', () => {
    it.each([
      [
        'a malformed account ID',
        { accountId: '99990000111' },
        /accountId must be exactly 12 digits/,
      ],
      [
        'an expired date',
        { expiresOn: '2026-11-22' },
        /expiresOn 2026-11-22 is in the past \(today is 2026-11-23/,
      ],
      [
        'a date too far for its type',
        { exceptionType: 'vendor_poc', expiresOn: '2027-01-23' },
        /expiresOn: A vendor_poc exception may run at most 60 days; 2027-01-23 is 61 days from today .* Choose 2027-01-22 or earlier/,
      ],
      [
        'a duration too long for its type',
        { expiresOn: undefined, durationDays: 31, exceptionType: 'emergency' },
        /durationDays: An emergency exception may run at most 30 days/,
      ],
      [
        'branch-name injection in the ticket',
        { ticket: 'CLOUD-1;git push --force' },
        /ticket must be a ticket key such as CLOUD-1234/,
      ],
      [
        'a ticket that walks out of exception/',
        { ticket: '../../main' },
        /ticket must be a ticket key/,
      ],
      [
        'a short reason',
        { reason: 'needed' },
        /reason must say why .* at least 20 characters \(got 6\)/,
      ],
    ])('%s, before calling GitLab', async (_, input, message) => {
      await expect(run(input)).rejects.toThrow(message);
      expect(h.gitlab.requests).toEqual([]);
    });

    it.each([
      [
        'the ops publisher',
        '123456738923',
        /123456738923 is already the ops golden AMI publisher \(ops_publisher_account\)/,
      ],
      [
        'a vendor',
        '444455556666',
        /444455556666 is already the vendor publisher Terraform Enterprise \(vendor_publisher_accounts\[1\]\)/,
      ],
    ])('an account that is already %s', async (_, accountId, message) => {
      await expect(run({ accountId })).rejects.toThrow(message);
      expect(h.gitlab.writes()).toEqual([]);
    });

    it.each([
      ['../../etc/passwd.json', /must not contain "\." or "\.\." segments/],
      ['config/../../secrets.json', /must not contain/],
      ['/etc/ami_publishers.json', /is absolute/],
      ['config/ami_publishers.yaml', /must end with \.json/],
      ['config/%2e%2e/x.json', /may only contain/],
      ['config\\..\\x.json', /must not contain/],
    ])('a configured configPath %s', async (configPath, message) => {
      await expect(
        run({}, { config: appConfig({ configPath }) }),
      ).rejects.toThrow(message);
      expect(h.gitlab.requests).toEqual([]);
    });

    it('a config file that is not valid JSON: not sent, the detail in the log', async () => {
      h.gitlab.seed('main', { [CONFIG_PATH]: '{ "ops_publisher_account": ' });
      await expect(run()).rejects.toThrow(NOT_SET_UP);
      expect(h.logged('error')).toEqual([
        expect.stringMatching(
          /config\/ami_publishers\.json on main cannot be read as a governance config; fix it first:\n- \(root\): ami_publishers\.json is not valid JSON/,
        ),
      ]);
      expect(h.gitlab.writes()).toEqual([]);
    });

    it('a change that would push a policy over its size limit', async () => {
      // As many vendors as fit under the SCP limit: one more provider does not.
      const config = JSON.parse(CONFIG_TEXT);
      const withVendors = (n: number) =>
        JSON.stringify(
          {
            ...config,
            vendor_publisher_accounts: Array.from({ length: n }, (_, i) => ({
              account_id: String(100000000000 + i),
              vendor_name: `Vendor ${i}`,
            })),
          },
          null,
          2,
        );
      let n = 600;
      while (
        validateConfig(withVendors(n + 1), { today: '2026-11-23' }).generation
          ?.ok
      )
        n++;
      h.gitlab.seed('main', { [CONFIG_PATH]: withVendors(n) });
      await expect(run()).rejects.toThrow(
        /The change would break the governance rules:\n- declarative-policy-ec2\.json: The EC2 declarative policy would be [\d,]+ characters as sent to AWS, [\d,]+ over its 10,000-character limit/,
      );
      expect(h.gitlab.writes()).toEqual([]);
    });

    it('a configured repoUrl on a host without a GitLab integration, or none at all', async () => {
      await expect(
        run(
          {},
          { config: appConfig({ repoUrl: 'gitlab.other.com?owner=a&repo=b' }) },
        ),
      ).rejects.toThrow(NOT_SET_UP);
      expect(h.logged('error')).toEqual([
        expect.stringMatching(
          /No matching integration configuration for host gitlab\.other\.com/,
        ),
      ]);
      await expect(
        run({}, { config: appConfig({ repoUrl: undefined }) }),
      ).rejects.toThrow(/set amiGovernance\.exceptionRequests\.repoUrl/);
      expect(h.gitlab.requests).toEqual([]);
    });
  });

  describe('GitLab failures: one sentence for the requester, the detail in the log', () => {
    it.each([
      [
        401,
        NOT_SET_UP,
        /rejected the token while reading config\/ami_publishers\.json \(401 Unauthorized\)/,
      ],
      [
        404,
        NOT_SET_UP,
        /config\/ami_publishers\.json does not exist on main of example-org\/aws-governance on gitlab\.example\.com; check amiGovernance\.exceptionRequests\.configPath/,
      ],
      [
        500,
        UNAVAILABLE,
        /failed while reading config\/ami_publishers\.json \(500\)/,
      ],
    ])(
      '%i reading the config: not sent, no branch created',
      async (status, headline, detail) => {
        h.gitlab.failOn(
          'GET',
          /files\/config\/ami_publishers\.json\/raw$/,
          status,
        );
        await expect(run()).rejects.toThrow(headline);
        expect(h.logged('error')).toEqual([expect.stringMatching(detail)]);
        expect(h.gitlab.writes()).toEqual([]);
      },
    );

    it('no token for the host: not sent, and the administrator is told which setting', async () => {
      const config = appConfig();
      const noToken = new ConfigReader({
        ...config.get<object>(),
        integrations: {
          gitlab: [
            {
              host: 'gitlab.example.com',
              apiBaseUrl: 'https://gitlab.example.com/api/v4',
            },
          ],
        },
        amiGovernance: {
          exceptionRequests: {
            ...config.get<object>('amiGovernance.exceptionRequests'),
            contact: 'the cloud platform team (#cloud-platform)',
          },
        },
      });
      const failure = run({}, { config: noToken });
      await expect(failure).rejects.toThrow(
        "Your exception request was not sent because the portal's connection to the governance repository is not set up correctly; nothing was changed, so ask the cloud platform team (#cloud-platform) to fix it, then submit the form again.",
      );
      await expect(failure).rejects.toMatchObject({
        name: 'RequestNotSentError',
        stack: expect.not.stringContaining('    at '),
      });
      expect(h.logged('error')).toEqual([
        expect.stringMatching(
          /No GitLab token for gitlab\.example\.com: set integrations\.gitlab\[\]\.token/,
        ),
      ]);
      expect(h.gitlab.requests).toEqual([]);
    });

    const expectCleanedUp = () => {
      expect(h.gitlab.writes().map(r => `${r.method} ${r.path}`)).toContain(
        `DELETE projects/${PROJECT}/repository/branches/exception%2FCLOUD-1400-999900001111`,
      );
      expect(h.gitlab.branches.has(BRANCH)).toBe(false);
      expect(h.gitlab.mergeRequests).toEqual([]);
      expect(h.recorded).toEqual([]);
    };
    const CLEANED = `Branch ${BRANCH} was deleted: nothing was left behind.`;

    it.each([
      [
        'POST',
        /repository\/commits$/,
        401,
        NOT_SET_UP,
        /rejected the token while committing to exception\/CLOUD-1400-999900001111 \(401 Unauthorized\)/,
      ],
      [
        'POST',
        /repository\/commits$/,
        404,
        NOT_SET_UP,
        /found nothing while committing to .* \(404 Not Found\)/,
      ],
      [
        'POST',
        /repository\/commits$/,
        500,
        UNAVAILABLE,
        /failed while committing to .* \(500\): failed\. Try again later/,
      ],
      [
        'POST',
        /merge_requests$/,
        401,
        NOT_SET_UP,
        /rejected the token while opening the merge request \(401/,
      ],
      [
        'POST',
        /merge_requests$/,
        404,
        NOT_SET_UP,
        /found nothing while opening the merge request \(404/,
      ],
      [
        'POST',
        /merge_requests$/,
        500,
        UNAVAILABLE,
        /failed while opening the merge request \(500\)/,
      ],
    ])(
      '%s %s answering %i: not sent, the branch deleted, the detail in the log',
      async (method, path, status, headline, detail) => {
        h.gitlab.failOn(method, path, status);
        await expect(run()).rejects.toThrow(headline);
        expect(h.logged('error')).toEqual([expect.stringMatching(detail)]);
        expect(h.logged('error')[0]).toContain(CLEANED);
        expectCleanedUp();
      },
    );

    it.each([
      [
        'POST',
        /repository\/commits$/,
        /conflict while committing to .* \(409 Conflict\)/,
      ],
      [
        'POST',
        /merge_requests$/,
        /conflict while opening the merge request \(409 Conflict\)/,
      ],
    ])(
      '%s %s answering 409: the conflict is told to the requester, the branch deleted',
      async (method, path, message) => {
        h.gitlab.failOn(method, path, 409);
        const failure = run();
        await expect(failure).rejects.toThrow(message);
        await expect(failure).rejects.toThrow(CLEANED);
        expectCleanedUp();
      },
    );

    it('says so in the log when deleting the branch fails too', async () => {
      h.gitlab.failOn('POST', /merge_requests$/, 500);
      h.gitlab.failOn('DELETE', /repository\/branches\//, 500);
      await expect(run()).rejects.toThrow(UNAVAILABLE);
      expect(h.logged('error')).toEqual([
        expect.stringMatching(
          /Deleting branch exception\/CLOUD-1400-999900001111 failed too .* delete it in GitLab before trying again/,
        ),
      ]);
    });

    it('a 403 creating the branch names the missing permission in the log, and leaves nothing', async () => {
      h.gitlab.failOn('POST', /repository\/branches$/, 403, '403 Forbidden');
      await expect(run()).rejects.toThrow(NOT_SET_UP);
      expect(h.logged('error')).toEqual([
        expect.stringMatching(
          /refused creating branch .* \(403 Forbidden\).* needs the api scope and at least the Developer role/,
        ),
      ]);
      expect(h.gitlab.writes().map(r => r.method)).toEqual(['POST']);
      expect(h.gitlab.branches.has(BRANCH)).toBe(false);
    });
  });

  describe('idempotency', () => {
    it('returns the open merge request for the same request instead of opening another', async () => {
      await run();
      const writesBefore = h.gitlab.writes().length;
      const { outputs } = await run();
      expect(h.gitlab.writes()).toHaveLength(writesBefore);
      expect(h.gitlab.mergeRequests).toHaveLength(1);
      expect(outputs).toMatchObject({ mergeRequestIid: 1, branchName: BRANCH });
      // Recorded again: the backend answers the same request with its record.
      expect(h.recorded.map(r => r.body.mergeRequestIid)).toEqual([1, 1]);
    });

    it('refuses when the open merge request for the branch asks for something else', async () => {
      await run();
      const writesBefore = h.gitlab.writes().length;
      await expect(run({ expiresOn: '2027-01-15' })).rejects.toThrow(
        /merge_requests\/1 is already open from exception\/CLOUD-1400-999900001111 for a different request \("AMI exception: 999900001111 until 2027-01-31 \(CLOUD-1400\)"\)/,
      );
      expect(h.gitlab.writes()).toHaveLength(writesBefore);
    });

    it('refuses another request under the same title: the reason decides, not the title', async () => {
      await run();
      const writesBefore = h.gitlab.writes().length;
      await expect(
        run({ reason: 'A different reason, same ticket, account and date' }),
      ).rejects.toThrow(
        /merge_requests\/1 is already open from exception\/CLOUD-1400-999900001111 for a different request \("AMI exception: 999900001111 until 2027-01-31 \(CLOUD-1400\)"\): its exception for 999900001111 differs from this one/,
      );
      expect(h.gitlab.writes()).toHaveLength(writesBefore);
      expect(h.gitlab.file(BRANCH, CONFIG_PATH)).toContain(
        'Moving the batch fleet to golden images',
      );
    });

    it('two submissions of one request racing: one merge request, and never "not set up correctly"', async () => {
      const results = await Promise.allSettled([run(), run()]);
      expect(h.gitlab.mergeRequests).toHaveLength(1);
      expect(results.some(r => r.status === 'fulfilled')).toBe(true);
      for (const r of results.filter(
        (x): x is PromiseRejectedResult => x.status === 'rejected',
      )) {
        expect(r.reason.name).toBe('ConflictError');
        expect(r.reason.message).toMatch(
          /^Branch exception\/CLOUD-1400-999900001111 was created in example-org\/aws-governance by another submission for the same ticket and account at the same moment/,
        );
      }
    });

    it('does not repeat side effects already checkpointed by an earlier attempt', async () => {
      const checkpoints = new Map<string, unknown>();
      await run({}, { checkpoints });
      h.gitlab.mergeRequests[0].state = 'closed'; // not found as open any more
      const writesBefore = h.gitlab.writes().length;
      const { outputs } = await run({}, { checkpoints });
      expect(h.gitlab.writes()).toHaveLength(writesBefore);
      expect(outputs.mergeRequestIid).toBe(1);
      // One checkpoint per side effect.
      const project = 'gitlab.example.com.example-org/aws-governance';
      expect([...checkpoints.keys()]).toEqual([
        `ami-exception.branch.${project}.${BRANCH}`,
        `ami-exception.commit.${project}.${BRANCH}`,
        `ami-exception.merge-request.${project}.${BRANCH}`,
        `ami-exception.record.${project}.1`,
      ]);
    });

    it('resumes an attempt that committed but stopped before the merge request', async () => {
      const checkpoints = new Map<string, unknown>();
      h.gitlab.failOn('POST', /merge_requests$/, 500);
      h.gitlab.failOn('DELETE', /repository\/branches\//, 500);
      await expect(run({}, { checkpoints })).rejects.toThrow();
      const fresh = new FakeGitlab();
      fresh.branches.set('main', h.gitlab.branches.get('main')!);
      fresh.branches.set(BRANCH, h.gitlab.branches.get(BRANCH)!);
      h.useGitlab(fresh);
      await run({}, { checkpoints });
      expect(h.gitlab.writes().map(r => `${r.method} ${r.path}`)).toEqual([
        `POST projects/${PROJECT}/merge_requests`,
      ]);
    });

    it('on a retry, starts the branch again when the earlier attempt deleted it', async () => {
      const checkpoints = new Map<string, unknown>();
      h.gitlab.failOn('POST', /merge_requests$/, 500);
      await expect(run({}, { checkpoints })).rejects.toThrow(UNAVAILABLE);
      expect(h.gitlab.branches.has(BRANCH)).toBe(false);
      const fresh = new FakeGitlab();
      fresh.branches.set('main', h.gitlab.branches.get('main')!);
      h.useGitlab(fresh);
      const { outputs } = await run({}, { checkpoints });
      expect(h.gitlab.writes().map(r => `${r.method} ${r.path}`)).toEqual([
        `POST projects/${PROJECT}/repository/branches`,
        `POST projects/${PROJECT}/repository/commits`,
        `POST projects/${PROJECT}/merge_requests`,
      ]);
      expect(outputs.mergeRequestIid).toBe(1);
      expect(h.gitlab.file(BRANCH, CONFIG_PATH)).toContain('"999900001111"');
    });

    it('on a retry, leaves the branch an earlier attempt created when the merge request fails again', async () => {
      const checkpoints = new Map<string, unknown>();
      h.gitlab.failOn('POST', /merge_requests$/, 500);
      h.gitlab.failOn('DELETE', /repository\/branches\//, 500);
      await expect(run({}, { checkpoints })).rejects.toThrow();
      const fresh = new FakeGitlab();
      fresh.branches.set('main', h.gitlab.branches.get('main')!);
      fresh.branches.set(BRANCH, h.gitlab.branches.get(BRANCH)!);
      fresh.failOn('POST', /merge_requests$/, 500);
      h.useGitlab(fresh);
      await expect(run({}, { checkpoints })).rejects.toThrow(UNAVAILABLE);
      expect(h.gitlab.writes().map(r => `${r.method} ${r.path}`)).toEqual([
        `POST projects/${PROJECT}/merge_requests`,
      ]);
      expect(h.gitlab.branches.has(BRANCH)).toBe(true);
    });

    it('leaves alone a branch of the same name it did not create', async () => {
      h.gitlab.seed(BRANCH, { [CONFIG_PATH]: CONFIG_TEXT });
      await expect(run()).rejects.toThrow(
        /Branch exception\/CLOUD-1400-999900001111 already exists in example-org\/aws-governance with no open merge request/,
      );
      expect(h.gitlab.writes()).toEqual([]);
      expect(h.gitlab.branches.has(BRANCH)).toBe(true);
    });
  });

  it('on a dry run, validates and reports without any write call', async () => {
    const { outputs, logger } = await run({}, { isDryRun: true });
    // Only reads, and only of the configured project's target branch and config.
    expect(calls()).toEqual([
      `GET projects/${PROJECT}/repository/branches/main`,
      `GET projects/${PROJECT}/repository/files/config%2Fami_publishers.json/raw`,
    ]);
    expect(h.recorded).toEqual([]);
    expect(outputs).toEqual({
      mergeRequestUrl:
        'https://gitlab.example.com/example-org/aws-governance/-/merge_requests',
      branchName: BRANCH,
      expiresOn: '2027-01-31',
      allowlistSize: 6,
      nextSteps: expect.stringMatching(
        /^Dry run: the migration exception for account `999900001111` until 2027-01-31 was checked and nothing was written/,
      ),
    });
    expect(logger.info).toHaveBeenCalledWith(
      expect.stringContaining(
        `Dry run: would create branch ${BRANCH} from main, commit ${CONFIG_PATH}, ${DECLARATIVE_PATH}, ${SCP_PATH}`,
      ),
    );
  });

  it('only warns when the AMI governance backend cannot record the request', async () => {
    h.backendStatus = 500;
    const { outputs, logger } = await run();
    expect(outputs.mergeRequestIid).toBe(1);
    expect(h.recorded).toHaveLength(1);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringMatching(
        /merge_requests\/1 is open, but recording it in the AMI governance backend failed/,
      ),
    );
  });

  it('tells a conflict from the AMI governance backend as a conflict', async () => {
    h.backendStatus = 409;
    h.backendErrorName = 'ConflictError';
    h.backendMessage =
      'https://gitlab.example.com/example-org/aws-governance/-/merge_requests/1 is already recorded for another request (account 999900001111, ticket CLOUD-1400, until 2027-01-15): expiresOn is "2027-01-15" there, "2027-01-31" here.';
    const { outputs, logger } = await run();
    expect(outputs.mergeRequestIid).toBe(1);
    expect(logger.warn).toHaveBeenCalledWith(
      `Merge request https://gitlab.example.com/example-org/aws-governance/-/merge_requests/1 is open, but the AMI governance backend records another request under it (409 Conflict): ${h.backendMessage}`,
    );
  });

  it('accepts a request while the file already has an unrelated error, and tells the reviewers', async () => {
    // 777788889999's exception runs 142 days from its approval, over the migration cap of 90.
    const tooLong = CONFIG_TEXT.replace('"2027-01-31"', '"2027-03-31"');
    h.gitlab.seed('main', repoFiles(CONFIG_TEXT));
    h.gitlab.branches.get('main')!.files.set(CONFIG_PATH, tooLong);
    await run();
    expect(h.gitlab.mergeRequests[0].description).toMatch(
      /- error: .*777788889999.*142 days/,
    );
  });

  it('removes another team’s lapsed exception in the same change, listed apart for the reviewers', async () => {
    const lapsed = CONFIG_TEXT.replace('"2026-12-20"', '"2026-11-20"');
    h.gitlab.seed('main', repoFiles(CONFIG_TEXT));
    h.gitlab.branches.get('main')!.files.set(CONFIG_PATH, lapsed);
    await run();
    const { description } = h.gitlab.mergeRequests[0];
    expect(description).toContain('## Housekeeping: removed lapsed exceptions');
    expect(description).toContain(
      '| `222233334444` | 2026-11-20 | CLOUD-1301 | ml-team |',
    );
    // Nothing left to report: the lapse was the only problem of the file.
    expect(description).not.toContain('Still reported');
    const committed = JSON.parse(h.gitlab.file(BRANCH, CONFIG_PATH)!);
    expect(
      committed.exception_accounts.map(
        (e: { account_id: string }) => e.account_id,
      ),
    ).toEqual(['777788889999', '999900001111']);
  });
});
