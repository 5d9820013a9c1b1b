import { Command } from 'commander';
import { checkExpiry } from './config/checkExpiry';
import { generate } from './config/generate';
import {
  concurrencyOption,
  runSnapshot,
  SNAPSHOT_POLICY_NAMES,
} from './organization/snapshot';
import { validate } from './config/validate';
import { cliVersion } from './version';
import { withAwsOptions, withWorkloadOptions } from './organization/awsOptions';
import { addPlanCommands } from './planApply/planCommands';
import { addImpactCommand } from './workloads/impact';
import {
  limitOptions,
  modeOption,
  resolveToday,
  todayOption,
  warnDaysOption,
} from './lib/options';

/** Each action stores its exit code here; commander only parses. */
export function buildProgram(setExitCode: (code: number) => void): Command {
  const program = new Command('ami-governance')
    .description(
      'Generate, validate and check the AMI publisher allowlist policies from config/ami_publishers.json.',
    )
    .version(
      cliVersion(),
      '-V, --version',
      'print the version of ami-governance',
    )
    .showHelpAfterError('(run with --help for usage)');

  const withCommon = (cmd: Command) =>
    cmd
      .requiredOption('--config <path>', 'path of ami_publishers.json')
      .addOption(todayOption())
      .option('--json', 'print one JSON object instead of text', false);

  const gen = withCommon(
    program
      .command('generate')
      .description(
        'write declarative-policy-ec2.json and scp-ami-guardrail.json',
      ),
  )
    .requiredOption('--out <dir>', 'folder to write the two policy files into')
    .addOption(modeOption());
  limitOptions().forEach(o => gen.addOption(o));
  gen.action(opts =>
    setExitCode(generate({ ...opts, today: resolveToday(opts.today) })),
  );

  const val = withCommon(
    program
      .command('validate')
      .description('check the config against every rule; exit 1 on errors'),
  )
    .addOption(modeOption())
    .option(
      '--policies <dir>',
      'also check that the policy files in this folder match the config',
    )
    .option(
      '--previous <path>',
      'the config before this change (e.g. from the target branch): warn about what the change does',
    );
  limitOptions().forEach(o => val.addOption(o));
  val.action(opts =>
    setExitCode(validate({ ...opts, today: resolveToday(opts.today) })),
  );

  withCommon(
    program
      .command('check-expiry')
      .description(
        'list expiring and expired exceptions; exit 1 if any has expired',
      ),
  )
    .addOption(warnDaysOption())
    .action(opts =>
      setExitCode(checkExpiry({ ...opts, today: resolveToday(opts.today) })),
    );

  withWorkloadOptions(
    withAwsOptions(
      program
        .command('snapshot')
        .description(
          'collect the organization snapshot from AWS Organizations (with --workloads, also what each member account runs); exit 1 if it is partial',
        )
        .requiredOption('--out <file>', 'where to write the snapshot JSON'),
      SNAPSHOT_POLICY_NAMES,
    ).addOption(concurrencyOption()),
  ).action(opts => runSnapshot(opts, setExitCode));

  addPlanCommands(program, setExitCode);
  addImpactCommand(program, setExitCode);

  return program;
}
