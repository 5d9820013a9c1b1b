import type { ImageProvider } from '../lib/accounts';
import {
  buildPolicyDocuments,
  PolicySettings,
} from '../policies/generatePolicies';

/** The policies the generator writes for `providers`, as the `Content` AWS stores. @public */
export function generatedPolicyContents(
  providers: ImageProvider[],
  settings: Partial<PolicySettings> = {},
) {
  const built = buildPolicyDocuments(providers, {
    mode: 'audit_mode',
    blockPublicSharing: true,
    denyAmiCreation: false,
    amiBuildAccounts: [],
    ...settings,
  });
  if (!built.ok) throw new Error(JSON.stringify(built.findings));
  return {
    declarativePolicy: built.declarativePolicy.compact,
    scp: built.scp.compact,
  };
}
