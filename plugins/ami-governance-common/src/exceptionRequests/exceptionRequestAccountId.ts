import { isAccountId } from '../lib/accounts';

/**
 * What the form says about an AWS account ID while it is typed, in plain language, with the rule the
 * action applies (`ACCOUNT_ID_PATTERN`: exactly 12 digits, kept as a string).
 * @public
 */
export function describeAccountIdInput(value: string): {
  ok: boolean;
  message?: string;
} {
  if (isAccountId(value)) return { ok: true };
  const trimmed = value.trim();
  if (!trimmed) {
    return {
      ok: false,
      message: 'Enter the 12-digit AWS account ID, leading zeros included.',
    };
  }
  const other = [...new Set(trimmed.replace(/\d/g, ''))].join('');
  if (other) {
    return {
      ok: false,
      message: `An AWS account ID has only digits: remove ${[...other]
        .map(c => (c === ' ' ? 'the spaces' : `"${c}"`))
        .join(', ')}.`,
    };
  }
  const n = trimmed.length;
  return {
    ok: false,
    message:
      n < 12
        ? `An AWS account ID has 12 digits; this has ${n}${
            n === 11 ? ': is a leading zero missing?' : '.'
          }`
        : `An AWS account ID has 12 digits; this has ${n}.`,
  };
}
