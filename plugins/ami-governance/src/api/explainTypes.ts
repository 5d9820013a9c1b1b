import type { LaunchExplanation } from '@ami-governance/backstage-plugin-ami-governance-common';

/**
 * `GET /explain`: "can this account launch this AMI?" (plugins/ami-governance-backend's
 * LaunchExplainer). The verdict and its layers come from `ami-governance-common`'s
 * `explainLaunch`; only the envelope is declared here.
 */

/**
 * `GET /explain` query: the launching account and either the AMI (`imageId`) or its owner (`owner`: a
 * 12-digit account ID, `amazon` or `aws-marketplace`), never both.
 * @public
 */
export type ExplainLaunchQuery = {
  accountId: string;
  /** Where the launch happens; without it the account's effective declarative policy is used. */
  region?: string;
  imageId?: string;
  owner?: string;
  /** The day to answer for, `YYYY-MM-DD` (default: today): exceptions lapsing before it no longer count. */
  on?: string;
};

/** `GET /explain`: the explanation with what it was asked about and how fresh its data is. @public */
export type ExplainLaunchResponse = LaunchExplanation & {
  accountId: string;
  /** The account's name in the newest organization snapshot. */
  accountName?: string;
  region?: string;
  imageId?: string;
  /** The image's owner as the backend resolved it (an account ID or alias). */
  owner?: string;
  /** When the organization data behind the answer was collected; absent without a snapshot. */
  collectedAt?: string;
};
