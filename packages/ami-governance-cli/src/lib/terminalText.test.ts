import { printable } from './terminalText';

describe('printable', () => {
  it('removes escape sequences and shows other controls as U+FFFD', () => {
    expect(printable('ami-\u001b[31mred\u001b[0m')).toBe('ami-red');
    expect(printable('a\u001b]8;;https://evil.example\u0007link')).toBe(
      'alink',
    );
    expect(printable('a\u001b]0;title\u001b\\b')).toBe('ab');
    expect(printable('line\rforged\nnext\u0000\u009b')).toBe(
      'line\ufffdforged\ufffdnext\ufffd\ufffd',
    );
    expect(printable('tab\tand unicode ✓ äöü')).toBe('tab\tand unicode ✓ äöü');
  });
});
