import { RUNBOOK_POLICY_NAMES } from '@ami-governance/backstage-plugin-ami-governance-common';
import { Command } from 'commander';
import { withAwsOptions } from './awsOptions';
import { runApply } from './commands/apply';
import { planUsageExit, runPlan } from './commands/plan';
import {
  acceptBlockingOption,
  limitOptions,
  resolveToday,
  targetsOption,
  todayOption,
} from './options';
import { runAsync } from './runAsync';

/** Options both commands take when they make a plan. */
function withPlanning(cmd: Command): Command {
  withAwsOptions(cmd, RUNBOOK_POLICY_NAMES)
    .option(
      '--policies <dir>',
      'the committed documents (e.g. dist): refuse unless they are what the config generates',
    )
    .addOption(targetsOption())
    .option(
      '--readiness <file>',
      'readiness report: how many launches switching to enabled would block (docs/apply.md)',
    )
    .addOption(acceptBlockingOption())
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
        'apply a plan file (--plan), or plan and apply at once (--config); refuses what plan refuses',
      )
      .option('--plan <file>', 'a plan written by "plan --out"')
      .option(
        '--config <path>',
        'with --plan: the config the plan must have been made from; without: plan from it and apply',
      )
      .option('--out <file>', 'with --config: also write the plan it made'),
  ).action(opts =>
    runAsync(
      () => runApply({ ...opts, today: resolveToday(opts.today) }),
      setExitCode,
    ),
  );
}
