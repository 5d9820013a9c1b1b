import type {
  AwsRefusal,
  LineageLink,
} from '@ami-governance/backstage-plugin-ami-governance-common';

/** One AMI's ancestry as read, or why it could not be. @public */
export type AncestryRead = { ancestry: LineageLink[] } | { error: AwsRefusal };

type Entry = { read: Promise<AncestryRead>; attempts: number };

const endsHidden = (read: AncestryRead) =>
  'ancestry' in read && read.ancestry.some(l => !l.visible);

/**
 * Ancestry chains by AMI ID, shared by every account of a collection (and across collections when
 * the caller keeps the cache): a chain never changes once made, so each AMI's GetImageAncestry is
 * asked once. Concurrent askers share one call. A chain cut by an ancestor hidden from the account
 * that asked (or a refusal) is asked again by up to `retriesOfCut` other accounts, which may see
 * further; a chain that reached its root is final.
 * @public
 */
export class AncestryCache {
  private readonly chains = new Map<string, Entry>();
  /** Chains read through this cache (asked of AWS unless the AMI records no source). */
  reads = 0;

  constructor(private readonly retriesOfCut = 2) {}

  get size(): number {
    return this.chains.size;
  }

  /** Seeds a chain known from before (a stored graph), so it is never asked again. */
  remember(imageId: string, ancestry: LineageLink[]): void {
    this.chains.set(imageId, {
      read: Promise.resolve({ ancestry }),
      attempts: 1,
    });
  }

  /**
   * Each visible ancestor's own chain is the rest of `ancestry`: known without asking (unless a
   * chain is already kept for it).
   */
  rememberSuffixes(ancestry: LineageLink[]): void {
    ancestry.forEach((link, i) => {
      if (link.visible && !this.chains.has(link.imageId))
        this.remember(link.imageId, ancestry.slice(i + 1));
    });
  }

  async chainOf(
    imageId: string,
    read: () => Promise<AncestryRead>,
  ): Promise<AncestryRead> {
    const known = this.chains.get(imageId);
    if (known) {
      const result = await known.read;
      const cut = 'error' in result || endsHidden(result);
      if (!cut || known.attempts > this.retriesOfCut) return result;
    }
    const entry: Entry = {
      read: (async () => {
        this.reads++;
        const fresh = await read();
        const before = known && (await known.read);
        // Keep the sighting that sees further: a later account may be refused where one was not.
        if (before && 'ancestry' in before && 'error' in fresh) return before;
        return fresh;
      })(),
      attempts: (known?.attempts ?? 0) + 1,
    };
    this.chains.set(imageId, entry);
    return entry.read;
  }
}
