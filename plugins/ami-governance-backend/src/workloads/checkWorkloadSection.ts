import { InputError } from '@backstage/errors';
import {
  OrganizationSnapshot,
  WorkloadsSnapshot,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { refuseFutureTime } from '../lib/futureTime';
import { checkReport } from './checkReport';
import { collectableAccountIds } from './collectableAccounts';

/** How many missing accounts an error names; it gives the count of the rest. */
const NAMED = 5;

const whereOf = (index: number) => `workloads.accounts[${index}]`;

/**
 * Refuses (400) what the tables cannot hold in any of the section's reports (checkReport): needs
 * nothing but the section, so a snapshot's check worker runs it (200,000 instances: about 100 ms).
 */
export function checkWorkloadReports(section: WorkloadsSnapshot) {
  section.accounts.forEach((report, i) => checkReport(report, whereOf(i)));
}

/** The complete collection a pushed section would replace: its ID and accounts. */
export type ServedCollection = { id: number; accountIds: string[] };

/**
 * Refuses (400, naming the field and the fix) a snapshot's `workloads` section that the tables cannot
 * hold or that would mislead: the same account twice, a report for an account outside the
 * organization of the same snapshot, a collection time in the future, and, unless the section
 * says `partial: true`, one that leaves out accounts the served complete collection has and the
 * organization still has (a failed collection must never pass for a clean one).
 */
export function checkWorkloadSection(
  organization: Pick<OrganizationSnapshot, 'accounts'>,
  section: WorkloadsSnapshot,
  now: Date,
  served: ServedCollection | undefined,
  options: {
    /** checkWorkloadReports ran already (in the snapshot's check worker). */
    reportsChecked?: boolean;
  } = {},
) {
  const inOrganization = new Set(organization.accounts.map(a => a.id));
  const seen = new Set<string>();
  section.accounts.forEach((report, i) => {
    const where = whereOf(i);
    if (seen.has(report.accountId))
      throw new InputError(
        `${where}.accountId ${report.accountId} is listed twice: one report per account`,
      );
    seen.add(report.accountId);
    if (!inOrganization.has(report.accountId))
      throw new InputError(
        `${where}.accountId ${report.accountId} is not an account of the organization in this snapshot (accounts): report only the organization's accounts`,
      );
    refuseFutureTime(`${where}.collectedAt`, report.collectedAt, now);
    if (!options.reportsChecked) checkReport(report, where);
  });
  if (section.partial || !served) return;
  const stillMembers = new Set(collectableAccountIds(organization));
  const missing = served.accountIds.filter(
    id => stillMembers.has(id) && !seen.has(id),
  );
  if (missing.length === 0) return;
  const more =
    missing.length > NAMED ? ` and ${missing.length - NAMED} more` : '';
  throw new InputError(
    `workloads.accounts covers ${seen.size} accounts and leaves out ${
      missing.length
    } that the stored complete workload collection ${served.id} has (${missing
      .slice(0, NAMED)
      .join(
        ', ',
      )}${more}): pass partial: true in the workloads section to store it as a partial collection (served as partial, its missing accounts counted as not collected), or report every account`,
  );
}
