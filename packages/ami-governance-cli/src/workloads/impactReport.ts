import {
  BlockedByPublisher,
  evaluateAllowedImages,
  GovernanceConfig,
  ImageCriterion,
  IsoDate,
  newlyBlocked,
  refusalReason,
  refusalWords,
  unresolvedWorkloads,
  Workload,
  workloadsOf,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import type { ImpactBaseline, WorkloadSnapshot } from './impactInput';

/** Instances and launch template versions. */
export type WorkloadCount = { instances: number; launchTemplates: number };

/** One publisher whose AMIs the config stops allowing, with the workloads that use them. */
export type PublisherImpact = Omit<BlockedByPublisher, 'workloads'> & {
  /** Set when the publisher is an exception of the config that has lapsed by `on`. */
  exceptionExpiresOn?: IsoDate;
  workloads: {
    kind: Workload['kind'];
    id: string;
    accountId: string;
    region: string;
    imageId?: string;
    imageName?: string;
    /**
     * Set when the publisher stays listed but a criterion refuses this AMI (its name, product code,
     * age or deprecation), in words: "criteria_2 refuses it: name … does not match …".
     */
    refusedBy?: string;
  }[];
};

/** An account, or one region of it, whose workloads could not be read. */
type NotVisible = {
  accountId: string;
  region?: string;
  code: string;
  message: string;
};

/** What the config would change for the snapshot's workloads on `on`, compared with the baseline. */
export type ImpactReport = {
  newlyBlocked: PublisherImpact[];
  blocked: WorkloadCount & { accounts: number };
  /** Publishers whose AMIs are not allowed today and would be: the other side of the change. */
  newlyAllowed: Omit<PublisherImpact, 'workloads' | 'exceptionExpiresOn'>[];
  /**
   * Workloads on AMIs their own account owns, from owners the config stops listing: Allowed AMIs
   * always allows them, the SCP's `ec2:Owner` condition does not.
   */
  selfOwnedNoLongerListed: WorkloadCount;
  /** Workloads whose AMI owner could not be resolved: neither judged allowed nor blocked. */
  unresolved: WorkloadCount;
  notVisible: NotVisible[];
  /** Accounts of the organization without a workloads report. */
  notCollected: string[];
};

/** The last `expires_on` of the account's exception entries that have lapsed by `on`. */
function lapsedExceptionOf(
  config: GovernanceConfig,
  publisher: string,
  on: IsoDate,
): IsoDate | undefined {
  return config.exception_accounts
    .filter(e => e.account_id === publisher && e.expires_on < on)
    .map(e => e.expires_on)
    .sort()
    .pop();
}

function visibilityOf(snapshot: WorkloadSnapshot) {
  const notVisible: NotVisible[] = [];
  for (const account of snapshot.workloads.accounts) {
    if (account.error)
      notVisible.push({ accountId: account.accountId, ...account.error });
    for (const r of account.regions)
      if (r.error)
        notVisible.push({
          accountId: account.accountId,
          region: r.region,
          ...r.error,
        });
  }
  const reported = new Set(snapshot.workloads.accounts.map(a => a.accountId));
  const notCollected = snapshot.accounts
    .map(a => a.id)
    .filter(id => !reported.has(id));
  return { notVisible, notCollected };
}

/** Whether Allowed AMIs under `criteria` lets another account launch the image (undefined: no restriction). */
const allowsOwner = (
  w: Workload,
  criteria: ImageCriterion[] | undefined,
  now: Date,
) =>
  criteria === undefined ||
  evaluateAllowedImages(w.image, criteria, '', now).allowed;

/** Why a criterion listing the AMI's publisher refuses it; nothing when no criterion lists it. */
function refusedByOf(w: Workload, criteria: ImageCriterion[], now: Date) {
  const verdict = evaluateAllowedImages(w.image, criteria, '', now);
  const reason = refusalReason(verdict);
  if (!reason || reason === 'providers' || reason === 'no-criteria') return {};
  return { refusedBy: refusalWords(verdict, w.image.ownerId)! };
}

const count = (workloads: Workload[]): WorkloadCount => ({
  instances: workloads.filter(w => w.kind === 'instance').length,
  launchTemplates: workloads.filter(w => w.kind === 'launch-template').length,
});

/**
 * Compares what the config allows on `on` (`after`) with the baseline, over every workload of the
 * snapshot. The image criteria are evaluated at the start of `on` (UTC), when its allowlist applies.
 */
export function computeImpact(input: {
  config: GovernanceConfig;
  snapshot: WorkloadSnapshot;
  baseline: ImpactBaseline;
  after: ImageCriterion[];
  on: IsoDate;
}): ImpactReport {
  const { config, snapshot, baseline, after, on } = input;
  const now = new Date(`${on}T00:00:00Z`);
  const before = baseline.kind === 'none' ? undefined : baseline.criteria;
  const reports = snapshot.workloads.accounts;
  const workloads = [...workloadsOf(reports)];

  const blocked = newlyBlocked(workloads, after, before, now).map(
    (group): PublisherImpact => {
      const expiresOn = lapsedExceptionOf(config, group.publisher, on);
      return {
        ...group,
        ...(expiresOn && { exceptionExpiresOn: expiresOn }),
        workloads: group.workloads.map(w => ({
          kind: w.kind,
          id: w.id,
          accountId: w.accountId,
          region: w.region,
          ...(w.image.imageId && { imageId: w.image.imageId }),
          ...(w.image.name && { imageName: w.image.name }),
          ...refusedByOf(w, after, now),
        })),
      };
    },
  );
  const newlyAllowed = before
    ? newlyBlocked(workloads, before, after, now).map(g => ({
        publisher: g.publisher,
        instances: g.instances,
        launchTemplates: g.launchTemplates,
        accounts: g.accounts,
      }))
    : [];
  const selfOwned = workloads.filter(
    w =>
      w.image.ownerId === w.accountId &&
      allowsOwner(w, before, now) &&
      !allowsOwner(w, after, now),
  );
  const accounts = new Set(blocked.flatMap(g => g.accounts));
  return {
    newlyBlocked: blocked,
    blocked: {
      instances: blocked.reduce((n, g) => n + g.instances, 0),
      launchTemplates: blocked.reduce((n, g) => n + g.launchTemplates, 0),
      accounts: accounts.size,
    },
    newlyAllowed,
    selfOwnedNoLongerListed: count(selfOwned),
    unresolved: unresolvedWorkloads(reports),
    ...visibilityOf(snapshot),
  };
}
