import { isError } from '@backstage/errors';

/** What readers are told when the database fails: never its host, port or SQL (those go to the log). */
export const DATABASE_UNREACHABLE =
  'The AMI governance database is unreachable or too slow to answer';

// Socket errors of a refused, reset or unresolvable connection.
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * Whether an error says the database could not be reached or could not serve: a refused or broken
 * connection, a call that did not answer in time, PostgreSQL's connection, resource and shutdown classes (08, 53,
 * 57P), or SQLite's busy, locked and I/O errors.
 */
export function isDatabaseFailure(error: unknown): boolean {
  if (!isError(error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (CONNECTION_CODES.has(code) || /^(08|53|57P)/.test(code)) return true;
    if (/^SQLITE_(BUSY|LOCKED|IOERR|CANTOPEN|FULL)/.test(code)) return true;
  }
  return (
    // knex's pool timeout, and withTimeout's bound on a database call.
    error.name === 'KnexTimeoutError' ||
    error.name === 'TimeoutError' ||
    /Connection terminated|Timeout acquiring a connection/i.test(error.message)
  );
}
