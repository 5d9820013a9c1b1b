import type {
  DeployedPolicy,
  PolicyDocumentKind,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import type { PlanTarget } from './planSchema';

/** A target a plan wants the policies attached to, as AWS Organizations knows it. @public */
export interface TargetReading extends PlanTarget {
  /** False when no root, OU or account has this ID (its name is then empty). */
  found: boolean;
  /** True when no member account sits under it: an SCP there restricts nothing (SCPs never restrict the management account). */
  governsNoMemberAccount: boolean;
  /**
   * Every account under it (itself, for an account), read only when the plan switches Allowed AMIs
   * to `enabled`: the readiness rail checks each was collected. Undefined when not read.
   */
  accounts?: string[];
}

/** What `plan` and `apply` read from AWS Organizations before deciding anything. @public */
export interface OrganizationReading {
  organization: { id: string; managementAccountId: string };
  roots: { id: string; name: string; enabledPolicyTypes: string[] }[];
  /** Our two policies as deployed (null: none of that name or ID), with their content and targets. */
  policies: Record<PolicyDocumentKind, DeployedPolicy | null>;
  /** The targets asked for (every root by default), in the order asked. */
  targets: TargetReading[];
  /** SHA-256 of the deployed policies: IDs, names, contents and targets. */
  deployedSha256: string;
}
