// Exit codes. 0: success, warnings allowed. 1: findings with errors. 2: wrong usage (bad flag, unreadable file).
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** A mistake in how the command was called; the message says what to change. */
export class UsageError extends Error {}
