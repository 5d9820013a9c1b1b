/**
 * Text from AWS (instance and AMI names, tags, error messages) reaches CI logs and terminals through
 * this CLI. A name holding an ANSI escape could recolour, hide or rewrite what a reviewer reads, and a
 * carriage return or newline could forge a line of the plan. Every line printed passes through here.
 */

/** CSI (`ESC [ … final`), OSC (`ESC ] … BEL|ST`) and two-character escapes, as terminals read them. */
const ESCAPE_SEQUENCE =
  // eslint-disable-next-line no-control-regex
  /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])/g;
/** C0 and C1 controls but tab, and DEL; also the bare ESC and CSI an incomplete sequence leaves. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g;

/** One line as it may be printed: escape sequences removed, any other control shown as U+FFFD. */
export function printable(line: string): string {
  return line.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '\ufffd');
}
