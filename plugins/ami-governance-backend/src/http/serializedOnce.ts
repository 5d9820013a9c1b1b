const PREFIX = '\u0000serialized-once:';
/** A token as JSON.stringify writes it (U+0000 is escaped; no stored text holds one: it is refused). */
const TOKEN_IN_JSON = /"\\u0000serialized-once:\d+"/g;

/** The parts met by the serialization running now (serialization is synchronous). */
let meeting: Map<string, string> | undefined;
let counter = 0;

class SerializedPart {
  readonly token = `${PREFIX}${++counter}`;
  private text?: string;

  constructor(private readonly value: unknown) {}

  /** The value's JSON, written once. */
  json(): string {
    return (this.text ??= JSON.stringify(this.value));
  }

  toJSON() {
    meeting?.set(this.token, this.json());
    return this.token;
  }
}

const parts = new WeakMap<object, SerializedPart>();

/**
 * `value` as answers carry it when many answers share it (a readiness overview's coverage lists, 75 KB
 * at 5,000 accounts, on every page): serializeAnswer writes its JSON once, however many answers hold
 * it. Typed as the value for the answer's type; only serializeAnswer should read it.
 */
export function serializedOnce<T extends object>(value: T): T {
  let part = parts.get(value);
  if (!part) parts.set(value, (part = new SerializedPart(value)));
  return part as unknown as T;
}

/** JSON.stringify of an answer, with each part made by serializedOnce written from its kept JSON. */
export function serializeAnswer(answer: unknown): string {
  const met = new Map<string, string>();
  meeting = met;
  let text: string;
  try {
    text = JSON.stringify(answer) ?? '';
  } finally {
    meeting = undefined;
  }
  if (met.size === 0) return text;
  return text.replace(
    TOKEN_IN_JSON,
    token => met.get(JSON.parse(token)) ?? token,
  );
}
