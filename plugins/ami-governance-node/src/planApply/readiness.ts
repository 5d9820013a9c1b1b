import { z } from 'zod';
import { parseJsonObject } from '@ami-governance/backstage-plugin-ami-governance-common';

const accountIdList = z.array(
  z.string().regex(/^\d{12}$/, { error: 'must hold 12-digit account IDs' }),
);

/**
 * A readiness report: how many launches switching `allowed_images_settings` to `enabled` would block,
 * as of when it was collected. `plan --readiness FILE` reads it; other keys are kept and ignored, so
 * a fuller report (per publisher, per account) passes as is. Kept in this one place so its shape
 * follows the portal's readiness answer with a single edit.
 * @public
 */
export const readinessReportSchema = z.looseObject({
  /** When the workloads behind the counts were collected. */
  collectedAt: z.iso.datetime({
    offset: true,
    error: 'must be an ISO 8601 timestamp, e.g. 2026-11-23T08:00:00Z',
  }),
  blocked: z.object({
    /** Running or stopped instances whose AMI would not be allowed (their next relaunch fails). */
    instances: z.number().int().min(0),
    /** Launch templates whose AMI would not be allowed (the next scale-out fails). */
    launchTemplates: z.number().int().min(0),
  }),
  /**
   * Which accounts the counts cover. An account missing from `collectedAccountIds` was not seen, so
   * nothing may be said of it: `plan` refuses to take `enabled` to it unless it is accepted by ID.
   */
  coverage: z.looseObject({
    /** Accounts whose workloads the collection read. */
    collectedAccountIds: accountIdList,
    /** Accounts the collector tried and could not read (role refused). */
    notVisibleAccountIds: accountIdList.optional(),
  }),
});

/** @public */
export type ReadinessReport = z.output<typeof readinessReportSchema>;

/** A report older than this many days is refused: workloads move, and enabled blocks for real. @public */
export const READINESS_MAX_AGE_DAYS = 7;

/** Launches the report says `enabled` would block: instances plus launch templates. @public */
export function blockedLaunches(report: ReadinessReport): number {
  return report.blocked.instances + report.blocked.launchTemplates;
}

/** Reads a readiness report's text; the error says what is wrong and where. @public */
export function parseReadinessReport(
  text: string,
): { ok: true; report: ReadinessReport } | { ok: false; error: string } {
  const decoded = parseJsonObject(text, 'The readiness report');
  if (!decoded.ok) return decoded;
  const parsed = readinessReportSchema.safeParse(decoded.value);
  if (parsed.success) return { ok: true, report: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    error: `The readiness report's ${issue.path.join('.') || 'document'} ${
      issue.message
    }; expected {"collectedAt": "…", "blocked": {"instances": N, "launchTemplates": N}, "coverage": {"collectedAccountIds": ["…"]}}, as GET /api/ami-governance/readiness answers`,
  };
}

/**
 * The accounts among `accountIds` whose workloads the report did not collect, each with why: the
 * collector was refused (`not-visible`) or never read it (`not-collected`). Sorted by ID.
 * @public
 */
export function uncollectedAccounts(
  report: ReadinessReport,
  accountIds: Iterable<string>,
): { accountId: string; reason: 'not-visible' | 'not-collected' }[] {
  const collected = new Set(report.coverage.collectedAccountIds);
  const refused = new Set(report.coverage.notVisibleAccountIds ?? []);
  return [...new Set(accountIds)]
    .filter(id => !collected.has(id))
    .sort()
    .map(accountId => ({
      accountId,
      reason: refused.has(accountId) ? 'not-visible' : 'not-collected',
    }));
}
