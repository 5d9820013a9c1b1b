import { createHash } from 'node:crypto';
import { serializeAnswer } from './serializedOnce';

/**
 * What an answer says, without when this replica happened to read its inputs: `readAt` (its last read
 * of the config) and `configError.occurredAt` (when its read failed). Replicas read on their own
 * schedules, so these differ between replicas that serve the very same data.
 */
function meaningOf(answer: unknown): unknown {
  if (typeof answer !== 'object' || answer === null || Array.isArray(answer))
    return answer;
  const {
    readAt: _readAt,
    configError,
    ...rest
  } = answer as Record<string, unknown>;
  if (typeof configError !== 'object' || configError === null)
    return { ...rest, configError };
  const { occurredAt: _occurredAt, ...error } = configError as Record<
    string,
    unknown
  >;
  return { ...rest, configError: error };
}

/**
 * The ETag of a read answer: a hash of what it means, the same on every replica for the same data, so
 * a conditional request behind a load balancer is answered 304 by whichever replica gets it. A 304
 * then keeps the client's copy, whose `readAt` may be older than this replica's: that is all it hides.
 */
export function answerEtag(answer: unknown): string {
  return etagOf(serializeAnswer(meaningOf(answer)));
}

function etagOf(meaning: string): string {
  const hash = createHash('sha256').update(meaning).digest('base64url');
  return `"${hash.slice(0, 27)}"`;
}

/**
 * An answer's JSON and its ETag, serializing it once when it can: the body is what it means with
 * `readAt` put back first (JSON objects are unordered). With a config error, whose `occurredAt` sits
 * inside, it is serialized twice.
 */
export function serializeWithEtag(answer: unknown): {
  body: string;
  etag: string;
} {
  const meaning = meaningOf(answer);
  const meaningJson = serializeAnswer(meaning);
  const { readAt, configError } = (answer ?? {}) as Record<string, unknown>;
  const once =
    meaning !== answer &&
    (configError === null || configError === undefined) &&
    meaningJson.startsWith('{');
  if (!once)
    return { body: serializeAnswer(answer), etag: etagOf(meaningJson) };
  const rest = meaningJson.slice(1);
  const body =
    readAt === undefined
      ? meaningJson
      : `{"readAt":${JSON.stringify(readAt)}${rest === '}' ? '' : ','}${rest}`;
  return { body, etag: etagOf(meaningJson) };
}
