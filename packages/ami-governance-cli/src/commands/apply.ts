import { writeFileSync } from 'node:fs';
import {
  parsePolicyPlan,
  PolicyPlan,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import {
  applyPolicyPlan,
  planPolicyChanges,
  sha256,
} from '@ami-governance/backstage-plugin-ami-governance-node';
import { outcomeLines, progressLine } from '../applySummary';
import { organizationsAccess } from '../awsOptions';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../exitCodes';
import { readTextFile, requireFolderOf } from '../files';
import { inFile, Output } from '../output';
import { PlanInputOpts, readPlanInput } from '../planInput';
import { planSummary } from '../planSummary';

interface ApplyOpts extends Omit<PlanInputOpts, 'config'> {
  plan?: string;
  config?: string;
  out?: string;
  json: boolean;
}

/** Options that only make sense when apply makes the plan itself. */
const PLANNING_FLAGS = [
  ['policies', '--policies'],
  ['targets', '--targets'],
  ['readiness', '--readiness'],
  ['out', '--out'],
] as const;

function checkUsage(opts: ApplyOpts) {
  if (!opts.plan && !opts.config)
    throw new UsageError(
      'pass --plan FILE (written by "ami-governance plan --out FILE"), or --config (with --policies) to plan and apply at once.',
    );
  if (opts.plan)
    for (const [key, flag] of PLANNING_FLAGS)
      if (opts[key] !== undefined)
        throw new UsageError(
          `${flag} is for planning; with --plan, apply runs the plan as it was made. Drop ${flag}, or plan again with it.`,
        );
  if (opts.out) requireFolderOf(opts.out, '--out');
}

function readPlanFile(path: string): PolicyPlan {
  const read = parsePolicyPlan(readTextFile(path, 'plan file', '--plan'));
  if (!read.ok)
    throw new UsageError(
      `--plan "${path}" cannot be applied: ${read.error}. Pass a file written by "ami-governance plan --out".`,
    );
  return read.plan;
}

/** apply --config: plans first (printing the plan), or prints why no plan can be made. */
async function planHere(
  opts: ApplyOpts & { config: string },
  access: Awaited<ReturnType<typeof organizationsAccess>>,
  out: Output,
): Promise<PolicyPlan | undefined> {
  const prepared = readPlanInput(opts);
  if (!prepared.ok) {
    const findings = inFile(prepared.findings, opts.config);
    out.findings(findings);
    out.flush({ ok: false, findings });
    return undefined;
  }
  const plan = await planPolicyChanges(access, prepared.input);
  planSummary(plan).forEach(l => out.line(l));
  if (opts.out) writeFileSync(opts.out, `${JSON.stringify(plan, null, 2)}\n`);
  out.line();
  return plan;
}

/**
 * Applies a plan file (--plan), or plans and applies at once (--config). Everything the plan refuses
 * is refused again here, before any write; the steps print as they complete.
 */
export async function runApply(opts: ApplyOpts): Promise<number> {
  checkUsage(opts);
  const out = new Output(opts.json, true);
  const fromFile = opts.plan ? readPlanFile(opts.plan) : undefined;
  const configSha256 =
    fromFile && opts.config
      ? sha256(readTextFile(opts.config, 'config file', '--config'))
      : undefined;
  const access = await organizationsAccess(opts);
  if (fromFile)
    out.line(
      `Applying the plan made ${fromFile.createdAt} for ${fromFile.today} (${fromFile.steps.length} step(s)).`,
    );
  const plan =
    fromFile ??
    (await planHere({ ...opts, config: opts.config! }, access, out));
  if (!plan) return EXIT_FINDINGS;
  const outcome = await applyPolicyPlan(access, plan, {
    today: opts.today,
    configSha256,
    acceptBlocking: opts.acceptBlocking,
    onStep: o => out.line(progressLine(plan, o)),
  });
  outcomeLines(plan, outcome).forEach(l => out.line(l));
  const ok =
    outcome.status === 'nothing-to-do' ||
    (outcome.status === 'applied' && outcome.mismatches.length === 0);
  out.flush({ ok, ...outcome, plan });
  return ok ? EXIT_OK : EXIT_FINDINGS;
}
