import {
  mergeEntry,
  orderLike,
  writeExceptionEntry,
} from './exceptionRequestText';

const entry = {
  account_id: '999900001111',
  expires_on: '2027-01-31',
  reason: 'Moving the batch fleet to golden images',
  ticket: 'CLOUD-1400',
};

const doc = (exceptions: string) =>
  `{\n  "ops_publisher_account": { "account_id": "123456738923" },\n  "exception_accounts": ${exceptions},\n  "metadata": { "version": "1.0" }\n}\n`;

describe('writeExceptionEntry', () => {
  it('fills an empty list, indented like the file', () => {
    const { text } = writeExceptionEntry(doc('[]'), 0, entry);
    expect(text).toBe(
      doc(`[
    {
      "account_id": "999900001111",
      "expires_on": "2027-01-31",
      "reason": "Moving the batch fleet to golden images",
      "ticket": "CLOUD-1400"
    }
  ]`),
    );
  });

  it('adds the list after the vendors when the file has none', () => {
    const original = `{\n  "ops_publisher_account": { "account_id": "123456738923" },\n  "vendor_publisher_accounts": [],\n  "metadata": {}\n}\n`;
    const { text, document } = writeExceptionEntry(original, 0, entry);
    expect(Object.keys(document)).toEqual([
      'ops_publisher_account',
      'vendor_publisher_accounts',
      'exception_accounts',
      'metadata',
    ]);
    // Only additions: every line of the original is still there.
    expect(original.split('\n').filter(l => !text.includes(l))).toEqual([]);
    expect(text).toContain(
      '  "vendor_publisher_accounts": [],\n  "exception_accounts": [\n    {\n      "account_id": "999900001111",',
    );
  });

  it('keeps four-space indentation and CRLF line endings', () => {
    const original =
      '{\r\n    "exception_accounts": [\r\n        {\r\n            "account_id": "777788889999",\r\n            "expires_on": "2027-01-31",\r\n            "reason": "Migration"\r\n        }\r\n    ]\r\n}\r\n';
    const { text } = writeExceptionEntry(original, 1, entry);
    expect(text).toBe(
      '{\r\n    "exception_accounts": [\r\n        {\r\n            "account_id": "777788889999",\r\n            "expires_on": "2027-01-31",\r\n            "reason": "Migration"\r\n        },\r\n        {\r\n            "account_id": "999900001111",\r\n            "expires_on": "2027-01-31",\r\n            "reason": "Moving the batch fleet to golden images",\r\n            "ticket": "CLOUD-1400"\r\n        }\r\n    ]\r\n}\r\n',
    );
  });

  it('orders a new entry like the entries already there', () => {
    const original = doc(
      '[\n    { "ticket": "CLOUD-1", "account_id": "777788889999", "reason": "Migration", "expires_on": "2027-01-31" }\n  ]',
    );
    const { document } = writeExceptionEntry(original, 1, entry);
    expect(Object.keys((document.exception_accounts as object[])[1])).toEqual([
      'ticket',
      'account_id',
      'reason',
      'expires_on',
    ]);
  });

  it('rewrites only the extended entry, keeping an inline entry inline and unknown fields', () => {
    const original = doc(
      '[\n    { "account_id": "777788889999", "expires_on": "2027-01-31", "reason": "Migration", "cost_center": "cc-42", "approval_date": "2026-11-01" },\n    { "account_id": "222233334444", "expires_on": "2026-12-20", "reason": "POC" }\n  ]',
    );
    const { text } = writeExceptionEntry(original, 0, {
      account_id: '777788889999',
      expires_on: '2027-02-15',
      reason: 'Migration',
      requested_on: '2026-11-23',
    });
    expect(text).toBe(
      original.replace(
        '    { "account_id": "777788889999", "expires_on": "2027-01-31", "reason": "Migration", "cost_center": "cc-42", "approval_date": "2026-11-01" },',
        '    { "account_id": "777788889999", "expires_on": "2027-02-15", "reason": "Migration", "requested_on": "2026-11-23", "cost_center": "cc-42" },',
      ),
    );
  });

  it('refuses a file whose exception_accounts is not a list', () => {
    expect(() => writeExceptionEntry(doc('{}'), 0, entry)).toThrow(
      'exception_accounts is not a list',
    );
  });
});

describe('orderLike and mergeEntry', () => {
  it('places fields the model lacks after their canonical predecessor', () => {
    expect(
      Object.keys(
        orderLike(
          {
            account_id: 'a',
            expires_on: 'b',
            requested_on: 'c',
            notes: 'd',
            ticket: 'e',
          },
          { account_id: 1, ticket: 1, expires_on: 1, notes: 1 },
        ),
      ),
    ).toEqual(['account_id', 'ticket', 'expires_on', 'requested_on', 'notes']);
  });

  it('drops known fields the new entry no longer has', () => {
    expect(
      mergeEntry(
        { account_id: 'a', approved_by: 'x', approval_date: 'y', extra: 1 },
        { account_id: 'a', requested_on: 'z' },
      ),
    ).toEqual({ account_id: 'a', requested_on: 'z', extra: 1 });
  });
});

describe('writeExceptionEntry with other layouts', () => {
  it('appends to a list written on one line without touching it, indented with tabs', () => {
    const original =
      '{\n\t"exception_accounts": [{ "account_id": "777788889999", "expires_on": "2027-01-31", "reason": "Migration" }],\n\t"metadata": {}\n}\n';
    const { text, document } = writeExceptionEntry(original, 1, entry);
    expect((document.exception_accounts as object[])[1]).toEqual(entry);
    expect(text).toContain(
      '{ "account_id": "777788889999", "expires_on": "2027-01-31", "reason": "Migration" }',
    );
    expect(text).toContain('\n\t\t\t"ticket": "CLOUD-1400"\n');
    expect(text).not.toMatch(/^ +"/m);
  });
});
