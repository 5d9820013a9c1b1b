import { describeJsonError, parseJsonText } from '../config/jsonText';

/** Parses policy content that must be a JSON object; the error says which document, where and why. @public */
export function parseJsonObject(
  content: string | object,
  what: string,
): { ok: true; value: Record<string, unknown> } | { ok: false; error: string } {
  let value: unknown = content;
  if (typeof content === 'string') {
    const decoded = parseJsonText(content);
    if (!decoded.ok)
      return { ok: false, error: describeJsonError(what, decoded) };
    value = decoded.value;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, error: `${what} must be a JSON object` };
  }
  return { ok: true, value: value as Record<string, unknown> };
}

/** A value that may be one item or a list, as IAM policy fields are. */
export function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** The value as an object's keys, or undefined when it is not a plain object. @public */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
