import { singleLine } from './exceptionRequestForm';

describe('singleLine', () => {
  it.each([
    ['a\nb', 'a b'],
    ['a\r\nb', 'a b'],
    ['a\rb', 'a b'],
    ['a\tb\u0000c', 'a b c'],
    ['red \u001b[31mtext', 'red [31mtext'],
    ['a\u0085b\u2028c\u2029d', 'a b c d'],
    ['admin\u202egnp.exe', 'admin gnp.exe'],
    ['  spaced   out  ', 'spaced out'],
    ['user:default/jane', 'user:default/jane'],
  ])('%j → %j', (text, expected) => {
    expect(singleLine(text)).toBe(expected);
  });
});
