import { applyEdits, Node, parseTree } from 'jsonc-parser';
import { EXCEPTION_ENTRY_FIELD_ORDER } from './exceptionRequest';

// Writes one exception entry into the text of `ami_publishers.json` without re-serialising the rest
// of the file: key order, indentation, line endings and any hand formatting stay as they are, so the
// merge request's diff shows only the entry added or changed. jsonc-parser says where each value
// is; the text inserted is written here, since jsonc-parser's `modify` formats whole lines around
// an edit (an entry written on one line would be spread over several).

type JsonObject = Record<string, unknown>;

/** The value of the property named `key` of an object node, with where its key starts. */
export function propertyOf(object: Node, key: string) {
  const property = object.children?.find(p => p.children?.[0].value === key);
  return (
    property && { keyStart: property.offset, value: property.children![1] }
  );
}

export const endOf = (node: Node) => node.offset + node.length;

/** The whitespace that starts the line `pos` is on. */
function lineIndent(text: string, pos: number): string {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

/** True when only whitespace precedes `pos` on its line. */
function startsLine(text: string, pos: number): boolean {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  return text.slice(lineStart, pos).trim() === '';
}

function render(
  value: unknown,
  style: { unit: string; indent: string; eol: string; inline?: boolean },
): string {
  if (style.inline && value && typeof value === 'object') {
    const entries = Object.entries(value as JsonObject).map(
      ([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`,
    );
    return `{ ${entries.join(', ')} }`;
  }
  return JSON.stringify(value, null, style.unit)
    .split('\n')
    .join(style.eol + style.indent);
}

/**
 * `entry`'s fields in the order `model` (an entry already in the file) uses; fields the model lacks
 * go right after the field that precedes them in {@link EXCEPTION_ENTRY_FIELD_ORDER}.
 */
export function orderLike(entry: JsonObject, model?: JsonObject): JsonObject {
  const order: string[] = Object.keys(model ?? {}).filter(k => k in entry);
  for (const key of Object.keys(entry)) {
    if (order.includes(key)) continue;
    const canonical = EXCEPTION_ENTRY_FIELD_ORDER as readonly string[];
    if (!canonical.includes(key)) {
      order.push(key);
      continue;
    }
    const predecessors = canonical.slice(0, canonical.indexOf(key));
    const after = order.reduce(
      (found, k, i) => (predecessors.includes(k) ? i : found),
      -1,
    );
    order.splice(after + 1, 0, key);
  }
  return Object.fromEntries(order.map(k => [k, entry[k]]));
}

/**
 * The extended entry: the file's entry with the plan's values, in the file's key order. Fields the
 * plan dropped (an approval that no longer applies) go; fields this product does not know stay.
 */
export function mergeEntry(
  existing: JsonObject,
  entry: JsonObject,
): JsonObject {
  const known = EXCEPTION_ENTRY_FIELD_ORDER as readonly string[];
  const kept = Object.fromEntries(
    Object.entries(existing)
      .filter(([k]) => k in entry || !known.includes(k))
      .map(([k, v]) => [k, k in entry ? entry[k] : v]),
  );
  return orderLike({ ...kept, ...entry }, existing);
}

/** The config text with an exception entry written in. @public */
export interface ConfigTextEdit {
  /** The new file content. */
  text: string;
  /** What `JSON.parse(text)` gives: the original document with the entry written. */
  document: Record<string, unknown>;
}

/**
 * Writes `entry` at `exception_accounts[index]` of the JSON document in `text`: replaces the entry
 * there (an extension) or appends it when `index` is the list's length (a new exception).
 * @public
 */
export function writeExceptionEntry(
  text: string,
  index: number,
  entry: Record<string, unknown>,
): ConfigTextEdit {
  const document = JSON.parse(text) as JsonObject;
  const root = parseTree(text);
  if (root?.type !== 'object')
    throw new Error('the config is not a JSON object');
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const unit = /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
  const list = (document.exception_accounts ?? []) as JsonObject[];
  const prop = propertyOf(root, 'exception_accounts');

  let edited: { offset: number; length: number; content: string };
  let written: JsonObject;
  if (!prop) {
    written = orderLike(entry);
    const keys = root.children!.map(p => p.children![0].value as string);
    const after =
      propertyOf(root, 'vendor_publisher_accounts') ??
      propertyOf(root, keys[keys.length - 1])!;
    const indent = lineIndent(text, after.keyStart);
    const value = render([written], { unit, indent, eol });
    edited = {
      offset: endOf(after.value),
      length: 0,
      content: `,${eol}${indent}"exception_accounts": ${value}`,
    };
  } else if (prop.value.type !== 'array') {
    throw new Error('exception_accounts is not a list');
  } else if (index < (prop.value.children ?? []).length) {
    const node = prop.value.children![index];
    written = mergeEntry(list[index], entry);
    const inline = !text.slice(node.offset, endOf(node)).includes('\n');
    edited = {
      offset: node.offset,
      length: node.length,
      content: render(written, {
        unit,
        indent: lineIndent(text, node.offset),
        eol,
        inline,
      }),
    };
  } else {
    const items = prop.value.children ?? [];
    written = orderLike(entry, list[0]);
    const last = items[items.length - 1];
    if (last) {
      const indent = startsLine(text, last.offset)
        ? lineIndent(text, last.offset)
        : lineIndent(text, prop.keyStart) + unit;
      edited = {
        offset: endOf(last),
        length: 0,
        content: `,${eol}${indent}${render(written, { unit, indent, eol })}`,
      };
    } else {
      const outer = lineIndent(text, prop.keyStart);
      const indent = outer + unit;
      edited = {
        offset: prop.value.offset,
        length: prop.value.length,
        content: `[${eol}${indent}${render(written, {
          unit,
          indent,
          eol,
        })}${eol}${outer}]`,
      };
    }
  }

  const result = applyEdits(text, [edited]);
  const expected = {
    ...document,
    exception_accounts: Object.assign([...list], { [index]: written }),
  };
  // Belt and braces: the edited text must mean exactly the document intended.
  const reread = JSON.parse(result);
  if (
    JSON.stringify(reread) !==
    JSON.stringify(prop ? expected : { ...reread, ...expected })
  ) {
    throw new Error('editing the config text changed more than the entry');
  }
  return { text: result, document: reread };
}
