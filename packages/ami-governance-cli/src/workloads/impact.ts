import {
  criteriaFromConfig,
  IsoDate,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { Command, Option } from 'commander';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../lib/exitCodes';
import { deployedBaseline, readWorkloadSnapshot } from './impactInput';
import { computeImpact } from './impactReport';
import { impactLines } from './impactText';
import { loadConfig } from '../config/loadConfig';
import { resolveToday, todayOption } from '../lib/options';
import { inFile, Output } from '../lib/output';

/** Workloads would lose the right to launch: distinct from 1 (errors) and 2 (usage), so CI can warn on it. */
const EXIT_WOULD_BLOCK = 3;

interface ImpactOpts {
  config: string;
  snapshot: string;
  on?: IsoDate;
  today: IsoDate;
  json: boolean;
}

/** `--on`: a calendar date, checked by the same parser as `--today`. */
const onOption = () =>
  new Option(
    '--on <YYYY-MM-DD>',
    "judge the config's allowlist as of this UTC date (default: today): exceptions that lapse before it no longer count",
  ).argParser(todayOption().parseArg!);

/**
 * What the config would block on `--on` compared with what the deployed declarative policy allows
 * today, on the workloads of a format-2 snapshot. Exit 0 when nothing is newly blocked, 3 when
 * something is, 1 when the config cannot be read, 2 on a usage mistake.
 */
function runImpact(opts: ImpactOpts): number {
  const on = opts.on ?? opts.today;
  if (on < opts.today)
    throw new UsageError(
      `--on ${on} is before today (${opts.today}): the impact of a change is judged from today on. Pass --on ${opts.today} or later.`,
    );
  const out = new Output(opts.json);
  const snapshot = readWorkloadSnapshot(opts.snapshot);
  const baseline = deployedBaseline(snapshot, opts.snapshot);
  const loaded = loadConfig(opts.config);
  const after = loaded.ok ? criteriaFromConfig(loaded.config, on) : undefined;
  if (!loaded.ok || !after) {
    const findings = loaded.ok ? [] : inFile(loaded.findings, opts.config);
    out.findings(findings);
    out.line(
      `No impact: ${opts.config} generates no declarative policy as of ${on} (run "ami-governance validate" for why).`,
    );
    out.flush({ ok: false, findings });
    return EXIT_FINDINGS;
  }
  const report = computeImpact({
    config: loaded.config,
    snapshot,
    baseline,
    after,
    on,
  });
  impactLines({
    configPath: opts.config,
    configMode: loaded.config.policy_config.enforcement_mode,
    snapshotPath: opts.snapshot,
    today: opts.today,
    on,
    snapshot,
    baseline,
    report,
  }).forEach(l => out.line(l));
  const wouldBlock =
    report.blocked.instances + report.blocked.launchTemplates > 0;
  out.flush({
    ok: !wouldBlock,
    today: opts.today,
    on,
    snapshot: {
      collectedAt: snapshot.collectedAt,
      accountsReported: snapshot.workloads.accounts.length,
    },
    baseline,
    ...report,
  });
  return wouldBlock ? EXIT_WOULD_BLOCK : EXIT_OK;
}

/** `impact`: a merge request's config against the workloads of the organization. */
export function addImpactCommand(
  program: Command,
  setExitCode: (code: number) => void,
): void {
  program
    .command('impact')
    .description(
      'what this config would block compared with the deployed policy, on the workloads of a snapshot (snapshot --workloads); exit 3 if it blocks any',
    )
    .requiredOption('--config <path>', 'path of ami_publishers.json')
    .requiredOption(
      '--snapshot <file>',
      'an organization snapshot with workloads (format 2, from "snapshot --workloads")',
    )
    .addOption(onOption())
    .addOption(todayOption())
    .option('--json', 'print one JSON object instead of text', false)
    .action(opts =>
      setExitCode(runImpact({ ...opts, today: resolveToday(opts.today) })),
    );
}
