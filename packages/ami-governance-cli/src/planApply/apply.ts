import { writeFileSync } from 'node:fs';
import {
  applyPolicyPlan,
  planPolicyChanges,
} from '@ami-governance/backstage-plugin-ami-governance-node';
import { outcomeLines, progressLine } from './applySummary';
import { organizationsAccess } from '../organization/awsOptions';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../lib/exitCodes';
import { readTextFile, requireFolderOf } from '../lib/files';
import { Output } from '../lib/output';
import { noPlan, PlanInputOpts, readPlanInput } from './planInput';
import { planSummary } from './planSummary';
import {
  parsePolicyPlan,
  PolicyPlan,
} from '@ami-governance/backstage-plugin-ami-governance-node';

interface ApplyOpts extends Omit<PlanInputOpts, 'config'> {
  plan?: string;
  config?: string;
  out?: string;
  json: boolean;
}

function checkUsage(opts: ApplyOpts): asserts opts is ApplyOpts & {
  config: string;
} {
  if (!opts.config)
    throw new UsageError(
      opts.plan
        ? 'apply --plan re-derives the plan from the config and compares it with the file before it writes anything: pass --config with the config the plan was made from (and the same --policies, --targets, --readiness and --accept-* options as plan).'
        : 'pass --plan FILE (written by "ami-governance plan --out FILE") with --config, or --config alone to plan and apply at once.',
    );
  if (opts.plan && opts.out)
    throw new UsageError(
      '--out writes the plan apply --config makes; with --plan, the plan is the file. Drop --out.',
    );
  if (opts.out) requireFolderOf(opts.out, '--out');
}

function readPlanFile(path: string): PolicyPlan {
  const read = parsePolicyPlan(readTextFile(path, 'plan file', '--plan'));
  if (!read.ok)
    throw new UsageError(
      `--plan "${path}" cannot be applied: ${read.error}. Pass a file written by "ami-governance plan --out" of this version.`,
    );
  return read.plan;
}

/** apply --config: the plan it makes is printed (and written with --out) before it is applied. */
async function planHere(
  opts: ApplyOpts,
  out: Output,
  planned: Promise<PolicyPlan>,
): Promise<PolicyPlan> {
  const plan = await planned;
  planSummary(plan).forEach(l => out.line(l));
  if (opts.out) writeFileSync(opts.out, `${JSON.stringify(plan, null, 2)}\n`);
  out.line();
  return plan;
}

/**
 * Applies what the config generates. With --plan, the file is the reviewed expectation: the plan is
 * re-derived from the checkout (config, committed documents, options) and a fresh read of AWS, and
 * applied only when it equals the file. Without --plan, plans, prints the plan and applies that plan
 * the same way. The steps print as they complete.
 */
export async function runApply(opts: ApplyOpts): Promise<number> {
  checkUsage(opts);
  const out = new Output(opts.json, true);
  const saved = opts.plan ? readPlanFile(opts.plan) : undefined;
  const prepared = readPlanInput(opts);
  if (!prepared.ok)
    return noPlan(
      out,
      prepared.findings,
      opts.config,
      'Nothing was applied: the config cannot generate the policies.',
    );
  const access = await organizationsAccess(opts);
  if (saved)
    out.line(
      `Checking the plan made ${saved.createdAt} for ${saved.today} (${saved.steps.length} step(s)) against the config, the committed documents and AWS as they are now.`,
    );
  const expected =
    saved ??
    (await planHere(opts, out, planPolicyChanges(access, prepared.input)));
  const outcome = await applyPolicyPlan(access, prepared.input, {
    expected,
    onStep: o => out.line(progressLine(expected, o)),
  });
  outcomeLines(outcome.plan, outcome).forEach(l => out.line(l));
  const ok =
    outcome.status === 'nothing-to-do' ||
    (outcome.status === 'applied' && outcome.mismatches.length === 0);
  out.flush({ ok, ...outcome });
  return ok ? EXIT_OK : EXIT_FINDINGS;
}
