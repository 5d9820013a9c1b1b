import type { AmiGovernanceApi } from '../api/AmiGovernanceApi';
import type {
  ImageDescendantsResponse,
  ImageLineageResponse,
  ProvenanceResponse,
  ScopeWorkload,
} from '../api/lineageTypes';
import { NOT_COLLECTED } from './workloadWorld';

const SOURCE =
  'The lineage graph the workload collections built (DescribeImages and GetImageAncestry in each member account).';
export const LINEAGE_COLLECTED_AT = '2026-11-23T06:00:00.000Z';
const OPS = '111122223333';

/** The lineage routes of a backend that has collected nothing yet. */
export function notCollectedLineageApi(): Pick<
  AmiGovernanceApi,
  'getImageLineage' | 'getImageDescendants' | 'getProvenance'
> {
  return {
    getImageLineage: async () => NOT_COLLECTED,
    getImageDescendants: async () => NOT_COLLECTED,
    getProvenance: async () => NOT_COLLECTED,
  };
}

const link = (imageId: string, region: string, name: string) => ({
  imageId,
  region,
  visible: true,
  ownerId: OPS,
  name,
  creationDate: '2026-10-01T00:00:00.000Z',
  allowlist: {
    status: 'allowed' as const,
    reason: `Owner ${OPS} is listed by ops_publisher_account (Ops).`,
    category: 'ops' as const,
    name: 'Ops',
  },
});

/** The example's golden chain: base (eu-central-2) → hardened → copied to us-east-1. */
export const GOLDEN_CHAIN = [
  link('ami-0a1b2c3d4e5f61101', 'us-east-1', 'golden-hardened-copy'),
  link('ami-0a1b2c3d4e5f61002', 'eu-central-2', 'golden-hardened'),
  link('ami-0a1b2c3d4e5f60001', 'eu-central-2', 'golden-base'),
];

/** An AMI's answer in the golden chain: its own chain is the chain from it to the root. */
export function goldenAnswer(imageId: string): ImageLineageResponse {
  const at = GOLDEN_CHAIN.findIndex(l => l.imageId === imageId);
  const links = GOLDEN_CHAIN.slice(at);
  return {
    available: true,
    source: SOURCE,
    collectedAt: LINEAGE_COLLECTED_AT,
    collectionError: null,
    imageId,
    region: links[0].region,
    visible: true,
    facts: {
      imageId,
      ownerId: OPS,
      name: links[0].name,
      isPublic: false,
      snapshotsEncrypted: true,
      tags: { Owner: 'platform' },
    },
    chain: { end: 'root', links },
    provenance: 'golden',
    provenanceReason: 'Published by the ops publisher, as is every ancestor.',
    allowlist: links[0].allowlist,
    criteria: {
      status: 'allowed',
      criterion: 'criteria_1',
      reason: "criteria_1 allows it in accounts other than its owner's.",
    },
    compliance: [],
    usage: {
      instances: imageId === GOLDEN_CHAIN[0].imageId ? 3 : 0,
      launchTemplates: at === 1 ? 1 : 0,
    },
    timeline: [{ at: '2026-10-01T06:00:00.000Z', kind: 'first-seen' }],
  };
}

const NOT_LISTED = {
  status: 'not-allowed' as const,
  reason: 'Owner 444455556666 is on no entry of the allowlist on 2026-11-23.',
};

/** A hotfix AMI whose ancestor the collector cannot see. */
export const HIDDEN_ANCESTOR: ImageLineageResponse = {
  ...goldenAnswer(GOLDEN_CHAIN[0].imageId),
  imageId: 'ami-0bad0bad0bad0bad0',
  facts: { imageId: 'ami-0bad0bad0bad0bad0' },
  chain: {
    end: 'not-visible',
    links: [
      {
        ...link('ami-0bad0bad0bad0bad0', 'eu-west-1', 'hotfix'),
        ownerId: '444455556666',
        allowlist: NOT_LISTED,
      },
      { imageId: 'ami-0dead0dead0dead00', region: 'eu-west-1', visible: false },
    ],
  },
  provenance: 'unknown',
  provenanceReason: 'The chain leaves what the collector can see.',
  allowlist: NOT_LISTED,
  criteria: {
    status: 'refused',
    reason:
      "No criterion matches publisher 444455556666. Its owner's own accounts may still launch it.",
  },
  compliance: [
    { rule: 'encrypted_snapshots', status: 'unknown', message: 'not seen' },
  ],
  usage: null,
};

