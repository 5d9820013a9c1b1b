import {
  Finding,
  IsoDate,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { existsSync, statSync } from 'node:fs';
import { AwsOpts, policyNamesOf } from '../organization/awsOptions';
import { EXIT_FINDINGS, UsageError } from '../lib/exitCodes';
import { inFile, Output } from '../lib/output';
import { readPolicyFiles, readTextFile } from '../lib/files';
import { limitsFrom } from '../lib/options';
import {
  parseReadinessReport,
  PlanInputResult,
  preparePlanInput,
  sha256,
} from '@ami-governance/backstage-plugin-ami-governance-node';

/** The folder `generate` writes to, read by plan and apply when no --policies is given. */
const DEFAULT_POLICIES_DIR = 'dist';

/** What `plan` and `apply` read besides AWS. */
export interface PlanInputOpts extends AwsOpts {
  config: string;
  /** A folder; false with --no-policies; undefined: `dist` when the working directory has one. */
  policies?: string | false;
  targets?: string[];
  readiness?: string;
  acceptBlocking?: number;
  acceptUncollected?: string[];
  today: IsoDate;
  scpLimit?: number;
  declarativeLimit?: number;
}

function readReadiness(path: string | undefined) {
  if (!path) return undefined;
  const read = parseReadinessReport(
    readTextFile(path, 'readiness report', '--readiness'),
  );
  if (!read.ok)
    throw new UsageError(
      `--readiness "${path}" is not a readiness report: ${read.error}.`,
    );
  return read.report;
}

/** The committed documents' folder: --policies, else `dist` where it exists, never with --no-policies. */
function policiesDirOf(opts: PlanInputOpts): string | undefined {
  if (opts.policies === false) return undefined;
  if (opts.policies) return opts.policies;
  return existsSync(DEFAULT_POLICIES_DIR) &&
    statSync(DEFAULT_POLICIES_DIR).isDirectory()
    ? DEFAULT_POLICIES_DIR
    : undefined;
}

/**
 * The config, the committed documents and the readiness report, turned into a plan input. `plan` and
 * `apply` read their inputs only here, so the same options give the same plan.
 */
export function readPlanInput(opts: PlanInputOpts): PlanInputResult {
  const configText = readTextFile(opts.config, 'config file', '--config');
  const policiesDir = policiesDirOf(opts);
  return preparePlanInput({
    configText,
    configSha256: sha256(configText),
    policyFiles: policiesDir ? readPolicyFiles(policiesDir) : undefined,
    policiesDir,
    today: opts.today,
    limits: limitsFrom(opts),
    targets: opts.targets,
    policyNames: policyNamesOf(opts),
    readiness: readReadiness(opts.readiness),
    acceptBlocking: opts.acceptBlocking,
    acceptUncollected: opts.acceptUncollected,
  });
}

/** Prints why no plan can be made from the config (its findings, then `line`): exit 1. */
export function noPlan(
  out: Output,
  findings: Finding[],
  config: string,
  line: string,
): number {
  const inConfig = inFile(findings, config);
  out.findings(inConfig);
  out.line(line);
  out.flush({ ok: false, findings: inConfig });
  return EXIT_FINDINGS;
}
