import { cell } from './mergeRequestText';

describe('cell', () => {
  it.each([
    ['| x |', '\\| x \\|'],
    ['a \\| b', 'a \\\\\\| b'],
    ['one\rtwo\n| forged | row |', 'one two \\| forged \\| row \\|'],
    ['@all and @jane', '\\@all and \\@jane'],
    ['![img](http://x)', '\\!\\[img\\](http://x)'],
    ['[link](http://x)', '\\[link\\](http://x)'],
    ['<img src=x onerror=y>', '\\<img src=x onerror=y\\>'],
    ['#42 !7 ~bug %v1 $5 &3', '\\#42 \\!7 \\~bug \\%v1 \\$5 \\&3'],
    ['*bold* _em_ `code` {+x+}', '\\*bold\\* \\_em\\_ \\`code\\` \\{+x+\\}'],
    ['user:default/jane (CLOUD-1400)', 'user:default/jane (CLOUD-1400)'],
  ])('%j → %j', (text, expected) => {
    expect(cell(text)).toBe(expected);
  });
});
