import type {
  OrganizationsServiceException,
  PolicyType,
} from '@aws-sdk/client-organizations';

/** The data behind the fake AWS Organizations (fakeOrganization.ts) and its writes. */

export interface FakePolicy {
  id: string;
  name: string;
  type: PolicyType;
  content: string;
  /** IDs of roots, OUs and accounts it is attached to. */
  targets: string[];
  awsManaged?: boolean;
}

export interface FakeOrganization {
  id: string;
  managementAccountId: string;
  roots: { id: string; name: string }[];
  organizationalUnits: { id: string; name: string; parentId: string }[];
  accounts: {
    id: string;
    name: string;
    parentId: string;
    state?: string;
    /** ListTagsForResource's answer, or the exception to throw; absent means no tags. */
    tags?: Record<string, string> | OrganizationsServiceException;
  }[];
  policies: FakePolicy[];
  /** DescribeEffectivePolicy per account: content, or the exception to throw; absent means none applies. */
  effective: Record<string, string | OrganizationsServiceException>;
  /** Policy types not enabled in the root (both are enabled when absent). */
  disabledPolicyTypes?: PolicyType[];
}
