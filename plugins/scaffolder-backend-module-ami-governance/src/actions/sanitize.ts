/**
 * Control characters: C0 and C1 controls and DEL (line breaks, a lone `\r`, tabs, NUL, escape
 * sequences), the Unicode line and paragraph separators, and the bidirectional formatting
 * characters that make text display in another order than it is stored.
 */
const CONTROL = /[\p{Cc}\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * `text` as one line: each control character becomes a space, runs of white space become one
 * space, and the ends are trimmed. Every value the action takes from a form goes through this, so
 * no field can add a line to a commit message, a table row to a description or a hidden character
 * to the config.
 */
export function singleLine(text: string): string {
  return text.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
}
