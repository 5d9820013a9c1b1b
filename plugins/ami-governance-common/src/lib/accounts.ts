// AWS account IDs and AMI owner aliases, and the one table that says how each alias is
// spelled in each policy document.

/** Exactly 12 digits, kept as a string: leading zeros are part of the ID. @public */
export const ACCOUNT_ID_PATTERN = /^\d{12}$/;

/** @public */
export function isAccountId(value: string): boolean {
  return ACCOUNT_ID_PATTERN.test(value);
}

/**
 * Owner aliases AWS accepts in place of an account ID, keyed by their EC2 API spelling
 * (the canonical form used throughout this package).
 *
 * UNCONFIRMED (see docs/policies.md): AWS documents the underscore spellings for declarative
 * policies and the hyphen spellings for the EC2 API and the `ec2:Owner` condition key, but has not
 * confirmed which spellings a declarative policy accepts, nor whether `ec2:Owner` ever carries
 * `aws-backup-vault`. Change this table, and only this table, when that is settled.
 *
 * @public
 */
export const OWNER_ALIASES = {
  amazon: { declarativePolicy: 'amazon', scp: 'amazon' },
  'aws-marketplace': {
    declarativePolicy: 'aws_marketplace',
    scp: 'aws-marketplace',
  },
  'aws-backup-vault': {
    declarativePolicy: 'aws_backup_vault',
    scp: 'aws-backup-vault',
  },
} as const;

/** @public */
export type OwnerAlias = keyof typeof OWNER_ALIASES;

/** An AMI provider as the allowlist holds it: a 12-digit account ID or a canonical owner alias. @public */
export type ImageProvider = string;

/** The document a provider is written into. @public */
export type PolicyDocumentKind = 'declarativePolicy' | 'scp';

const aliasBySpelling = new Map<string, OwnerAlias>();
for (const [alias, spellings] of Object.entries(OWNER_ALIASES) as [
  OwnerAlias,
  { declarativePolicy: string; scp: string },
][]) {
  aliasBySpelling.set(alias, alias);
  aliasBySpelling.set(spellings.declarativePolicy, alias);
  aliasBySpelling.set(spellings.scp, alias);
}

/** The canonical alias for any known spelling (`aws_marketplace` → `aws-marketplace`), or undefined. @public */
export function canonicalOwnerAlias(value: string): OwnerAlias | undefined {
  return aliasBySpelling.get(value);
}

/** Every accepted alias spelling, for error messages. @public */
export function ownerAliasSpellings(): string[] {
  return [...aliasBySpelling.keys()].sort();
}

/**
 * A provider read from any document, in canonical form: account IDs unchanged, aliases in their
 * EC2 API spelling. Anything unrecognised is returned unchanged so comparisons still show it.
 * @public
 */
export function canonicalProvider(value: string): ImageProvider {
  return canonicalOwnerAlias(value) ?? value;
}

/** How a canonical provider is written in the given document. @public */
export function providerSpelling(
  provider: ImageProvider,
  kind: PolicyDocumentKind,
): string {
  const alias = canonicalOwnerAlias(provider);
  return alias ? OWNER_ALIASES[alias][kind] : provider;
}

/** Account IDs first (numeric string order), then aliases; no duplicates. @public */
export function sortProviders(
  providers: Iterable<ImageProvider>,
): ImageProvider[] {
  const unique = [...new Set(providers)];
  const ids = unique.filter(isAccountId).sort();
  const others = unique.filter(p => !isAccountId(p)).sort();
  return [...ids, ...others];
}
