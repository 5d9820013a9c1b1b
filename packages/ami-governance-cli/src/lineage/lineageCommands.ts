import {
  allowlistStanding,
  IsoDate,
  LINEAGE_IMAGE_ID_PATTERN,
  lineageGraphOf,
  provenanceOf,
  ProvenanceVerdict,
  scopeOfImpact,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { Command } from 'commander';
import { EXIT_OK, UsageError } from '../lib/exitCodes';
import {
  readWorkloadSnapshot,
  WorkloadSnapshot,
} from '../workloads/impactInput';
import { loadConfig } from '../config/loadConfig';
import { resolveToday, todayOption } from '../lib/options';
import { Output } from '../lib/output';

/** Workloads run on the AMI or one derived from it: distinct from errors (1) and usage (2), for CI. */
export const EXIT_AFFECTED = 3;

function imageArgument(value: string): string {
  if (!LINEAGE_IMAGE_ID_PATTERN.test(value))
    throw new UsageError(
      `AMI must be an AMI ID such as ami-0123456789abcdef0, not "${value}"`,
    );
  return value;
}

/**
 * The ops publisher's account: from --config, else the owner of the golden catalog the snapshot
 * holds (lineage read in the publisher's account); undefined when neither tells.
 */
function opsAccountOf(snapshot: WorkloadSnapshot, configPath?: string) {
  if (configPath) {
    const loaded = loadConfig(configPath);
    if (!loaded.ok)
      throw new UsageError(
        `--config "${configPath}" cannot be read: run "ami-governance validate --config ${configPath}" for why.`,
      );
    return {
      opsAccountId: loaded.config.ops_publisher_account.account_id,
      config: loaded.config,
    };
  }
  const owners = new Set<string>();
  for (const a of snapshot.workloads.accounts)
    for (const r of a.regions)
      for (const i of r.lineage ?? [])
        if (i.goldenCatalog && i.ownerId) owners.add(i.ownerId);
  return { opsAccountId: owners.size === 1 ? [...owners][0] : undefined };
}

type LineageOpts = {
  snapshot: string;
  config?: string;
  json: boolean;
  today: IsoDate;
};

/** How a link's owner stands, after its owner (a link nobody can see says NOT VISIBLE instead). */
const STANDING_WORDS = {
  allowed: ', allowlisted',
  'not-allowed': ', not in the allowlist',
  unknown: ', allowlist standing unknown',
} as const;

/** `lineage`: an AMI's chain to the root and its provenance. */
function runLineage(imageId: string, opts: LineageOpts): number {
  const out = new Output(opts.json);
  const snapshot = readWorkloadSnapshot(opts.snapshot);
  const graph = lineageGraphOf(snapshot.workloads);
  const chain = graph.chainOf(imageId);
  const { opsAccountId, config } = opsAccountOf(snapshot, opts.config);
  const verdict: ProvenanceVerdict = opsAccountId
    ? provenanceOf(chain, opsAccountId)
    : {
        provenance: 'unknown',
        reason:
          'The ops publisher is not known: pass --config (or a snapshot whose lineage holds its golden catalog).',
      };
  out.line(
    `AMI ${imageId} (snapshot ${opts.snapshot}, collected ${snapshot.collectedAt})`,
  );
  chain.links.forEach((l, i) => {
    const owner = l.ownerId ?? l.ownerAlias ?? 'owner unknown';
    let standing = '';
    if (config && l.visible)
      standing =
        STANDING_WORDS[allowlistStanding(l, config, opts.today).status];
    out.line(
      `${'  '.repeat(i)}${i === 0 ? '' : '<- '}${l.imageId} ${
        l.region ?? '?'
      } ${
        l.visible
          ? `${owner}${standing}${l.name ? ` "${l.name}"` : ''}${
              l.creationDate ? ` ${l.creationDate}` : ''
            }`
          : 'NOT VISIBLE'
      }`,
    );
  });
  out.line(`Chain end: ${chain.end}`);
  out.line(`Provenance: ${verdict.provenance}. ${verdict.reason}`);
  out.flush({ imageId, chain, ...verdict, opsAccountId: opsAccountId ?? null });
  return EXIT_OK;
}

type ScopeOpts = { snapshot: string; json: boolean };

/** `scope`: what a compromised AMI reaches; exit 3 when workloads are affected. */
function runScope(imageId: string, opts: ScopeOpts): number {
  const out = new Output(opts.json);
  const snapshot = readWorkloadSnapshot(opts.snapshot);
  const scope = scopeOfImpact(snapshot.workloads, imageId);
  const { totals } = scope;
  out.line(
    `Scope of impact of ${imageId} (snapshot ${opts.snapshot}, collected ${snapshot.collectedAt}):`,
  );
  out.line(
    `${scope.descendants.length} derived AMI(s)${
      scope.descendants.length ? `: ${scope.descendants.join(', ')}` : ''
    }`,
  );
  out.line(
    `${totals.instances} instance(s) and ${totals.launchTemplates} launch template version(s) in ${totals.accounts} account(s), ${totals.regions} account-region(s)`,
  );
  for (const w of scope.workloads)
    out.line(
      `  ${w.accountId} ${w.region} ${w.kind} ${w.id} on ${w.imageId}${
        w.ownerId ? ` (owner ${w.ownerId})` : ''
      }`,
    );
  const affected = scope.workloads.length > 0;
  out.flush({
    ok: !affected,
    snapshot: { collectedAt: snapshot.collectedAt },
    ...scope,
  });
  return affected ? EXIT_AFFECTED : EXIT_OK;
}

/** `lineage` and `scope`: incident response from a terminal or CI (docs/lineage.md). */
export function addLineageCommands(
  program: Command,
  setExitCode: (code: number) => void,
): void {
  program
    .command('lineage')
    .description(
      "an AMI's chain to its root and its provenance, from a snapshot with workloads",
    )
    .argument('<AMI>', 'the AMI ID', imageArgument)
    .requiredOption(
      '--snapshot <file>',
      'an organization snapshot with workloads and lineage',
    )
    .option(
      '--config <path>',
      'ami_publishers.json: the ops publisher and the allowlist standing',
    )
    .addOption(todayOption())
    .option('--json', 'print one JSON object instead of text', false)
    .action((ami, opts) =>
      setExitCode(
        runLineage(ami, { ...opts, today: resolveToday(opts.today) }),
      ),
    );
  program
    .command('scope')
    .description(
      'the scope of impact of an AMI: derived AMIs and the workloads on any of them; exit 3 if any',
    )
    .argument('<AMI>', 'the AMI ID', imageArgument)
    .requiredOption(
      '--snapshot <file>',
      'an organization snapshot with workloads and lineage',
    )
    .option('--json', 'print one JSON object instead of text', false)
    .action((ami, opts) => setExitCode(runScope(ami, opts)));
}
