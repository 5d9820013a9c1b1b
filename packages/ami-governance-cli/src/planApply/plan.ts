import { writeFileSync } from 'node:fs';
import { planPolicyChanges } from '@ami-governance/backstage-plugin-ami-governance-node';
import { organizationsAccess } from '../organization/awsOptions';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from '../lib/exitCodes';
import { requireFolderOf } from '../lib/files';
import { Output } from '../lib/output';
import { noPlan, PlanInputOpts, readPlanInput } from './planInput';
import { planSummary } from './planSummary';

interface PlanOpts extends PlanInputOpts {
  out?: string;
  json: boolean;
  detailedExitcode: boolean;
}

/** With --detailed-exitcode, as terraform plan: 2 means there are changes, so usage mistakes exit 1. */
const EXIT_CHANGES = 2;

/**
 * Reads AWS and prints what apply would do; writes the plan with --out. Exit 0 when the plan can be
 * applied (or there is nothing to do), 1 when it cannot (refusals, an unreadable config, AWS not
 * readable); with --detailed-exitcode 0 means nothing to do and 2 that there are changes.
 */
export async function runPlan(opts: PlanOpts): Promise<number> {
  const out = new Output(opts.json);
  if (opts.out) requireFolderOf(opts.out, '--out');
  const prepared = readPlanInput(opts);
  if (!prepared.ok)
    return noPlan(
      out,
      prepared.findings,
      opts.config,
      'No plan: the config cannot generate the policies.',
    );
  const plan = await planPolicyChanges(
    await organizationsAccess(opts),
    prepared.input,
  );
  planSummary(plan).forEach(l => out.line(l));
  if (opts.out) {
    writeFileSync(opts.out, `${JSON.stringify(plan, null, 2)}\n`);
    out.line(`Wrote ${opts.out}.`);
  }
  const ok = plan.refusals.length === 0;
  out.flush({ ok, changes: plan.steps.length, plan });
  if (!ok) return EXIT_FINDINGS;
  if (opts.detailedExitcode && plan.steps.length) return EXIT_CHANGES;
  return EXIT_OK;
}

/** The exit code for a usage mistake: 2, or 1 when 2 means "changes". */
export const planUsageExit = (detailed: boolean) =>
  detailed ? EXIT_FINDINGS : EXIT_USAGE;
