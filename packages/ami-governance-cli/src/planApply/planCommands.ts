import { RUNBOOK_POLICY_NAMES } from '@ami-governance/backstage-plugin-ami-governance-common';
import { Command } from 'commander';
import { withAwsOptions } from '../organization/awsOptions';
import { runApply } from './apply';
import { planUsageExit, runPlan } from './plan';
import {
  acceptBlockingOption,
  acceptUncollectedOption,
  limitOptions,
  resolveToday,
  targetsOption,
  todayOption,
} from '../lib/options';
import { runAsync } from '../lib/runAsync';

/** Options both commands take when they make a plan. */
function withPlanning(cmd: Command): Command {
  withAwsOptions(cmd, RUNBOOK_POLICY_NAMES)
    .option(
      '--policies <dir>',
      'the committed documents: refuse unless they are what the config generates (default: dist, where it exists)',
    )
    .option(
      '--no-policies',
      'do not compare with committed documents (the scheduled run after an exception lapsed)',
    )
    .addOption(targetsOption())
    .option(
      '--readiness <file>',
      'readiness report: how many launches switching to enabled would block (docs/apply.md)',
    )
    .addOption(acceptBlockingOption())
    .addOption(acceptUncollectedOption())
    .addOption(todayOption())
    .option('--json', 'print one JSON object instead of text', false);
  limitOptions().forEach(o => cmd.addOption(o));
  return cmd;
}

/** `plan` and `apply`: the two commands that bring AWS Organizations to what the config generates. */
export function addPlanCommands(
  program: Command,
  setExitCode: (code: number) => void,
): void {
  withPlanning(
    program
      .command('plan')
      .description(
        'read AWS Organizations and print what apply would do; exit 1 if apply would refuse',
      )
      .requiredOption('--config <path>', 'path of ami_publishers.json')
      .option('--out <file>', 'write the plan as JSON, for apply --plan')
      .option(
        '--detailed-exitcode',
        'exit 0 when there is nothing to do, 2 when there are changes, 1 on errors',
        false,
      ),
  ).action(opts =>
    runAsync(
      () => runPlan({ ...opts, today: resolveToday(opts.today) }),
      setExitCode,
      planUsageExit(opts.detailedExitcode),
    ),
  );

  withPlanning(
    program
      .command('apply')
      .description(
        'apply what the config generates; with --plan, only when re-deriving the plan (same options) gives that file',
      )
      .option(
        '--plan <file>',
        'a plan written by "plan --out": compared, never executed',
      )
      .option(
        '--config <path>',
        'path of ami_publishers.json (required): apply always re-derives the plan from it',
      )
      .option('--out <file>', 'without --plan: also write the plan it made'),
  ).action(opts =>
    runAsync(
      () => runApply({ ...opts, today: resolveToday(opts.today) }),
      setExitCode,
    ),
  );
}
