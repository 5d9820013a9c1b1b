import { printParseErrorCode, visit } from 'jsonc-parser';

// Strict JSON parsing whose errors say where (line and column, from 1) and what, in the same words
// on every JavaScript engine: `JSON.parse` decides whether the text is JSON, and `jsonc-parser` (run
// strict: no comments, no trailing commas) locates the first problem, since engines word and place
// their errors differently (Node 20 gives only a character offset).

/** @public */
export type JsonTextResult =
  | { ok: true; value: unknown }
  | { ok: false; line?: number; column?: number; problem: string };

type Container = '{' | '[';

const CLOSE: Record<Container, string> = { '{': '}', '[': ']' };

type ErrorName = ReturnType<typeof printParseErrorCode>;

function describe(
  code: ErrorName,
  text: string,
  offset: number,
  container: Container | undefined,
): string {
  const before = text.slice(0, offset).trimEnd().slice(-1);
  const at = text.charAt(offset);
  if (before === ',' && (at === '}' || at === ']')) {
    return `a trailing comma before '${at}': remove the comma after the last ${
      at === '}' ? 'property' : 'item'
    }`;
  }
  const close = container ? CLOSE[container] : '}';
  if (
    container === '{' &&
    (before === '{' || before === ',') &&
    (code === 'ValueExpected' || code === 'PropertyNameExpected')
  ) {
    return 'expected a property name in double quotes';
  }
  switch (code) {
    case 'CommaExpected':
      return container === '['
        ? "expected a comma or ']' after a list item"
        : `expected a comma or '${close}' after a property`;
    case 'ColonExpected':
      return "expected ':' after a property name";
    case 'PropertyNameExpected':
      return 'expected a property name in double quotes';
    case 'ValueExpected':
      return offset >= text.trimEnd().length
        ? `the file ends early: a value or '${close}' is missing`
        : 'expected a value (a string in double quotes, a number, true, false, null, an object or a list)';
    case 'CloseBraceExpected':
      return "the file ends before the closing '}'";
    case 'CloseBracketExpected':
      return "expected ']' to close the list";
    case 'EndOfFileExpected':
      return `unexpected text after the end of the document (one '${close}' too many?)`;
    case 'InvalidCommentToken':
    case 'UnexpectedEndOfComment':
      return 'JSON has no comments: remove the comment (a note can go in a "notes" or "description" field)';
    case 'UnexpectedEndOfString':
      return 'a string is not closed on its line (close the quote; a line break inside a string is not allowed)';
    case 'InvalidEscapeCharacter':
    case 'InvalidUnicode':
      return 'an invalid escape sequence in a string (write a backslash as \\\\)';
    case 'InvalidNumberFormat':
      return 'a malformed number';
    default:
      return 'unexpected characters (single quotes or an unquoted word?)';
  }
}

/** The first syntax error of `text` as jsonc-parser sees it, or undefined when it sees none. */
function locateFirstError(text: string) {
  const open: Container[] = [];
  let first:
    | { code: ErrorName; offset: number; line: number; column: number }
    | undefined;
  let container: Container | undefined;
  visit(
    text,
    {
      onObjectBegin: () => {
        open.push('{');
      },
      onObjectEnd: () => {
        open.pop();
      },
      onArrayBegin: () => {
        open.push('[');
      },
      onArrayEnd: () => {
        open.pop();
      },
      onError: (code, offset, _length, startLine, startCharacter) => {
        if (first) return;
        first = {
          code: printParseErrorCode(code),
          offset,
          line: startLine + 1,
          column: startCharacter + 1,
        };
        container = open[open.length - 1];
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  return first && { ...first, container };
}

/**
 * Parses JSON text (a leading byte-order mark, as some Windows editors save, is ignored). On failure
 * says where and what, e.g. `line 7, column 3` and `expected a comma or '}' after a property`.
 * @public
 */
export function parseJsonText(input: string): JsonTextResult {
  const text = input.replace(/^\uFEFF/, '');
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    if (!text.trim()) return { ok: false, problem: 'the file is empty' };
    const found = locateFirstError(text);
    if (!found) return { ok: false, problem: (e as Error).message };
    return {
      ok: false,
      line: found.line,
      column: found.column,
      problem: describe(found.code, text, found.offset, found.container),
    };
  }
}

/** `what is not valid JSON at line 7, column 3: <problem>` (without a position when there is none). @public */
export function describeJsonError(
  what: string,
  error: Extract<JsonTextResult, { ok: false }>,
): string {
  const where =
    error.line === undefined
      ? ''
      : ` at line ${error.line}, column ${error.column}`;
  return `${what} is not valid JSON${where}: ${error.problem}`;
}
