import type {
  ImageLineage,
  LineageNode,
  ParentState,
} from '@ami-governance/backstage-plugin-ami-governance-common';

/** A row of ami_governance_lineage_images. */
export type ImageRow = {
  image_id: string;
  region: string | null;
  visible: boolean | number;
  parent: ParentState;
  owner_id: string | null;
  owner_alias: string | null;
  name: string | null;
  state: string | null;
  creation_date: string | null;
  deprecation_time: string | null;
  is_public: boolean | number | null;
  snapshots_encrypted: boolean | number | null;
  tags: string | null;
  golden_catalog: boolean | number;
  chain_end: string | null;
  first_seen_at: string;
  last_seen_at: string;
  /** The workload collection that last wrote the row (null before 20270102000000_lineage_seen_in). */
  seen_in_collection: number | null;
};

const bool = (v: boolean | number | null | undefined) =>
  v === null || v === undefined ? undefined : Boolean(v);
const opt = <T>(v: T | null) => (v === null ? undefined : v);

/** A stored AMI as a graph node, the facts it has rebuilt. */
export function nodeOfRow(row: ImageRow): LineageNode {
  const facts: ImageLineage = {
    imageId: row.image_id,
    ownerId: opt(row.owner_id),
    ownerAlias: opt(row.owner_alias),
    name: opt(row.name),
    state: opt(row.state),
    creationDate: opt(row.creation_date),
    deprecationTime: opt(row.deprecation_time),
    isPublic: bool(row.is_public),
    snapshotsEncrypted: bool(row.snapshots_encrypted),
    tags: row.tags ? JSON.parse(row.tags) : undefined,
    goldenCatalog: Boolean(row.golden_catalog) || undefined,
  };
  return {
    imageId: row.image_id,
    region: opt(row.region),
    visible: Boolean(row.visible),
    ownerId: opt(row.owner_id),
    ownerAlias: opt(row.owner_alias),
    name: opt(row.name),
    creationDate: opt(row.creation_date),
    parent: row.parent,
    facts,
  };
}

/** How a described AMI's chain ends, in one comparable string (a change is a provenance change). */
export function chainEndOf(image: ImageLineage): string {
  const { ancestry } = image;
  if (!ancestry) return 'not-read';
  const last = ancestry[ancestry.length - 1];
  if (!last) return `root:${image.imageId}`;
  return `${last.visible ? 'root' : 'not-visible'}:${last.imageId}`;
}

/** A node as a row; `seenAt` is the account's collection time, `collection` the generation. */
export function rowOfNode(
  node: LineageNode,
  seenAt: string,
  before: ImageRow | undefined,
  collection: number | null,
): ImageRow {
  const f = node.facts;
  return {
    image_id: node.imageId,
    region: node.region ?? null,
    visible: node.visible,
    parent: node.parent,
    owner_id: node.ownerId ?? null,
    owner_alias: node.ownerAlias ?? null,
    name: node.name ?? null,
    state: f?.state ?? before?.state ?? null,
    creation_date: node.creationDate ?? null,
    deprecation_time: f?.deprecationTime ?? before?.deprecation_time ?? null,
    is_public: f?.isPublic ?? bool(before?.is_public) ?? null,
    snapshots_encrypted:
      f?.snapshotsEncrypted ?? bool(before?.snapshots_encrypted) ?? null,
    tags: f?.tags ? JSON.stringify(f.tags) : before?.tags ?? null,
    golden_catalog: Boolean(f?.goldenCatalog || bool(before?.golden_catalog)),
    chain_end: f ? chainEndOf(f) : before?.chain_end ?? null,
    first_seen_at: before?.first_seen_at ?? seenAt,
    last_seen_at: seenAt,
    seen_in_collection: collection,
  };
}

// Databases answer booleans as true/false (PostgreSQL) or 1/0 (SQLite): compared as numbers.
const comparable = (v: unknown) =>
  typeof v === 'boolean' ? Number(v) : v ?? null;

/**
 * Whether writing `after` over `before` would tell nothing new: the same collection already wrote
 * the row and every fact is the same (only the account's collection time would change).
 */
export function unchangedInCollection(before: ImageRow, after: ImageRow) {
  if (before.seen_in_collection === null) return false;
  if (Number(before.seen_in_collection) !== after.seen_in_collection)
    return false;
  return (Object.keys(after) as (keyof ImageRow)[]).every(
    k => k === 'last_seen_at' || comparable(before[k]) === comparable(after[k]),
  );
}

/** What the collections saw change between two rows of one AMI. */
export function eventsBetween(
  before: ImageRow | undefined,
  after: ImageRow,
): { kind: string; detail: string }[] {
  if (!before)
    return [
      {
        kind: 'first-seen',
        detail: after.visible
          ? `Seen in ${after.region ?? 'an unknown region'}`
          : 'Named as an ancestor the collector cannot see',
      },
    ];
  const events: { kind: string; detail: string }[] = [];
  if (
    after.deprecation_time &&
    after.deprecation_time !== before.deprecation_time
  )
    events.push({
      kind: 'deprecated',
      detail: `Deprecation time ${after.deprecation_time}`,
    });
  if (
    after.state !== before.state &&
    (after.state === 'disabled' || after.state === 'deregistered')
  )
    events.push({
      kind: after.state,
      detail: `State ${before.state ?? 'unknown'} -> ${after.state}`,
    });
  if (after.is_public === true && !bool(before.is_public))
    events.push({ kind: 'made-public', detail: 'The AMI became public' });
  if (
    before.chain_end &&
    after.chain_end &&
    after.chain_end !== before.chain_end
  )
    events.push({
      kind: 'provenance-changed',
      detail: `Chain end ${before.chain_end} -> ${after.chain_end}`,
    });
  return events;
}
