import {
  accountAncestry,
  AllowedImagesLayerInput,
  effectiveAllowedImagesOf,
  OrganizationSnapshot,
} from '@ami-governance/backstage-plugin-ami-governance-common';

/**
 * Each account's Allowed AMIs as its effective (deployed) declarative policy sets it, by account ID:
 * what its regions are measured against. Accounts sharing one effective content share one object
 * (few distinct contents exist), which also keys the judgments of regionEnforcement. An account
 * without a readable effective policy (none reaches it, or it could not be read) has no entry.
 */
export type EffectiveSettings = Map<string, AllowedImagesLayerInput>;

/**
 * The effective settings of a snapshot's accounts. When an account's effective policy was not read
 * but the deployed declarative policy reaches it (attached on its ancestry), the deployed document
 * stands in for it: with one declarative policy, that is what AWS merges for the account.
 */
export function effectiveSettingsOf(
  snapshot: Pick<
    OrganizationSnapshot,
    'accounts' | 'roots' | 'organizationalUnits' | 'policies'
  >,
): EffectiveSettings {
  const byContent = new Map<string, AllowedImagesLayerInput | undefined>();
  const parsed = (content: string) => {
    if (!byContent.has(content))
      byContent.set(content, effectiveAllowedImagesOf(content));
    return byContent.get(content);
  };
  const deployed = snapshot.policies.declarativePolicy;
  const targets = new Set(deployed?.targets.map(t => t.targetId) ?? []);
  const ancestry = deployed ? accountAncestry(snapshot) : undefined;
  const settings: EffectiveSettings = new Map();
  for (const { id, effectiveDeclarativePolicy: content } of snapshot.accounts) {
    let setting = content ? parsed(content) : undefined;
    if (!content && deployed && ancestry?.get(id)?.some(n => targets.has(n)))
      setting = parsed(deployed.content);
    if (setting) settings.set(id, setting);
  }
  return settings;
}
