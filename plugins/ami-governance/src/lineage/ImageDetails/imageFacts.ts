/** A fact of an AMI as the lineage answer carries it (`facts` is open-ended): words, or unknown. */
export type FactRow = { label: string; value: string };

function yesNo(v: unknown, yes: string, no: string) {
  if (typeof v !== 'boolean') return 'unknown';
  return v ? yes : no;
}
const text = (v: unknown) =>
  typeof v === 'string' && v !== '' ? v : 'unknown';

/** The facts a compliance check needs, each "unknown" when the collections did not see it. */
export function imageFactRows(
  facts: Record<string, unknown> | undefined,
  chain?: { end: string; links: { imageId: string; region?: string }[] },
): FactRow[] {
  const f = facts ?? {};
  const tags = f.tags as Record<string, string> | undefined;
  return [
    { label: 'Name', value: text(f.name) },
    {
      label: 'Owner',
      value: f.ownerAlias
        ? `${text(f.ownerId)} (${f.ownerAlias})`
        : text(f.ownerId),
    },
    { label: 'State', value: text(f.state) },
    { label: 'Created', value: text(f.creationDate) },
    {
      label: 'Deprecation',
      value: f.deprecationTime ? text(f.deprecationTime) : 'none seen',
    },
    { label: 'Public', value: yesNo(f.isPublic, 'yes', 'no') },
    {
      label: 'EBS snapshots encrypted',
      value: yesNo(f.snapshotsEncrypted, 'all of them', 'not all'),
    },
    { label: 'Source AMI', value: sourceText(chain) },
    {
      label: 'Tags',
      value: tags
        ? Object.entries(tags)
            .map(([k, v]) => `${k}=${v}`)
            .join(', ') || 'none'
        : 'unknown',
    },
  ];
}

/** The source is the chain's second link (the stored facts do not carry it); a root has none. */
function sourceText(chain?: {
  end: string;
  links: { imageId: string; region?: string }[];
}) {
  const source = chain?.links[1];
  if (source) return `${source.imageId} in ${source.region ?? 'unknown'}`;
  return chain?.end === 'root' ? 'none: a root' : 'unknown';
}
