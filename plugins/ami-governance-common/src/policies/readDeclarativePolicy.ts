import {
  canonicalProvider,
  ImageProvider,
  sortProviders,
} from '../lib/accounts';
import {
  criteriaFromDeclarativePolicy,
  ImageCriterion,
} from '../workloads/imageCriteria';
import { isLocked, operatorValue } from './operators';
import { asList, asRecord, parseJsonObject } from './parseJsonObject';

/** What an EC2 declarative policy (as written, or an account's effective policy) enforces. @public */
export interface DeclarativePolicyReading {
  /** `audit_mode`, `enabled` or `disabled` (EC2 API hyphens normalised), when set. */
  mode?: string;
  /** Union of `allowed_image_providers` over every criterion, canonical and sorted. */
  providers: ImageProvider[];
  criteriaCount: number;
  /** Every criterion with all its keys (names, product codes, ages), in the document's order. */
  criteria: ImageCriterion[];
  /**
   * Criteria that name no providers (only image names, product codes or dates): they allow images
   * from any publisher, so the provider allowlist alone does not bound what may launch.
   */
  criteriaWithoutProviders: string[];
  /** `block_new_sharing` or `unblocked`, when set. */
  imageBlockPublicAccess?: string;
  exceptionMessage?: string;
  /** Whether the Allowed AMIs state carries `@@operators_allowed_for_child_policies: ["@@none"]`. */
  stateLockedForChildren: boolean;
}

/** @public */
export type ReadPolicyResult<T> =
  | { ok: true; policy: T }
  | { ok: false; error: string };

const normaliseState = (value: unknown) =>
  typeof value === 'string' ? value.replace(/-/g, '_') : undefined;

/**
 * Reads a `DECLARATIVE_POLICY_EC2` document — a policy's `Content` or an account's effective policy —
 * whether its values carry inheritance operators or are bare.
 * @public
 */
export function readDeclarativePolicy(
  content: string | object,
): ReadPolicyResult<DeclarativePolicyReading> {
  const parsed = parseJsonObject(content, 'The declarative policy');
  if (!parsed.ok) return parsed;
  const attributes = asRecord(parsed.value.ec2_attributes);
  if (!attributes) {
    return {
      ok: false,
      error:
        'The declarative policy has no "ec2_attributes" object at its root',
    };
  }
  const allowed = asRecord(attributes.allowed_images_settings) ?? {};
  const criteria = asRecord(allowed.image_criteria) ?? {};
  const providers: string[] = [];
  const criteriaWithoutProviders: string[] = [];
  for (const [name, criterion] of Object.entries(criteria)) {
    if (name.startsWith('@@')) continue;
    const listed = asList(
      operatorValue(asRecord(criterion)?.allowed_image_providers),
    ).filter((p): p is string => typeof p === 'string');
    if (listed.length === 0) criteriaWithoutProviders.push(name);
    providers.push(...listed.map(canonicalProvider));
  }
  const exceptionMessage = operatorValue(attributes.exception_message);
  return {
    ok: true,
    policy: {
      mode: normaliseState(operatorValue(allowed.state)),
      providers: sortProviders(providers),
      criteriaCount: Object.keys(criteria).filter(k => !k.startsWith('@@'))
        .length,
      criteria: criteriaFromDeclarativePolicy(allowed.image_criteria),
      criteriaWithoutProviders,
      imageBlockPublicAccess: normaliseState(
        operatorValue(asRecord(attributes.image_block_public_access)?.state),
      ),
      exceptionMessage:
        typeof exceptionMessage === 'string' ? exceptionMessage : undefined,
      stateLockedForChildren: isLocked(allowed.state),
    },
  };
}
