import { generatedPolicyContents } from '@ami-governance/backstage-plugin-ami-governance-common/testUtils';
import { FakeOrganization } from '@ami-governance/backstage-plugin-ami-governance-node/testUtils';

/** A deterministic pseudo-random sequence (LCG), so every run walks the same organization. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

// As the generator writes it, public sharing left unmanaged: one vendor and Amazon allowed.
export const DECLARATIVE_CONTENT = generatedPolicyContents(
  ['111122223333', 'amazon'],
  { blockPublicSharing: false },
).declarativePolicy;

/**
 * `ouCount` OUs in two levels (√n top-level OUs under the root, the rest beneath them) and
 * `accountCount` accounts spread unevenly (a fifth of the OUs get two thirds of the accounts, so some
 * OUs span several pages of 20 and some are empty). 2% of the accounts have no effective policy.
 */
export function syntheticOrganization(
  accountCount: number,
  ouCount: number,
): FakeOrganization {
  const random = seeded(42);
  const root = 'r-bn01';
  const top = Math.max(1, Math.round(Math.sqrt(ouCount)));
  const organizationalUnits = Array.from({ length: ouCount }, (_, i) => ({
    id: `ou-bn01-${String(i).padStart(8, '0')}`,
    name: `ou-${i}`,
    parentId: i < top ? root : `ou-bn01-${String(i % top).padStart(8, '0')}`,
  }));
  const management = '100000000000';
  const accounts = [{ id: management, name: 'management', parentId: root }];
  const crowded = organizationalUnits.slice(0, Math.ceil(ouCount / 5));
  for (let i = 1; i < accountCount; i++) {
    const pool = random() < 2 / 3 ? crowded : organizationalUnits;
    accounts.push({
      id: String(100000000000 + i),
      name: `account-${i}`,
      parentId: pool[Math.floor(random() * pool.length)].id,
    });
  }
  const effective: FakeOrganization['effective'] = {};
  for (const a of accounts)
    if (random() >= 0.02) effective[a.id] = DECLARATIVE_CONTENT;
  const scps = Array.from({ length: 30 }, (_, i) => ({
    id: `p-bench${String(i).padStart(4, '0')}`,
    name: i === 25 ? 'ami-guardrail' : `team-scp-${i}`,
    type: 'SERVICE_CONTROL_POLICY' as const,
    content: '{"Version":"2012-10-17","Statement":[]}',
    targets:
      i === 25 ? [root, ...organizationalUnits.slice(0, 3).map(o => o.id)] : [],
  }));
  return {
    id: 'o-bench00001',
    managementAccountId: management,
    roots: [{ id: root, name: 'Root' }],
    organizationalUnits,
    accounts,
    policies: [
      ...scps,
      {
        id: 'p-benchdecl',
        name: 'ami-publisher-allowlist',
        type: 'DECLARATIVE_POLICY_EC2',
        content: DECLARATIVE_CONTENT,
        targets: [root],
      },
    ],
    effective,
  };
}
