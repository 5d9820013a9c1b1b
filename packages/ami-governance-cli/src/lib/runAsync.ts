import { messageOf } from './errorMessage';
import { EXIT_FINDINGS, EXIT_USAGE, UsageError } from './exitCodes';
import { printable } from './terminalText';

/**
 * The CLI's `main` returns its code synchronously while an AWS command takes seconds to minutes: the
 * code is set on `process.exitCode` once the task ends, after `main` has returned. A usage mistake
 * found on the way exits with `usageExitCode` (1 under `--detailed-exitcode`, where 2 means changes);
 * any other failure prints its message, never a stack trace, and exits 1.
 */
export function runAsync(
  task: () => Promise<number>,
  setExitCode: (code: number) => void,
  usageExitCode: number = EXIT_USAGE,
): Promise<void> {
  const done = (code: number) => {
    setExitCode(code);
    process.exitCode = code;
  };
  return task().then(done, e => {
    process.stderr.write(`ami-governance: ${printable(messageOf(e))}\n`);
    done(e instanceof UsageError ? usageExitCode : EXIT_FINDINGS);
  });
}
