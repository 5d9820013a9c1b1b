import { InputError } from '@backstage/errors';
import { formatJsonPath } from '@ami-governance/backstage-plugin-ami-governance-common';

// Finding control characters is what these expressions are for.
/* eslint-disable no-control-regex */
/** C0 controls and DEL. PostgreSQL cannot store NUL; no name, ID or state AWS returns holds any. */
const CONTROL = /[\u0000-\u001f\u007f]/;
const CONTROL_ALL = /[\u0000-\u001f\u007f]/g;
/** The same, less tab, line feed and carriage return. */
const CONTROL_BUT_LAYOUT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/* eslint-enable no-control-regex */

/**
 * Fields of multi-line text, which may hold tabs and line breaks (never other controls): policy
 * documents as AWS returns them (often pretty-printed) and AWS's error messages.
 */
const MULTILINE_FIELDS = new Set([
  'content',
  'effectiveDeclarativePolicy',
  'effectivePolicyError',
  'message',
]);

type Visit = { value: unknown; key?: PropertyKey; parent?: Visit };

const codePoint = (c: string) =>
  `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** A key as an error may print it: its control characters spelled as code points. */
const printable = (key: PropertyKey) =>
  typeof key === 'string' ? key.replace(CONTROL_ALL, codePoint) : key;

function pathOf(visit: Visit): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let v: Visit | undefined = visit; v?.parent; v = v.parent)
    path.unshift(printable(v.key!));
  return path;
}

/**
 * Refuses (400) the first text of `value`, key or string, in document order, that holds a control
 * character, naming its JSON path and the character, never echoing the text. Walks with its own stack,
 * so no nesting depth overflows it; linear in the size of `value`.
 */
export function refuseControlCharacters(value: unknown): void {
  const stack: Visit[] = [{ value }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const v = visit.value;
    if (typeof v === 'string') {
      const allowed =
        typeof visit.key === 'string' && MULTILINE_FIELDS.has(visit.key);
      const found = (allowed ? CONTROL_BUT_LAYOUT : CONTROL).exec(v);
      if (found)
        throw new InputError(
          `${formatJsonPath(
            pathOf(visit),
          )} holds the control character ${codePoint(found[0])} at position ${
            found.index
          }: remove control characters from the collector's output (only policy documents and error messages may hold tabs and line breaks)`,
        );
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--)
        stack.push({ value: v[i], key: i, parent: visit });
    } else if (v !== null && typeof v === 'object') {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i];
        const child: Visit = {
          value: (v as Record<string, unknown>)[key],
          key,
          parent: visit,
        };
        if (CONTROL.test(key))
          throw new InputError(
            `${formatJsonPath(
              pathOf(child),
            )}: a key holds a control character: remove it from the collector's output`,
          );
        stack.push(child);
      }
    }
  }
}
