// The API answers bench/page serves to the page, computed with the domain core exactly as the
// backend computes them (listPublishers, validateConfig, computeOrganizationStatus), for a small
// case (10 publishers, 10 accounts) and a large one (1,000 publishers, 5,000 accounts in 300 OUs).
import {
  addDays,
  buildPolicyDocuments,
  computeAllowlist,
  computeOrganizationStatus,
  countPublishers,
  EXCEPTION_TYPES,
  EXCEPTION_TYPE_NAMES,
  expectedPoliciesOf,
  GovernanceConfig,
  hasErrors,
  filterPublishers,
  listPublishers,
  OrganizationSnapshot,
  parseGovernanceConfig,
  policySettingsOf,
  PublisherQuery,
  summarizeStatus,
  validateConfig,
} from '@ami-governance/backstage-plugin-ami-governance-common';

import {
  publicImagesAnswer,
  readinessAnswer,
  usageAnswer,
} from './workloadFixtures';

const id = (n: number) => String(n).padStart(12, '0');

type Sizes = {
  vendors: number;
  exceptions: number;
  accounts: number;
  ous: number;
};

/** Active exceptions first (inside their type's maximum), then expired history. */
function config(today: string, s: Sizes): GovernanceConfig {
  const active = Math.ceil(s.exceptions * 0.4);
  const raw = {
    ops_publisher_account: {
      account_id: '123456738923',
      description: 'Ops golden AMI publisher',
    },
    vendor_publisher_accounts: Array.from({ length: s.vendors }, (_, i) => ({
      account_id: id(400_000 + i),
      vendor_name: `Vendor ${i}`,
      description: `Appliance ${i}`,
    })),
    exception_accounts: Array.from({ length: s.exceptions }, (_, i) => {
      const type = EXCEPTION_TYPE_NAMES[i % EXCEPTION_TYPE_NAMES.length];
      const expires =
        i < active
          ? addDays(today, i % EXCEPTION_TYPES[type].maxDays)
          : addDays(today, -1 - (i % 365));
      return {
        account_id: id(500_000 + i),
        expires_on: expires,
        reason: `Synthetic exception ${i}`,
        exception_type: type,
        ticket: `CLOUD-${10_000 + i}`,
        requested_by: `team-${i % 40}`,
        approved_by: 'security-lead',
        approval_date: addDays(
          expires,
          -Math.min(20, EXCEPTION_TYPES[type].maxDays),
        ),
      };
    }),
    policy_config: { enforcement_mode: 'audit_mode' },
  };
  const parsed = parseGovernanceConfig(raw);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.findings));
  return parsed.config;
}

/** Drift on purpose: the deployed policies lack a few allowed providers and keep a few removed ones. */
function snapshot(
  cfg: GovernanceConfig,
  today: string,
  now: Date,
  s: Sizes,
): OrganizationSnapshot {
  const allowlist = computeAllowlist(cfg, today).providers;
  const deployedList = [
    ...allowlist.slice(Math.ceil(allowlist.length / 50)),
    id(900_001),
    id(900_002),
  ];
  const settings = policySettingsOf(cfg);
  const deployed = buildPolicyDocuments(deployedList, settings);
  const older = buildPolicyDocuments(deployedList.slice(1), settings);
  if (!deployed.ok || !older.ok)
    throw new Error('policy documents did not build');
  const root = { id: 'r-bench', name: 'Root' };
  const ous = Array.from({ length: s.ous }, (_, i) => ({
    id: `ou-bench-${i}`,
    name: `OU ${i}`,
    parentId: i % 10 === 0 ? root.id : `ou-bench-${i - (i % 10)}`,
  }));
  // The declarative policy is attached to every top-level OU but the last: that subtree is uncovered.
  const top = (ou: number) => Math.floor(ou / 10) * 10;
  const covered = (ou: number) => top(ou) !== top(s.ous - 1);
  const ouOf = (i: number) => (i * 37) % s.ous; // spread accounts over every OU
  const accounts = Array.from({ length: s.accounts }, (_, i) => ({
    id: id(1 + i),
    name: `account-${i}`,
    parentId: ous[ouOf(i)].id,
    status: 'ACTIVE',
    ...(covered(ouOf(i))
      ? {
          effectiveDeclarativePolicy: (i % 97 === 5 ? older : deployed)
            .declarativePolicy.compact,
        }
      : {}),
  }));
  return {
    version: 1,
    collectedAt: new Date(now.getTime() - 3_600_000).toISOString(),
    organization: { id: 'o-bench', managementAccountId: id(1) },
    roots: [root],
    organizationalUnits: ous,
    accounts,
    policies: {
      declarativePolicy: {
        id: 'p-decl',
        name: 'ami-publisher-allowlist',
        content: deployed.declarativePolicy.compact,
        targets: ous
          .filter(
            ou =>
              ou.parentId === root.id && covered(Number(ou.id.split('-')[2])),
          )
          .map(ou => ({
            targetId: ou.id,
            name: ou.name,
            type: 'ORGANIZATIONAL_UNIT' as const,
          })),
      },
      scp: {
        id: 'p-scp',
        name: 'ami-guardrail',
        content: deployed.scp.compact,
        targets: [{ targetId: root.id, name: 'Root', type: 'ROOT' as const }],
      },
    },
    errors: [],
  } as OrganizationSnapshot;
}

