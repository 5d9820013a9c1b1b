/**
 * Writes the bench/api inputs: a governance config with 1,000 exceptions (dated relative to today,
 * since the backend reads the real clock) and a 5,000-account, 300-OU organization snapshot whose
 * policies and effective policies are what the generator writes, with a workloads section of 200,000
 * instances and 20,000 launch template versions (workloadFixtures.ts).
 */
import {
  addDays,
  buildPolicyDocuments,
  computeAllowlist,
  OrganizationSnapshot,
  parseGovernanceConfig,
  policySettingsOf,
  utcDateOf,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { smallRawConfig } from '@ami-governance/backstage-plugin-ami-governance-common/testUtils';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { workloadsSection } from './workloadFixtures';

const id = (n: number) => String(n).padStart(12, '0');

export function governanceConfig(exceptions: number) {
  const today = utcDateOf(new Date());
  // 50 in the allowlist (a policy holds ~630 providers), the rest expired history.
  return smallRawConfig(
    Array.from({ length: exceptions }, (_, i) => ({
      account_id: id(500_000 + i),
      expires_on: addDays(today, i < 50 ? 5 + i : -1 - i),
      reason: `Synthetic exception ${i}`,
      exception_type: 'migration',
      ticket: `CLOUD-${10_000 + i}`,
      approval_date: addDays(today, i < 50 ? -10 : -60 - i),
    })),
  );
}

export function organizationSnapshot(
  rawConfig: object,
  accounts: number,
  ous: number,
): OrganizationSnapshot {
  const parsed = parseGovernanceConfig(rawConfig);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.findings));
  const today = utcDateOf(new Date());
  const built = buildPolicyDocuments(
    computeAllowlist(parsed.config, today).providers,
    policySettingsOf(parsed.config),
  );
  if (!built.ok) throw new Error(JSON.stringify(built.findings));
  const root = { id: 'r-bench', name: 'Root' };
  const organizationalUnits = Array.from({ length: ous }, (_, i) => ({
    id: `ou-bench-${i}`,
    name: `OU ${i}`,
    // A few levels deep: every tenth OU under the root, the others under the previous tenth.
    parentId: i % 10 === 0 ? root.id : `ou-bench-${i - (i % 10)}`,
  }));
  return {
    version: 1,
    collectedAt: new Date().toISOString(),
    organization: { id: 'o-bench', managementAccountId: id(1) },
    roots: [root],
    organizationalUnits,
    accounts: Array.from({ length: accounts }, (_, i) => ({
      id: id(1 + i),
      name: `account-${i}`,
      parentId: organizationalUnits[i % ous].id,
      status: 'ACTIVE',
      effectiveDeclarativePolicy: built.declarativePolicy.compact,
    })),
    policies: {
      declarativePolicy: {
        id: 'p-decl',
        name: 'ami-publisher-allowlist',
        content: built.declarativePolicy.compact,
        targets: organizationalUnits
          .filter(ou => ou.parentId === root.id)
          .slice(1)
          .map(ou => ({
            targetId: ou.id,
            name: ou.name,
            type: 'ORGANIZATIONAL_UNIT' as const,
          })),
      },
      scp: {
        id: 'p-scp',
        name: 'ami-guardrail',
        content: built.scp.compact,
        targets: [{ targetId: root.id, name: 'Root', type: 'ROOT' as const }],
      },
    },
    errors: [],
  };
}

/** The backend's port: BENCH_PORT, 7077 by default (another may be using it). */
export const benchPort = () => Number(process.env.BENCH_PORT ?? 7077);

/** The plugin's base URL on the bench backend. */
export const benchBase = () =>
  `http://127.0.0.1:${benchPort()}/api/ami-governance`;

/**
 * The bench/api backend's app-config: SQLite in memory reading the snapshot file, or (`postgres`) a
 * fresh database on the PostgreSQL server given, fed by POST /snapshots only.
 */
function appConfig(dir: string, token: string, postgres?: string) {
  const port = benchPort();
  return [
    'backend:',
    `  baseUrl: http://127.0.0.1:${port}`,
    `  listen: { port: ${port}, host: 127.0.0.1 }`,
    postgres
      ? `  database: { client: pg, connection: "${postgres}", prefix: bench_api_ }`
      : '  database: { client: better-sqlite3, connection: ":memory:" }',
    '  auth:',
    '    externalAccess:',
    `      - type: static`,
    `        options: { token: ${token}, subject: bench }`,
    'amiGovernance:',
    `  config: { location: ${join(dir, 'ami_publishers.json')} }`,
    postgres
      ? '  organization: { source: snapshot, maxSnapshotSize: 200mb }'
      : `  organization: { source: snapshot, snapshot: ${join(
          dir,
          'org-snapshot.json',
        )} }`,
  ].join('\n');
}

export function writeFixtures(dir: string, token: string, postgres?: string) {
  const config = governanceConfig(1_000);
  writeFileSync(join(dir, 'ami_publishers.json'), JSON.stringify(config));
  const snapshot = organizationSnapshot(config, 5_000, 300);
  writeFileSync(
    join(dir, 'org-snapshot.json'),
    JSON.stringify({
      ...snapshot,
      version: 2,
      workloads: workloadsSection(
        config,
        { accounts: 5_000, instances: 200_000, launchTemplates: 20_000 },
        snapshot.collectedAt,
      ),
    }),
  );
  writeFileSync(join(dir, 'app-config.yaml'), appConfig(dir, token, postgres));
}
