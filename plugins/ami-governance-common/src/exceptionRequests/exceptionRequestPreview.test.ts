import {
  exception,
  exceptionRequestOf as request,
  rawConfig,
  TODAY,
} from '../__fixtures__/configs';
import type { ExceptionRequest } from './exceptionRequest';
import { planExceptionChange } from './exceptionRequestChange';
import { previewExceptionChange } from './exceptionRequestPreview';

const text = (raw: unknown) => `${JSON.stringify(raw, null, 2)}\n`;
const CONFIG = text(
  rawConfig({
    exception_accounts: [
      exception('777788889999', '2027-01-31', { approval_date: '2026-11-09' }),
    ],
  }),
);

const preview = (r: ExceptionRequest, config = CONFIG) =>
  previewExceptionChange(planExceptionChange(config, r, TODAY), TODAY);

describe('planExceptionChange and previewExceptionChange', () => {
  it('shows the merge request a new exception opens', () => {
    const change = planExceptionChange(CONFIG, request(), TODAY);
    expect(change.ok).toBe(true);
    if (!change.ok) return;
    expect(JSON.parse(change.configText).exception_accounts).toHaveLength(2);
    expect(change.configText.startsWith(CONFIG.slice(0, 200))).toBe(true);

    const shown = previewExceptionChange(change, TODAY);
    expect(shown).toMatchObject({
      ok: true,
      kind: 'new',
      accountId: '999900001111',
      typeTitle: 'Migration',
      expiresOn: '2027-01-31',
      durationDays: 69,
      maxDays: 90,
      capRule: 'a migration exception may run at most 90 days',
      approvers: ['security lead', 'cloud architect'],
      branchName: 'exception/CLOUD-1400-999900001111',
      title: 'AMI exception: 999900001111 until 2027-01-31 (CLOUD-1400)',
      allowlist: { before: 4, after: 5, added: ['999900001111'], removed: [] },
      enforcementMode: 'audit_mode',
      remaining: [],
    });
    if (!shown.ok) return;
    expect(shown.entry).toMatchObject({
      account_id: '999900001111',
      requested_by: 'user:default/jane',
      requested_on: TODAY,
    });
    expect(shown.policies.map(p => p.kind)).toEqual([
      'declarativePolicy',
      'scp',
    ]);
    for (const p of shown.policies) {
      expect(p.sizeAfter).toBeGreaterThan(p.sizeBefore!);
      expect(p.sizeAfter).toBeLessThan(p.maxSize);
    }
    expect(shown.effect[0]).toBe(
      'AMIs owned by 999900001111 become allowed: EC2 may launch them in every account the two policies govern, from the merge and deployment until 2027-01-31 (69 days from today).',
    );
    expect(shown.effect[2]).toMatch(/^The policies are in audit_mode/);
  });

  it('shows an extension: the allowlist keeps its size, the account stays allowed longer', () => {
    const shown = preview(
      request({ accountId: '777788889999', expiresOn: '2027-02-15' }),
    );
    expect(shown).toMatchObject({
      ok: true,
      kind: 'extension',
      previousExpiresOn: '2027-01-31',
      allowlist: { before: 4, after: 4, added: [], removed: [] },
      effect: [
        'AMIs owned by 777788889999 stay allowed until 2027-02-15 instead of 2027-01-31 (15 more days).',
        expect.any(String),
        expect.any(String),
      ],
    });
  });

  it('refuses at the stage that fails: the config, the request, the change', () => {
    expect(preview(request(), '{ "ops_publisher_account": ')).toMatchObject({
      ok: false,
      stage: 'config',
    });
    const refused = preview(request({ accountId: '123456738923' }));
    expect(refused).toMatchObject({ ok: false, stage: 'request' });
    expect(!refused.ok && refused.findings[0].message).toMatch(
      /is already the ops golden AMI publisher/,
    );
    const tooLong = preview(request({ expiresOn: '2027-06-11' }));
    expect(tooLong).toMatchObject({
      ok: false,
      stage: 'request',
      findings: [{ code: 'exception-duration-exceeded', path: 'expiresOn' }],
    });
  });

  it('says when enforcement is enabled', () => {
    const enabled = text(
      rawConfig({
        policy_config: {
          enforcement_mode: 'enabled',
          block_public_ami_sharing: true,
          deny_ami_creation_in_workloads: true,
        },
      }),
    );
    const shown = preview(request(), enabled);
    expect(shown.ok && shown.effect[2]).toMatch(/^Enforcement is enabled/);
  });

  it('narrows an exception to image names: the entry, the generated criterion and the words say so', () => {
    const change = planExceptionChange(
      CONFIG,
      request({ imageNames: ['legacy-batch-*', 'legacy-etl-??-*'] }),
      TODAY,
    );
    expect(change.ok).toBe(true);
    if (!change.ok) return;
    const written = JSON.parse(change.configText).exception_accounts[1];
    expect(written.image_names).toEqual(['legacy-batch-*', 'legacy-etl-??-*']);
    // The last key of the entry, after notes.
    expect(Object.keys(written).at(-1)).toBe('image_names');
    const shown = previewExceptionChange(change, TODAY);
    if (!shown.ok) throw new Error('refused');
    expect(shown.effect[0]).toMatch(
      /^AMIs owned by 999900001111 named legacy-batch-\* or legacy-etl-\?\?-\* become allowed/,
    );
    expect(shown.effect[1]).toContain(
      "the SCP's ec2:Owner condition cannot see them and lists the whole account 999900001111",
    );
    // The exception gets a criterion of its own in the declarative policy.
    const declarative = change.policiesAfter.find(
      p => p.kind === 'declarativePolicy',
    )!;
    const criteria = (declarative.document as any).ec2_attributes
      .allowed_images_settings.image_criteria;
    expect(criteria.criteria_2).toEqual({
      allowed_image_providers: { '@@assign': ['999900001111'] },
      image_names: { '@@assign': ['legacy-batch-*', 'legacy-etl-??-*'] },
    });
  });

  it('refuses image names AWS would refuse, naming the field and the fix', () => {
    const shown = preview(request({ imageNames: ['a?'] }));
    expect(shown).toMatchObject({
      ok: false,
      stage: 'request',
      findings: [
        {
          severity: 'error',
          path: 'imageNames',
          message: expect.stringContaining(
            'imageNames [0] must be at least 3 characters when it holds ?',
          ),
        },
      ],
    });
  });

  it('keeps the names an extension does not restate', () => {
    const narrowed = text(
      rawConfig({
        exception_accounts: [
          exception('777788889999', '2027-01-31', {
            approval_date: '2026-11-09',
            image_names: ['legacy-*'],
          }),
        ],
      }),
    );
    const change = planExceptionChange(
      narrowed,
      request({ accountId: '777788889999', expiresOn: '2027-02-05' }),
      TODAY,
    );
    if (!change.ok) throw new Error(JSON.stringify(change.findings));
    expect(
      JSON.parse(change.configText).exception_accounts[0].image_names,
    ).toEqual(['legacy-*']);
  });
});
