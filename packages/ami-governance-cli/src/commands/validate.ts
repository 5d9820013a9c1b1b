import {
  checkPolicyFiles,
  EnforcementMode,
  hasErrors,
  IsoDate,
  POLICY_FILE_NAMES,
  sortFindings,
  validateConfig,
} from 'ami-governance-common';
import { join } from 'node:path';
import { EXIT_FINDINGS, EXIT_OK } from '../exitCodes';
import { readOptionalTextFile, readTextFile, requireFolder } from '../files';
import { findingsJson, Output, sizeLine, summary } from '../output';
import { limitsFrom } from '../options';

export interface ValidateOpts {
  config: string;
  policies?: string;
  mode?: EnforcementMode;
  today: IsoDate;
  scpLimit?: number;
  declarativeLimit?: number;
  json: boolean;
}

/** Every finding for the config; with `policies`, also whether the files there match it. */
export function validate(opts: ValidateOpts): number {
  const out = new Output(opts.json);
  const text = readTextFile(opts.config, 'config file', '--config');
  const result = validateConfig(text, {
    today: opts.today,
    mode: opts.mode,
    limits: limitsFrom(opts),
    sourceName: opts.config,
  });
  const generation = result.generation;
  let findings = result.findings;
  if (opts.policies && generation?.ok) {
    const dir = opts.policies;
    requireFolder(dir, '--policies');
    const fileFindings = checkPolicyFiles(
      { declarativePolicy: generation.declarativePolicy, scp: generation.scp },
      {
        declarativePolicy: readOptionalTextFile(
          join(dir, POLICY_FILE_NAMES.declarativePolicy),
        ),
        scp: readOptionalTextFile(join(dir, POLICY_FILE_NAMES.scp)),
      },
    );
    findings = sortFindings([...findings, ...fileFindings]);
  }
  const ok = !hasErrors(findings);
  out.findings(findings, opts.config);
  if (generation?.ok) {
    out.line(
      `Allowlist as of ${opts.today}: ${generation.allowlist.join(', ')}`,
    );
    [generation.declarativePolicy, generation.scp].forEach(d =>
      out.line(sizeLine(d, `Size of ${d.fileName}`)),
    );
  }
  out.line(`${ok ? 'Valid' : 'Invalid'}: ${summary(findings)}.`);
  out.flush({
    ok,
    today: opts.today,
    findings: findingsJson(findings, opts.config),
    allowlist: generation?.allowlist ?? null,
    sizes: generation?.ok
      ? Object.fromEntries(
          [generation.declarativePolicy, generation.scp].map(d => [
            d.kind,
            { size: d.size, maxSize: d.maxSize },
          ]),
        )
      : null,
  });
  return ok ? EXIT_OK : EXIT_FINDINGS;
}
