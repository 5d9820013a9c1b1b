import {
  IsoDate,
  parseReadinessReport,
  PlanInputResult,
  preparePlanInput,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { sha256 } from '@ami-governance/backstage-plugin-ami-governance-node';
import { AwsOpts, policyNamesOf } from './awsOptions';
import { UsageError } from './exitCodes';
import { readPolicyFiles, readTextFile } from './files';
import { limitsFrom } from './options';

/** What `plan` (and `apply --config`) read besides AWS. */
export interface PlanInputOpts extends AwsOpts {
  config: string;
  policies?: string;
  targets?: string[];
  readiness?: string;
  acceptBlocking?: number;
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

/** The config, the committed documents (with --policies) and the readiness report, turned into a plan input. */
export function readPlanInput(opts: PlanInputOpts): PlanInputResult {
  const configText = readTextFile(opts.config, 'config file', '--config');
  return preparePlanInput({
    configText,
    configSha256: sha256(configText),
    policyFiles: opts.policies ? readPolicyFiles(opts.policies) : undefined,
    policiesDir: opts.policies,
    today: opts.today,
    limits: limitsFrom(opts),
    targets: opts.targets,
    policyNames: policyNamesOf(opts),
    readiness: readReadiness(opts.readiness),
    acceptBlocking: opts.acceptBlocking,
  });
}
