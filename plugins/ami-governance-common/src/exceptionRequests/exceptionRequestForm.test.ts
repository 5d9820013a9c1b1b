import { exceptionRequestFromForm, singleLine } from './exceptionRequestForm';

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

describe('exceptionRequestFromForm image names', () => {
  const form = {
    accountId: '999900001111',
    exceptionType: 'migration',
    expiresOn: '2027-01-31',
    reason: 'Moving the batch fleet to golden images',
    ticket: 'CLOUD-1400',
  };
  it.each([
    [
      [' legacy-batch-* ', '', 'etl\n-*'],
      ['legacy-batch-*', 'etl -*'],
    ],
    ['legacy-*', ['legacy-*']],
    [['', '  '], undefined],
    [undefined, undefined],
  ])('%j → %j', (imageNames, expected) => {
    expect(
      exceptionRequestFromForm(
        { ...form, imageNames: imageNames as any },
        'user:default/jane',
      ).imageNames,
    ).toEqual(expected);
  });
});
