import {
  exception,
  exceptionRequestOf as request,
  rawConfig,
  TODAY,
} from '../__fixtures__/configs';
import { planExceptionChange } from '../exceptionRequests/exceptionRequestChange';
import { previewExceptionChange } from '../exceptionRequests/exceptionRequestPreview';
import { removeExceptionEntries } from './lapsedExceptions';
import { validateConfig } from './validateConfig';

const text = (raw: unknown) => `${JSON.stringify(raw, null, 2)}\n`;

// As of TODAY (2026-11-23): two other teams' exceptions lapsed, one active, one expiring today.
const LAPSED_ML = exception('222233334444', '2026-10-15', {
  approval_date: '2026-08-01',
  requested_by: 'ml-team',
  ticket: 'CLOUD-1301',
});
const ACTIVE = exception('777788889999', '2027-01-31', {
  approval_date: '2026-11-09',
});
const LAPSED_DATA = exception('333344445555', '2026-11-22', {
  approval_date: '2026-09-01',
  requested_by: 'data-team',
  ticket: 'CLOUD-1320',
});
const LAST_DAY = exception('555566667777', TODAY, {
  approval_date: '2026-10-01',
});
const CONFIG = text(
  rawConfig({ exception_accounts: [LAPSED_ML, ACTIVE, LAPSED_DATA, LAST_DAY] }),
);

const codes = (findings: { code: string }[]) => findings.map(f => f.code);

describe('planExceptionChange removes other accounts’ lapsed exceptions', () => {
  it('takes them out of the config, lists them apart, and leaves a config that validates', () => {
    // The premise: the file as it is fails validation, whoever's request it is.
    expect(codes(validateConfig(CONFIG, { today: TODAY }).findings)).toEqual([
      'exception-expired',
      'exception-expired',
      'exception-expiring',
    ]);

    const change = planExceptionChange(CONFIG, request(), TODAY);
    if (!change.ok) throw new Error(JSON.stringify(change.findings));
    expect(change.lapsedRemoved).toEqual([LAPSED_ML, LAPSED_DATA]);
    expect(
      JSON.parse(change.configText).exception_accounts.map(
        (e: { account_id: string }) => e.account_id,
      ),
    ).toEqual(['777788889999', '555566667777', '999900001111']);

    const after = validateConfig(change.configText, { today: TODAY });
    expect(after.findings.filter(f => f.severity === 'error')).toEqual([]);
    // An exception on its last day is still active: it stays, and its warning is still reported.
    expect(codes(change.remaining)).toEqual(['exception-expiring']);
    // Lapsed exceptions were already out of the allowlist: the request's own is the only change.
    expect(
      change.allowlistAfter.filter(p => !change.allowlistBefore.includes(p)),
    ).toEqual(['999900001111']);
    expect(
      change.allowlistBefore.filter(p => !change.allowlistAfter.includes(p)),
    ).toEqual([]);
  });

  it('renews the requested account’s own lapsed exception instead of removing it', () => {
    const change = planExceptionChange(
      CONFIG,
      request({ accountId: '222233334444', expiresOn: '2027-01-31' }),
      TODAY,
    );
    if (!change.ok) throw new Error(JSON.stringify(change.findings));
    expect(change.plan.kind).toBe('extension');
    expect(change.plan.previous).toEqual(LAPSED_ML);
    expect(change.lapsedRemoved).toEqual([LAPSED_DATA]);
    const written = JSON.parse(change.configText).exception_accounts;
    expect(written[0]).toMatchObject({
      account_id: '222233334444',
      expires_on: '2027-01-31',
    });
    expect(written).toHaveLength(3);
  });

  it('does not take an error already in the file for a new one when the removal shifts its position', () => {
    // The active exception after the lapsed one runs longer than its type allows: an error the file
    // already had, at exception_accounts[1] before the removal and [0] after it.
    const tooLong = { ...ACTIVE, expires_on: '2027-06-01' };
    const config = text(
      rawConfig({ exception_accounts: [LAPSED_ML, tooLong] }),
    );
    const change = planExceptionChange(config, request(), TODAY);
    expect(change).toMatchObject({ ok: true });
    expect(change.ok && change.remaining).toEqual([
      expect.objectContaining({
        code: 'exception-duration-exceeded',
        path: 'exception_accounts[0].expires_on',
      }),
    ]);
  });

  it('shows the housekeeping in the preview', () => {
    const shown = previewExceptionChange(
      planExceptionChange(CONFIG, request(), TODAY),
      TODAY,
    );
    expect(shown.ok && shown.lapsedRemoved.map(e => e.account_id)).toEqual([
      '222233334444',
      '333344445555',
    ]);
    expect(shown.ok && codes(shown.remaining)).toEqual(['exception-expiring']);
  });

  it('changes nothing when nothing lapsed', () => {
    const config = text(rawConfig({ exception_accounts: [ACTIVE] }));
    const change = planExceptionChange(config, request(), TODAY);
    expect(change.ok && change.lapsedRemoved).toEqual([]);
  });
});

describe('removeExceptionEntries', () => {
  const entry = (id: string) =>
    `{ "account_id": "${id}", "expires_on": "2026-01-01" }`;
  const file = (items: string[], eol = '\n') =>
    [
      '{',
      '    "ops_publisher_account": { "account_id": "123456738923" },',
      '    "exception_accounts": [',
      ...items.map(
        (item, i) => `        ${item}${i < items.length - 1 ? ',' : ''}`,
      ),
      '    ],',
      '    "metadata": { "version": "1.0" }',
      '}',
      '',
    ].join(eol);
  const [a, b, c] = ['111111111111', '222222222222', '333333333333'].map(entry);

  it.each([
    ['the first', [0], [b, c]],
    ['a middle one', [1], [a, c]],
    ['the last', [2], [a, b]],
    ['the first and the last', [2, 0], [b]],
  ])('removes %s and writes the rest as it was', (_, indices, kept) => {
    expect(removeExceptionEntries(file([a, b, c]), indices)).toBe(file(kept));
  });

  it('keeps Windows line endings', () => {
    expect(removeExceptionEntries(file([a, b], '\r\n'), [0])).toBe(
      file([b], '\r\n'),
    );
  });

  it('leaves an empty list when every entry goes', () => {
    const result = removeExceptionEntries(file([a, b]), [0, 1]);
    expect(JSON.parse(result).exception_accounts).toEqual([]);
    expect(result).toContain('    "exception_accounts": [],\n    "metadata"');
  });

  it('returns the text unchanged when there is nothing to remove', () => {
    expect(removeExceptionEntries('{ }', [])).toBe('{ }');
  });
});
