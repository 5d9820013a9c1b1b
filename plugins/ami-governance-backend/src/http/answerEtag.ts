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
  const hash = createHash('sha256')
    .update(serializeAnswer(meaningOf(answer)))
    .digest('base64url');
  return `"${hash.slice(0, 27)}"`;
}
