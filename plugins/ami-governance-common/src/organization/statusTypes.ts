import type { CriteriaChange } from '../policies/criteriaChanges';
import type { ImageProvider, PolicyDocumentKind } from '../lib/accounts';
import type { PolicySettings } from '../policies/generatePolicies';
import type { TargetType } from './snapshotSchema';

/** What Git says AWS should enforce: the allowlist and settings generated from the config today. @public */
export type ExpectedPolicies = {
  allowlist: ImageProvider[];
  settings: PolicySettings;
};

/** @public */
export type AccountRef = {
  id: string;
  name: string;
};

/** @public */
export type PolicyAttachment = {
  targetId: string;
  name: string;
  type: TargetType;
};

/** Which accounts a policy governs through their ancestry (account, its OUs, the root). @public */
export type PolicyCoverage = {
  totalAccounts: number;
  governedCount: number;
  /** Accounts no attachment reaches, by name. */
  ungoverned: AccountRef[];
  /** The management account; SCPs never restrict it, so for the SCP it is never counted as governed. */
  managementAccount: AccountRef & { governed: boolean; note: string };
};

/** One setting compared between Git and AWS. @public */
export type SettingDrift<T> = {
  expected: T;
  /** Absent when AWS has no such setting. */
  deployed?: T;
  matches: boolean;
};

/** The deployed policy's content against what Git generates. @public */
export type PolicyDrift = {
  /** Providers Git allows that the deployed policy lacks (launches AWS still blocks). */
  missing: ImageProvider[];
  /** Providers the deployed policy allows that Git no longer does. */
  extra: ImageProvider[];
  /** Declarative policy: `allowed_images_settings.state`. */
  mode?: SettingDrift<string>;
  /** Declarative policy: `image_block_public_access.state` (`unmanaged` when Git leaves it out). */
  publicSharing?: SettingDrift<string>;
  /** Declarative policy: criteria without providers, which allow any publisher. */
  unrestrictedCriteria?: string[];
  /**
   * Declarative policy: publishers whose AMIs must match something else than deployed (image names,
   * product codes, ages), in words.
   */
  criteriaChanges?: CriteriaChange[];
  /** SCP: whether the creation guard is present as Git wants it, and its exempt accounts. */
  creationGuard?: SettingDrift<string[] | null>;
  /** SCP: statements that can never take effect. */
  ineffectiveStatements?: string[];
  /** SCP: true when the SCP has no launch guard at all, so it lets every publisher through. */
  launchGuardMissing?: boolean;
  /** Set when the deployed content could not be read; then nothing else is known. */
  readError?: string;
  inSync: boolean;
};

/** Accounts whose effective declarative policy matches what Git generates, differs, or is unknown. @public */
export type PolicyCompliance = {
  /** The reference: the deployed policy when readable (drift compares that with Git), else Git. */
  comparedWith: 'deployed' | 'git';
  matching: AccountRef[];
  differing: (AccountRef & {
    missing: ImageProvider[];
    extra: ImageProvider[];
    mode?: string;
    expectedMode: string;
    /** Criteria in the effective policy that name no provider, so allow any publisher (when any). */
    unrestrictedCriteria?: string[];
  })[];
  unknown: (AccountRef & { reason: string })[];
};

/**
 * Git is ahead of AWS for a policy that differs: the config changed (merged) after the deployed policy
 * was generated. `not-applied`: AWS still holds what the previous config generates, so the change waits
 * for the apply pipeline. `not-collected`: the snapshot predates the change, so the next collection
 * tells whether it was applied. Absent when the difference is a real drift.
 * @public
 */
export type GitAhead = {
  state: 'not-applied' | 'not-collected';
  /** When the config changed (its last-modified time, or when the portal first read the change). */
  mergedAt: string;
  /** Where the pipeline that applies it runs, when known. */
  pipelineUrl?: string;
};

/** @public */
export type PolicyStatus = {
  kind: PolicyDocumentKind;
  deployed: boolean;
  policyId?: string;
  policyName?: string;
  attachments: PolicyAttachment[];
  coverage: PolicyCoverage;
  /** Absent when the policy is not deployed. */
  drift?: PolicyDrift;
  /** Declarative policy only. */
  compliance?: PolicyCompliance;
  gitAhead?: GitAhead;
};

/** `in_sync`: both policies deployed and matching Git; `drifted`: any difference; `unknown`: not enough data. @public */
export type DriftVerdict = 'in_sync' | 'drifted' | 'unknown';

/** @public */
export type OrganizationStatus = {
  collectedAt: string;
  stale: boolean;
  managementAccountId: string;
  totalAccounts: number;
  policies: Record<PolicyDocumentKind, PolicyStatus>;
  verdict: DriftVerdict;
  /** The snapshot's labelled gaps, passed through. */
  collectionErrors: { scope: string; code?: string; message: string }[];
};

/** @public */
export type StatusOptions = {
  now: Date;
  /** A snapshot older than this is stale (twice the collection schedule). */
  staleAfterMs: number;
};
