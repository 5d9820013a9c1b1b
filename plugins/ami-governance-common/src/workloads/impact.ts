import type { GovernanceConfig } from '../config/schema';
import type { IsoDate } from '../lib/dates';
import {
  buildPolicyDocuments,
  policySettingsOf,
} from '../policies/generatePolicies';
import { computeAllowlist } from '../config/publishers';
import { asRecord } from '../policies/parseJsonObject';
import { criteriaFromDeclarativePolicy, ImageCriterion } from './imageCriteria';
import { evaluateAllowedImages, ImageFacts } from './imageAllowed';

/** A running instance or a launch template version, with the AMI it uses. @public */
export type Workload = {
  kind: 'instance' | 'launch-template';
  /** Instance ID, or `lt-…:version`. */
  id: string;
  accountId: string;
  region: string;
  image: ImageFacts;
};

/** What a set of workloads would lose, grouped by the publisher of their AMIs. @public */
export type BlockedByPublisher = {
  publisher: string;
  instances: number;
  launchTemplates: number;
  accounts: string[];
  workloads: Workload[];
};

/**
 * The Allowed AMIs criteria the config generates on `today` (the same criteria_N the declarative
 * policy will carry), or undefined when the config generates no policy (e.g. an empty allowlist).
 * @public
 */
export function criteriaFromConfig(
  config: GovernanceConfig,
  today: IsoDate,
): ImageCriterion[] | undefined {
  const built = buildPolicyDocuments(
    computeAllowlist(config, today).providers,
    policySettingsOf(config),
  );
  if (!built.ok) return undefined;
  const attributes = asRecord(
    asRecord(built.declarativePolicy.document)?.ec2_attributes,
  );
  return criteriaFromDeclarativePolicy(
    asRecord(attributes?.allowed_images_settings)?.image_criteria,
  );
}

/**
 * The workloads whose AMIs `after` would not allow but `before` did (pass `before: undefined` for
 * "everything not allowed", e.g. switching from audit_mode to enabled), grouped by publisher, most
 * affected first. Streams: `workloads` may be any iterable, read once.
 * @public
 */
export function newlyBlocked(
  workloads: Iterable<Workload>,
  after: ImageCriterion[],
  before: ImageCriterion[] | undefined,
  now: Date,
): BlockedByPublisher[] {
  const groups = new Map<string, BlockedByPublisher>();
  for (const w of workloads) {
    const allowedBefore =
      before === undefined ||
      evaluateAllowedImages(w.image, before, w.accountId, now).allowed;
    if (!allowedBefore) continue;
    if (evaluateAllowedImages(w.image, after, w.accountId, now).allowed)
      continue;
    const publisher = w.image.ownerId;
    const group = groups.get(publisher) ?? {
      publisher,
      instances: 0,
      launchTemplates: 0,
      accounts: [],
      workloads: [],
    };
    if (w.kind === 'instance') group.instances++;
    else group.launchTemplates++;
    if (!group.accounts.includes(w.accountId)) group.accounts.push(w.accountId);
    group.workloads.push(w);
    groups.set(publisher, group);
  }
  return [...groups.values()].sort(
    (a, b) =>
      b.instances + b.launchTemplates - (a.instances + a.launchTemplates) ||
      a.publisher.localeCompare(b.publisher),
  );
}