/** An answer that depends on the query (paging, filters, the providers asked). */
export type Answer = string | ((query: URLSearchParams) => string);

/**
 * The JSON bodies of the endpoints the page reads, keyed by path; /publishers is paged and filtered
 * by state as the backend's configRoutes.ts does, /usage answers for the providers asked
 * (usageAnswer in workloadFixtures.ts).
 */
export function apiAnswers(s: Sizes, now: Date): Record<string, Answer> {
  const today = now.toISOString().slice(0, 10);
  const cfg = config(today, s);
  const meta = {
    source: 'bench',
    readAt: now.toISOString(),
    today,
    configError: null,
  };
  const validation = validateConfig(cfg, { today });
  const gen = validation.generation;
  const policies = gen?.ok
    ? [gen.declarativePolicy, gen.scp].map(
        ({ kind, fileName, document, size, maxSize }) => ({
          kind,
          fileName,
          document,
          size,
          maxSize,
        }),
      )
    : [];
  const status = computeOrganizationStatus(
    snapshot(cfg, today, now, s),
    expectedPoliciesOf(cfg, today),
    {
      now,
      staleAfterMs: 86_400_000,
    },
  );
  const requests = Array.from(
    { length: Math.min(20, s.exceptions) },
    (_, i) => ({
      accountId: id(600_000 + i),
      ticket: `CLOUD-${20_000 + i}`,
      exceptionType: 'migration',
      expiresOn: addDays(today, 30),
      requestedBy: `team-${i}`,
      mergeRequestUrl: `https://gitlab.example.com/platform/governance/-/merge_requests/${
        i + 1
      }`,
      mergeRequestIid: i + 1,
      state: i % 3 ? 'merged' : 'opened',
      updatedAt: now.toISOString(),
    }),
  );
  const all = listPublishers(cfg, today);
  const counts = countPublishers(
    all,
    computeAllowlist(cfg, today).providers.length,
  );
  return {
    // Filtered as the backend's configRoutes.ts does, by the same function of common.
    '/publishers': query => {
      const filtered = filterPublishers(all, {
        category: (query.get('category') ??
          undefined) as PublisherQuery['category'],
        state: (query.get('state') ?? undefined) as PublisherQuery['state'],
        q: query.get('q') ?? undefined,
      });
      const offset = Number(query.get('offset') ?? 0);
      const limit = Number(query.get('limit') ?? 100);
      return JSON.stringify({
        ...meta,
        enforcementMode: cfg.policy_config.enforcement_mode,
        warningDays: cfg.policy_config.warning_days,
        total: filtered.length,
        offset,
        limit,
        counts,
        publishers: filtered.slice(offset, offset + limit),
      });
    },
    '/policies': JSON.stringify({
      ...meta,
      valid: !hasErrors(validation.findings),
      findings: validation.findings,
      allowlist: gen?.allowlist ?? [],
      policies,
    }),
    '/status': JSON.stringify({
      available: true,
      source: 'bench',
      receivedAt: now.toISOString(),
      driftSince: status.collectedAt,
      collectionError: null,
      configError: null,
      status: summarizeStatus(status),
    }),
    '/exception-requests': JSON.stringify({ items: requests }),
    '/readiness': JSON.stringify(readinessAnswer(s, now)),
    '/public-images': JSON.stringify(publicImagesAnswer(s, now)),
    '/usage': query =>
      JSON.stringify(usageAnswer(s, now, query.getAll('provider'))),
  };
}

export const CASES = {
  small: { vendors: 2, exceptions: 7, accounts: 10, ous: 11 },
  large: { vendors: 9, exceptions: 990, accounts: 5_000, ous: 300 },
} satisfies Record<string, Sizes>;
