import {
  allowlistStanding,
  imageCriteriaStanding,
  chainFromWalk,
  GovernanceConfig,
  imageComplianceFindings,
  IsoDate,
  LINEAGE_IMAGE_ID_PATTERN,
  Provenance,
  PROVENANCE_ORDER,
  provenanceOf,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { InputError, NotFoundError } from '@backstage/errors';
import type { WorkloadGeneration } from '../workloads/WorkloadStore';
import type { LineageStore } from './LineageStore';

/** What every lineage answer says of its source. */
const SOURCE =
  'The lineage graph the workload collections built (DescribeImages and GetImageAncestry in each member account).';

/** An AMI ID as EC2 writes it; anything else is refused naming the parameter. */
export function imageIdParam(value: string, name = 'imageId'): string {
  if (!LINEAGE_IMAGE_ID_PATTERN.test(value))
    throw new InputError(
      `${name} must be an AMI ID such as ami-0123456789abcdef0, not "${value}"`,
    );
  return value;
}

const PROVENANCES: readonly Provenance[] = PROVENANCE_ORDER;

/** `provenance` query parameter, checked. */
export function provenanceParam(value: unknown): Provenance | undefined {
  if (value === undefined) return undefined;
  if (!PROVENANCES.includes(value as Provenance))
    throw new InputError(
      `provenance must be one of ${PROVENANCES.join(', ')}, not "${value}"`,
    );
  return value as Provenance;
}

/** GET /images/{imageId}: facts, chain, provenance with the allowlist standing, compliance, usage, timeline. */
export async function imageAnswer(
  store: LineageStore,
  generation: WorkloadGeneration | undefined,
  config: GovernanceConfig,
  today: IsoDate,
  now: Date,
  imageId: string,
) {
  const node = await store.node(imageId);
  if (!node)
    throw new NotFoundError(
      `AMI ${imageId} is not in the lineage graph: no collection met it (used, in the golden catalog, or as an ancestor)`,
    );
  const [chain, usage, timeline] = await Promise.all([
    store.chain(imageId),
    generation ? store.usage(generation.id, node) : undefined,
    store.timeline(imageId),
  ]);
  const verdict = provenanceOf(chain, config.ops_publisher_account.account_id);
  const facts = node.facts ?? { imageId };
  return {
    source: SOURCE,
    collectedAt: generation?.collectedAt ?? null,
    imageId,
    region: node.region ?? null,
    visible: node.visible,
    facts,
    chain: {
      end: chain.end,
      links: chain.links.map(l => ({
        ...l,
        allowlist: allowlistStanding(l, config, today),
      })),
    },
    provenance: verdict.provenance,
    provenanceReason: verdict.reason,
    allowlist: allowlistStanding(node, config, today),
    criteria: imageCriteriaStanding(
      {
        ...facts,
        // An ancestor known only from a chain has its owner, name and date on the node.
        ownerId: node.ownerId ?? facts.ownerId,
        ownerAlias: node.ownerAlias ?? facts.ownerAlias,
        name: node.name ?? facts.name,
        creationDate: node.creationDate ?? facts.creationDate,
        state: facts.state,
      },
      config,
      today,
      now,
    ),
    compliance: imageComplianceFindings(
      facts,
      verdict.provenance,
      config.image_compliance,
      now,
    ),
    usage: usage ?? null,
    timeline,
  };
}

/** GET /images/{imageId}/descendants: the scope of impact, a page with totals. */
export async function descendantsAnswer(
  store: LineageStore,
  generation: WorkloadGeneration | undefined,
  imageId: string,
  page: { offset: number; limit: number },
) {
  if (!(await store.node(imageId)))
    throw new NotFoundError(`AMI ${imageId} is not in the lineage graph`);
  // The walk is kept with the generation's scope: a later page is a slice, not a new walk.
  const scope = generation
    ? await store.scope(generation.id, imageId, page.offset, page.limit)
    : undefined;
  const descendants =
    scope?.descendants ?? (await store.descendantIds(imageId));
  return {
    source: SOURCE,
    collectedAt: generation?.collectedAt ?? null,
    imageId,
    descendants,
    totals: scope?.totals ?? {
      images: descendants.length + 1,
      instances: 0,
      launchTemplates: 0,
      accounts: 0,
      regions: 0,
    },
    total:
      (scope?.totals.instances ?? 0) + (scope?.totals.launchTemplates ?? 0),
    ...page,
    items: scope?.items ?? [],
  };
}

type Counts = { instances: number; launchTemplates: number };
const zero = (): Record<Provenance, Counts> =>
  Object.fromEntries(
    PROVENANCES.map(p => [p, { instances: 0, launchTemplates: 0 }]),
  ) as Record<Provenance, Counts>;
/** The AMIs an account row lists at most (`imageCount` tells how many in all). */
const MAX_IMAGES = 100;
const RISK_RANK: Record<Provenance, number> = {
  foreign: 0,
  unknown: 1,
  'golden-derived': 2,
  golden: 3,
};
const risky = (c: Record<Provenance, Counts>) =>
  c.unknown.instances +
  c.unknown.launchTemplates +
  c.foreign.instances +
  c.foreign.launchTemplates;

/**
 * The provenance of every AMI in the graph (an AMI the graph lacks is `unknown`) and whether it fails
 * an image compliance rule of the config.
 */
async function judgeImages(
  store: LineageStore,
  generation: WorkloadGeneration,
  config: GovernanceConfig,
  now: Date,
) {
  const { nodes, sources } = await store.graph(generation.id);
  const memo = new Map<string, { provenance: Provenance; fails: boolean }>();
  return (imageId: string) => {
    let judged = memo.get(imageId);
    if (!judged) {
      const chain = chainFromWalk(imageId, id => {
        const node = nodes.get(id);
        return node && { node, sourceImageId: sources.get(id) };
      });
      const { provenance } = provenanceOf(
        chain,
        config.ops_publisher_account.account_id,
      );
      const facts = nodes.get(imageId)?.facts ?? { imageId };
      const fails = imageComplianceFindings(
        facts,
        provenance,
        config.image_compliance,
        now,
      ).some(f => f.status === 'fail');
      judged = { provenance, fails };
      memo.set(imageId, judged);
    }
    return judged;
  };
}

/**
 * GET /provenance: per account, instances and launch templates by provenance, the accounts running
 * `foreign` or `unknown` images first; organization totals.
 */
export async function provenanceAnswer(
  store: LineageStore,
  generation: WorkloadGeneration,
  config: GovernanceConfig,
  now: Date,
  filter: { accountId?: string; provenance?: Provenance },
  page: { offset: number; limit: number },
) {
  const [judge, usage] = await Promise.all([
    judgeImages(store, generation, config, now),
    store.usageByAccountAndImage(generation.id),
  ]);
  const accounts = new Map<string, Record<Provenance, Counts>>();
  const failing = new Map<string, Counts>();
  const imagesOf = new Map<string, Map<string, Counts>>();
  const organization = zero();
  const organizationFailing: Counts = { instances: 0, launchTemplates: 0 };
  for (const u of usage) {
    const { provenance: p, fails } = judge(u.imageId);
    const counts = accounts.get(u.accountId) ?? zero();
    counts[p][u.kind] += u.n;
    organization[p][u.kind] += u.n;
    accounts.set(u.accountId, counts);
    const f = failing.get(u.accountId) ?? { instances: 0, launchTemplates: 0 };
    if (fails) {
      f[u.kind] += u.n;
      organizationFailing[u.kind] += u.n;
    }
    failing.set(u.accountId, f);
    const images = imagesOf.get(u.accountId) ?? new Map<string, Counts>();
    const c = images.get(u.imageId) ?? { instances: 0, launchTemplates: 0 };
    c[u.kind] += u.n;
    images.set(u.imageId, c);
    imagesOf.set(u.accountId, images);
  }
  // The AMIs of an account as the list a click away: risky provenances first, then the most used.
  const imageList = (accountId: string) => {
    const images = [...(imagesOf.get(accountId) ?? new Map<string, Counts>())]
      .map(([imageId, c]) => {
        const { provenance, fails } = judge(imageId);
        return { imageId, provenance, failsCompliance: fails, ...c };
      })
      .sort(
        (a, b) =>
          RISK_RANK[a.provenance] - RISK_RANK[b.provenance] ||
          b.instances + b.launchTemplates - (a.instances + a.launchTemplates) ||
          a.imageId.localeCompare(b.imageId),
      );
    return { imageCount: images.length, images: images.slice(0, MAX_IMAGES) };
  };
  const rows = [...accounts.entries()]
    .filter(([id]) => !filter.accountId || id === filter.accountId)
    .filter(
      ([, c]) =>
        !filter.provenance ||
        c[filter.provenance].instances + c[filter.provenance].launchTemplates >
          0,
    )
    .sort(([a, ca], [b, cb]) => risky(cb) - risky(ca) || a.localeCompare(b))
    .map(([accountId, byProvenance]) => ({
      accountId,
      byProvenance,
      onFailingImages: failing.get(accountId)!,
    }));
  return {
    source: SOURCE,
    collectedAt: generation.collectedAt,
    organization,
    organizationOnFailingImages: organizationFailing,
    complianceRules: config.image_compliance ?? null,
    total: rows.length,
    ...page,
    items: rows
      .slice(page.offset, page.offset + page.limit)
      .map(r => ({ ...r, ...imageList(r.accountId) })),
  };
}