/** `count` workloads on the root's AMIs, spread over accounts and regions. */
export function scopeWorkloads(count: number): ScopeWorkload[] {
  return Array.from({ length: count }, (_, i) => ({
    kind: i % 10 === 9 ? 'launch-template' : 'instance',
    id:
      i % 10 === 9
        ? `lt-${String(i).padStart(17, '0')}:1`
        : `i-${String(i).padStart(17, '0')}`,
    accountId: String(100000000000 + (i % 7)),
    region: i % 2 ? 'us-east-1' : 'eu-central-2',
    imageId: GOLDEN_CHAIN[i % 3].imageId,
    ownerId: OPS,
  }));
}

/** The scope of impact over `items`, paged as the backend pages it. */
export function descendantsAnswer(
  items: ScopeWorkload[],
  query: { offset?: number; limit?: number } = {},
): ImageDescendantsResponse {
  const offset = query.offset ?? 0;
  const limit = query.limit ?? 50;
  return {
    available: true,
    source: SOURCE,
    collectedAt: LINEAGE_COLLECTED_AT,
    collectionError: null,
    imageId: GOLDEN_CHAIN[2].imageId,
    descendants: [GOLDEN_CHAIN[1].imageId, GOLDEN_CHAIN[0].imageId],
    totals: {
      images: 3,
      instances: items.filter(i => i.kind === 'instance').length,
      launchTemplates: items.filter(i => i.kind === 'launch-template').length,
      accounts: new Set(items.map(i => i.accountId)).size,
      regions: new Set(items.map(i => i.region)).size,
    },
    total: items.length,
    offset,
    limit,
    items: items.slice(offset, offset + limit),
  };
}

const counts = (instances: number, launchTemplates = 0) => ({
  instances,
  launchTemplates,
});

/** Two accounts: one on foreign images, one on golden ones. */
export function provenanceAnswer(filter?: string): ProvenanceResponse {
  const items = [
    {
      accountId: '210987654321',
      byProvenance: {
        golden: counts(0),
        'golden-derived': counts(1),
        foreign: counts(3, 1),
        unknown: counts(0),
      },
      onFailingImages: counts(4),
      imageCount: 2,
      images: [
        {
          imageId: 'ami-0e6f1b10c5a7d9041',
          provenance: 'foreign' as const,
          failsCompliance: true,
          ...counts(3, 1),
        },
        {
          imageId: GOLDEN_CHAIN[0].imageId,
          provenance: 'golden-derived' as const,
          failsCompliance: false,
          ...counts(1),
        },
      ],
    },
    {
      accountId: '123456789012',
      byProvenance: {
        golden: counts(5),
        'golden-derived': counts(0),
        foreign: counts(0),
        unknown: counts(0),
      },
      onFailingImages: counts(0),
      imageCount: 1,
      images: [
        {
          imageId: GOLDEN_CHAIN[0].imageId,
          provenance: 'golden' as const,
          failsCompliance: false,
          ...counts(5),
        },
      ],
    },
  ].filter(
    a =>
      !filter ||
      a.byProvenance[filter as 'golden'].instances +
        a.byProvenance[filter as 'golden'].launchTemplates >
        0,
  );
  return {
    available: true,
    source: SOURCE,
    collectedAt: LINEAGE_COLLECTED_AT,
    collectionError: null,
    organization: {
      golden: counts(5),
      'golden-derived': counts(1),
      foreign: counts(3, 1),
      unknown: counts(0),
    },
    organizationOnFailingImages: counts(4),
    complianceRules: null,
    total: items.length,
    offset: 0,
    limit: 10,
    items,
  };
}
