import {
  checkPolicyFiles,
  configChangeFindings,
  parseGovernanceConfig,
  EnforcementMode,
  Finding,
  GenerationResult,
  hasErrors,
  IsoDate,
  PolicyLimits,
  POLICY_FILE_NAMES,
  sortFindings,
  validateConfig,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { join } from 'node:path';
import { EXIT_FINDINGS, EXIT_OK } from '../lib/exitCodes';
import { readPolicyFiles, readTextFile } from '../lib/files';
import { FileFinding, inFile, Output, sizeLine, summary } from '../lib/output';
import { limitsFrom } from '../lib/options';

interface ValidateOpts {
  config: string;
  policies?: string;
  /** The config before this change, to warn about what the change does. */
  previous?: string;
  mode?: EnforcementMode;
  today: IsoDate;
  scpLimit?: number;
  declarativeLimit?: number;
  json: boolean;
}

/** The policy file a finding of checkPolicyFiles is about (its path starts with the file name). */
function policyFileOf(dir: string, f: Finding): string {
  const name =
    Object.values(POLICY_FILE_NAMES).find(
      n => f.path === n || f.path.startsWith(`${n}:`),
    ) ?? '';
  return join(dir, name);
}

/** What the policy files in `dir` say wrong, each finding naming its file. */
function policyFileFindings(
  dir: string,
  generation: Extract<GenerationResult, { ok: true }>,
  limits: Partial<PolicyLimits>,
): FileFinding[] {
  const findings = checkPolicyFiles(
    { declarativePolicy: generation.declarativePolicy, scp: generation.scp },
    readPolicyFiles(dir),
    limits,
  );
  return findings.map(f => ({ file: policyFileOf(dir, f), ...f }));
}

/** What the change from the config at `previousPath` to `text` does; nothing when either does not parse. */
function changeFindings(previousPath: string | undefined, text: string) {
  if (!previousPath) return [];
  const previous = parseGovernanceConfig(
    readTextFile(previousPath, 'previous config file', '--previous'),
  );
  const next = parseGovernanceConfig(text);
  return previous.ok && next.ok
    ? configChangeFindings(previous.config, next.config)
    : [];
}

/** Every finding for the config; with `policies`, also what is wrong in the files there. */
export function validate(opts: ValidateOpts): number {
  const out = new Output(opts.json);
  const text = readTextFile(opts.config, 'config file', '--config');
  const limits = limitsFrom(opts);
  const result = validateConfig(text, {
    today: opts.today,
    mode: opts.mode,
    limits,
    sourceName: opts.config,
  });
  const generation = result.generation;
  const findings = sortFindings([
    ...inFile(result.findings, opts.config),
    ...inFile(changeFindings(opts.previous, text), opts.config),
    ...(opts.policies && generation?.ok
      ? policyFileFindings(opts.policies, generation, limits)
      : []),
  ]);
  const ok = !hasErrors(findings);
  out.findings(findings);
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
    findings,
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
