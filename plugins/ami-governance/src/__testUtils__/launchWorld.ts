import {
  AllowedImagesLayerInput,
  canonicalOwnerAlias,
  explainLaunch,
  ImageFacts,
  parseGovernanceConfig,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import type { AmiGovernanceApi } from '../api/AmiGovernanceApi';
import type {
  ExplainLaunchQuery,
  ExplainLaunchResponse,
} from '../api/explainTypes';
import { formConfig } from './exceptionRequestForm';
import { TODAY } from './governance';

/**
 * A fake of the backend's `GET /explain` (the edge of these tests) over a small organization, answering
 * with the common package's `explainLaunch`, the rules the backend runs: the sentences, layers and
 * next steps are the real ones.
 *
 * Config (formConfig): ops 123456738923, vendor InfoBlox 111122223333, an exception for 777788889999
 * until 2027-01-31. The next apply reaches where today's policies reach (the fake's default).
 */

const NOW = new Date(`${TODAY}T12:00:00Z`);

/** Without a snapshot nothing is known; with one, any account ID it does not hold is outside. */
function membershipOf(
  snapshot: boolean,
  account: Account | undefined,
): 'member' | 'outside' | 'unknown' {
  if (!snapshot) return 'unknown';
  return account ? 'member' : 'outside';
}
const LISTED = ['123456738923', '111122223333', '777788889999', 'amazon'];
const criteria = [{ name: 'criteria_1', providers: LISTED }];
const BEFORE_MERGE = LISTED.filter(p => p !== '777788889999');

type Account = {
  name: string;
  allowedImages?: (region?: string) => AllowedImagesLayerInput | undefined;
  scp: { governs: boolean; launchGuardProviders?: string[] };
};

export const ACCOUNTS: Record<string, Account> = {
  // Enabled (eu-west-1 collected; elsewhere the effective policy), SCP with a launch guard.
  '210987654321': {
    name: 'payments-prod',
    allowedImages: region =>
      region === 'eu-west-1'
        ? { source: 'region-setting', state: 'enabled', criteria }
        : { source: 'effective-policy', state: 'enabled', criteria },
    scp: { governs: true, launchGuardProviders: LISTED },
  },
  // Audit mode, an SCP without a launch guard.
  '310987654321': {
    name: 'payments-staging',
    allowedImages: () => ({
      source: 'effective-policy',
      state: 'audit_mode',
      criteria,
    }),
    scp: { governs: true },
  },
  // Outside both policies.
  '999900001111': { name: 'batch-prod', scp: { governs: false } },
  // Enabled, but the deployed policies predate the merge of 777788889999's exception (Git is ahead).
  '410987654321': {
    name: 'orders-prod',
    allowedImages: () => ({
      source: 'effective-policy',
      state: 'enabled',
      criteria: [{ name: 'criteria_1', providers: BEFORE_MERGE }],
    }),
    scp: { governs: true, launchGuardProviders: BEFORE_MERGE },
  },
  // Allowed AMIs disabled in its region setting, SCP with a launch guard.
  '045678901234': {
    name: 'sandbox-experiments',
    allowedImages: () => ({
      source: 'region-setting',
      state: 'disabled',
      criteria: [],
    }),
    scp: { governs: true, launchGuardProviders: LISTED },
  },
};

/** AMIs the collected workloads know, by ID. Any other ID is unresolved. */
export const IMAGES: Record<string, ImageFacts> = {
  // The ops golden AMI publisher's.
  'ami-0123456789abcdef0': {
    ownerId: '123456738923',
    name: 'golden-al2023-2026.11',
  },
  // Allowed by the exception until 2027-01-31.
  'ami-0aaaaaaaaaaaaaaa1': { ownerId: '777788889999', name: 'legacy-app' },
  // A publisher nobody allowed.
  'ami-0bbbbbbbbbbbbbbb2': { ownerId: '444400001111', name: 'community' },
  // payments-prod's own AMI.
  'ami-0ccccccccccccccc3': { ownerId: '210987654321', name: 'payments-own' },
};

function parsedConfig() {
  const parsed = parseGovernanceConfig(JSON.parse(formConfig()));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.findings));
  return parsed.config;
}

function ownerFacts(owner: string): ImageFacts {
  const alias = canonicalOwnerAlias(owner);
  return alias ? { ownerId: alias, ownerAlias: alias } : { ownerId: owner };
}

/** The backend's answer to `query` in this organization; `snapshot: false` as before any collection. */
export function answerExplain(
  query: ExplainLaunchQuery,
  options: { snapshot?: boolean } = {},
): ExplainLaunchResponse {
  const snapshot = options.snapshot ?? true;
  const account = ACCOUNTS[query.accountId];
  const allowedImages = account?.allowedImages?.(query.region);
  const image = query.owner
    ? ownerFacts(query.owner)
    : query.imageId && IMAGES[query.imageId];
  const explanation = explainLaunch({
    accountId: query.accountId,
    region: query.region,
    image: image || undefined,
    ...(!image &&
      query.imageId && {
        unresolvedImage: {
          imageId: query.imageId,
          reason: allowedImages?.state === 'enabled' ? 'hidden' : 'unknown',
        },
      }),
    allowedImages,
    scp: snapshot
      ? account?.scp ?? { governs: false }
      : { governs: false, known: false },
    membership: membershipOf(snapshot, account),
    collected: snapshot ? { organization: '2026-11-23T06:00:00Z' } : {},
    config: parsedConfig(),
    today: TODAY,
    on: query.on,
    now: NOW,
  });
  return {
    ...explanation,
    accountId: query.accountId,
    ...(account && snapshot && { accountName: account.name }),
    ...(query.region && { region: query.region }),
    ...(query.imageId && { imageId: query.imageId }),
    ...(image && { owner: image.ownerAlias ?? image.ownerId }),
    ...(snapshot && { collectedAt: '2026-11-23T06:00:00Z' }),
  };
}

/** `explain` of the fake backend; `asked` records every query it was sent. */
export function explainApi(options: { snapshot?: boolean } = {}) {
  const asked: ExplainLaunchQuery[] = [];
  const api: Pick<AmiGovernanceApi, 'explain'> = {
    explain: async query => {
      asked.push(query);
      return answerExplain(query, options);
    },
  };
  return { api, asked };
}
