import {
  IsoDate,
  listPublishers,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { EXIT_FINDINGS, EXIT_OK } from '../lib/exitCodes';
import { loadConfig } from './loadConfig';
import { inFile, Output, publisherLine } from '../lib/output';

interface CheckExpiryOpts {
  config: string;
  warnDays?: number;
  today: IsoDate;
  json: boolean;
}

/** The daily check: warns on exceptions inside the window, fails on expired ones. */
export function checkExpiry(opts: CheckExpiryOpts): number {
  const out = new Output(opts.json);
  const loaded = loadConfig(opts.config);
  if (!loaded.ok) {
    const findings = inFile(loaded.findings, opts.config);
    out.findings(findings);
    out.flush({ ok: false, findings });
    return EXIT_FINDINGS;
  }
  const warningDays = opts.warnDays ?? loaded.config.policy_config.warning_days;
  const exceptions = listPublishers(
    loaded.config,
    opts.today,
    warningDays,
  ).filter(p => p.exception);
  const inState = (state: string) =>
    exceptions.filter(p => p.exception!.status.state === state);
  const [expired, expiring] = [inState('expired'), inState('expiring')];

  out.line(
    `Exceptions as of ${opts.today} (warning window ${warningDays} days): ${exceptions.length} in all, ${expiring.length} expiring, ${expired.length} expired.`,
  );
  if (expired.length) {
    out.line('Expired (remove or renew):');
    expired.forEach(p => out.line(publisherLine(p)));
  }
  if (expiring.length) {
    out.line('Expiring:');
    expiring.forEach(p => out.line(publisherLine(p)));
  }
  const row = (p: (typeof exceptions)[number]) => ({
    accountId: p.provider,
    path: p.path,
    expiresOn: p.exception!.expires_on,
    daysRemaining: p.exception!.status.daysRemaining,
    ticket: p.exception!.ticket ?? null,
  });
  out.flush({
    ok: expired.length === 0,
    today: opts.today,
    warningDays,
    expired: expired.map(row),
    expiring: expiring.map(row),
    total: exceptions.length,
  });
  return expired.length ? EXIT_FINDINGS : EXIT_OK;
}
