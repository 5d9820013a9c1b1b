import {
  EnforcementMode,
  generatePolicies,
  IsoDate,
  listPublishers,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { writeFileSync } from 'node:fs';
import { requireFolder } from '../lib/files';
import { join } from 'node:path';
import { EXIT_FINDINGS, EXIT_OK } from '../lib/exitCodes';
import { loadConfig } from './loadConfig';
import { inFile, Output, publisherLine, sizeLine } from '../lib/output';
import { limitsFrom } from '../lib/options';

interface GenerateOpts {
  config: string;
  out: string;
  mode?: EnforcementMode;
  today: IsoDate;
  scpLimit?: number;
  declarativeLimit?: number;
  json: boolean;
}

/** Writes both policy documents into `out`, printing the allowlist, what was left out and the sizes. */
export function generate(opts: GenerateOpts): number {
  const out = new Output(opts.json);
  const loaded = loadConfig(opts.config);
  if (!loaded.ok) {
    const findings = inFile(loaded.findings, opts.config);
    out.findings(findings);
    out.flush({ ok: false, findings });
    return EXIT_FINDINGS;
  }
  const result = generatePolicies(loaded.config, {
    today: opts.today,
    mode: opts.mode,
    limits: limitsFrom(opts),
  });
  // Listed by entry, not by account: an expired exception stays out even if its account is also a vendor.
  const active = listPublishers(loaded.config, opts.today).filter(
    p => !p.exception || p.exception.status.inAllowlist,
  );

  out.line(
    `Active allowlist as of ${opts.today} (${result.allowlist.length} providers):`,
  );
  active.forEach(p => out.line(publisherLine(p)));
  if (result.expired.length) {
    out.line('Left out (expired exceptions):');
    result.expired.forEach(p => out.line(publisherLine(p)));
  }
  // Generation's findings, then the config's own warnings (keys it does not know).
  const findings = inFile(
    [...result.findings, ...loaded.findings],
    opts.config,
  );
  out.findings(findings);

  const base = {
    allowlist: result.allowlist,
    expired: result.expired.map(p => p.provider),
    findings,
  };
  if (!result.ok) {
    out.line('No policy written.');
    out.flush({ ok: false, ...base });
    return EXIT_FINDINGS;
  }
  requireFolder(opts.out, '--out', true);
  const documents = [result.declarativePolicy, result.scp];
  for (const doc of documents) {
    writeFileSync(join(opts.out, doc.fileName), doc.pretty);
    out.line(sizeLine(doc, `Wrote ${join(opts.out, doc.fileName)}`));
  }
  out.flush({
    ok: true,
    ...base,
    mode: opts.mode ?? loaded.config.policy_config.enforcement_mode,
    documents: documents.map(d => ({
      kind: d.kind,
      file: join(opts.out, d.fileName),
      size: d.size,
      maxSize: d.maxSize,
    })),
  });
  return EXIT_OK;
}
