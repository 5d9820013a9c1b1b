import { stringifyError } from '@backstage/errors';
import { CommanderError } from 'commander';
import {
  EXIT_FINDINGS,
  EXIT_OK,
  EXIT_USAGE,
  UsageError,
} from './lib/exitCodes';
import { buildProgram } from './program';
import { printable } from './lib/terminalText';

/** Runs the CLI on `argv` (without node and script) and resolves to its exit code. */
export function main(argv: string[]): number {
  let exitCode = EXIT_OK;
  const program = buildProgram(code => {
    exitCode = code;
  });
  program.exitOverride();
  program.commands.forEach(c => c.exitOverride());
  try {
    program.parse(argv, { from: 'user' });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version are successes; every other commander error is a usage mistake, which exits
      // 1 under plan's --detailed-exitcode (where 2 means "changes").
      if (e.exitCode === 0) return EXIT_OK;
      return argv.includes('--detailed-exitcode') ? EXIT_FINDINGS : EXIT_USAGE;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`ami-governance: ${printable(e.message)}\n`);
      return EXIT_USAGE;
    }
    process.stderr.write(
      `ami-governance: unexpected failure: ${printable(stringifyError(e))}\n`,
    );
    return EXIT_FINDINGS;
  }
}
