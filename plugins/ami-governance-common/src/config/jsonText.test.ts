import { describeJsonError, parseJsonText } from './jsonText';

const failure = (text: string) => {
  const result = parseJsonText(text);
  if (result.ok) throw new Error('expected a failure');
  return result;
};

describe('parseJsonText', () => {
  it('parses JSON, ignoring a byte-order mark', () => {
    expect(parseJsonText('\uFEFF{"a": [1, "x"]}')).toEqual({
      ok: true,
      value: { a: [1, 'x'] },
    });
  });

  it('gives the line and column of a missing comma between properties', () => {
    const text = [
      '{',
      '  "ops_publisher_account": {',
      '    "account_id": "123456738923"',
      '  },',
      '  "policy_config": {',
      '    "enforcement_mode": "audit_mode"',
      '  }',
      '  "metadata": {}',
      '}',
    ].join('\n');
    expect(failure(text)).toEqual({
      ok: false,
      line: 8,
      column: 3,
      problem: "expected a comma or '}' after a property",
    });
  });

  it.each([
    ['[1\n 2]', 2, 2, "expected a comma or ']' after a list item"],
    ['{"a": 1,\n}', 2, 1, "a trailing comma before '}'"],
    ['[1, 2, ]', 1, 8, "a trailing comma before ']'"],
    ['{\n  // a note\n  "a": 1\n}', 2, 3, 'JSON has no comments'],
    ['{"a" 1}', 1, 6, "expected ':' after a property name"],
    ["{'a': 1}", 1, 2, 'unexpected characters'],
    ['{"a": 1}}', 1, 9, 'unexpected text after the end of the document'],
    ['{"a": "x\ny"}', 1, 7, 'a string is not closed on its line'],
    ['{"a":', 1, 6, 'the file ends early'],
  ])('locates %j at line %i, column %i', (text, line, column, problem) => {
    const result = failure(text);
    expect([result.line, result.column]).toEqual([line, column]);
    expect(result.problem).toContain(problem);
  });

  it('says an empty file is empty, without a position', () => {
    expect(failure(' \n')).toEqual({ ok: false, problem: 'the file is empty' });
  });
});

describe('describeJsonError', () => {
  it('names the file, the position and the problem', () => {
    expect(
      describeJsonError('ami_publishers.json', failure('{"a": 1 "b": 2}')),
    ).toBe(
      "ami_publishers.json is not valid JSON at line 1, column 9: expected a comma or '}' after a property",
    );
    expect(describeJsonError('x.json', failure(''))).toBe(
      'x.json is not valid JSON: the file is empty',
    );
  });
});
