import { TestDatabases } from '@backstage/backend-test-utils';
import {
  buildPolicyDocuments,
  computeAllowlist,
  parseGovernanceConfig,
  policySettingsOf,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { writeFileSync } from 'node:fs';
import {
  configAsOfTestDay,
  exampleSnapshot,
  TEST_TODAY,
} from '../__testUtils__/fixtures';
import { statusServices } from '../__testUtils__/statusServices';
import { pipelineUrlOf } from '../config/pipelineUrl';

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
const NOW = new Date('2026-11-23T12:00:00Z');

/** The example organization with both policies exactly as `config` generates them today. */
function snapshotDeploying(config: object, collectedAt: string) {
  const parsed = parseGovernanceConfig(config);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.findings));
  const built = buildPolicyDocuments(
    computeAllowlist(parsed.config, TEST_TODAY).providers,
    policySettingsOf(parsed.config),
  );
  if (!built.ok) throw new Error(JSON.stringify(built.findings));
  const snapshot = exampleSnapshot();
  snapshot.collectedAt = collectedAt;
  snapshot.policies.declarativePolicy.content = built.declarativePolicy.compact;
  snapshot.policies.scp.content = built.scp.compact;
  return snapshot;
}

describe('Git ahead of AWS', () => {
  async function changedConfig() {
    const services = await statusServices(databases, NOW, 86_400_000);
    const before = configAsOfTestDay();
    const after = {
      ...before,
      exception_accounts: before.exception_accounts.slice(1),
    };
    writeFileSync(services.configPath, JSON.stringify(after));
    await services.configSource.refresh();
    return services;
  }

  it('says "not applied yet" while AWS holds what the previous config generates', async () => {
    const { ingestor, status } = await changedConfig();
    await ingestor.ingest(
      snapshotDeploying(configAsOfTestDay(), '2026-11-23T12:00:00Z'),
      'aws',
    );
    const view = await status.view(NOW);
    for (const kind of ['declarativePolicy', 'scp'] as const) {
      expect(view.status?.policies[kind].drift?.extra).toEqual([
        '777788889999',
      ]);
      expect(view.status?.policies[kind].gitAhead).toEqual({
        state: 'not-applied',
        mergedAt: NOW.toISOString(),
      });
    }
  });

  it('says "not collected since" when the snapshot predates the change', async () => {
    const { ingestor, status } = await changedConfig();
    await ingestor.ingest(
      snapshotDeploying(configAsOfTestDay(), '2026-11-23T11:00:00Z'),
      'aws',
    );
    const view = await status.view(NOW);
    expect(view.status?.policies.scp.gitAhead?.state).toBe('not-collected');
  });

  it('calls anything else a drift', async () => {
    const { ingestor, status } = await changedConfig();
    const other = configAsOfTestDay();
    other.vendor_publisher_accounts = [];
    await ingestor.ingest(
      snapshotDeploying(other, '2026-11-23T12:00:00Z'),
      'aws',
    );
    const view = await status.view(NOW);
    expect(view.status?.policies.scp.drift?.inSync).toBe(false);
    expect(view.status?.policies.scp.gitAhead).toBeUndefined();
  });
});

describe('pipelineUrlOf', () => {
  it('derives the pipelines page from a GitLab blob or raw URL, unless configured', () => {
    expect(
      pipelineUrlOf(
        'https://gitlab.example.com/platform/aws-governance/-/blob/main/config/ami_publishers.json',
      ),
    ).toBe(
      'https://gitlab.example.com/platform/aws-governance/-/pipelines?ref=main',
    );
    expect(
      pipelineUrlOf(
        'https://gitlab.example.com/g/sub/p/-/raw/release%2F1/x.json',
      ),
    ).toBe('https://gitlab.example.com/g/sub/p/-/pipelines?ref=release%2F1');
    expect(pipelineUrlOf('../../examples/x.json')).toBeUndefined();
    expect(pipelineUrlOf('../../x.json', 'https://ci.example.com/p')).toBe(
      'https://ci.example.com/p',
    );
  });
});
