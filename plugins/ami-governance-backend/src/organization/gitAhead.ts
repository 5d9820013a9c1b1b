import {
  buildPolicyDocuments,
  computeAllowlist,
  GitAhead,
  GovernanceConfig,
  IsoDate,
  OrganizationSnapshot,
  PolicyDocumentKind,
  policySettingsOf,
  PolicyStatus,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { samePolicyDocument } from '@ami-governance/backstage-plugin-ami-governance-node';

type ConfigChange = {
  /** When the config last changed; null when unknown (e.g. the first read, without a modification time). */
  changedAt: string | null;
  /** The config before that change, when this process read it. */
  previous?: GovernanceConfig;
  pipelineUrl?: string;
};

/** What the previous config generates for `kind` as of `today`, compact; undefined when it generates nothing. */
function previousDocument(
  previous: GovernanceConfig,
  kind: PolicyDocumentKind,
  today: IsoDate,
): string | undefined {
  const built = buildPolicyDocuments(
    computeAllowlist(previous, today).providers,
    policySettingsOf(previous),
  );
  return built.ok ? built[kind].compact : undefined;
}

/**
 * Whether a policy that differs from Git is waiting for a change to be applied or collected rather than
 * drifting: the snapshot predates the config change (`not-collected`), or AWS still holds exactly what
 * the previous config generates (`not-applied`). Undefined for a real drift, or when in sync.
 */
export function gitAheadOf(
  kind: PolicyDocumentKind,
  policy: PolicyStatus,
  snapshot: OrganizationSnapshot,
  change: ConfigChange,
  today: IsoDate,
): GitAhead | undefined {
  if (!policy.deployed || policy.drift?.inSync !== false || !change.changedAt)
    return undefined;
  const base = { mergedAt: change.changedAt, pipelineUrl: change.pipelineUrl };
  if (Date.parse(snapshot.collectedAt) < Date.parse(change.changedAt))
    return { state: 'not-collected', ...base };
  const deployed = snapshot.policies[kind]?.content;
  const before =
    change.previous && previousDocument(change.previous, kind, today);
  if (deployed && before && samePolicyDocument(deployed, before))
    return { state: 'not-applied', ...base };
  return undefined;
}
