import {
  declarativePolicyDrift,
  parseJsonObject,
  readDeclarativePolicy,
  scpDrift,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import type {
  ExpectedPolicies,
  ImageProvider,
  PolicyDocumentKind,
  PolicyDrift,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import isEqual from 'lodash/isEqual';
import type { PolicyContentChanges } from './planSchema';
import type { ProviderNotes } from './providerNotes';

/** What a policy that does not exist yet is compared with: every setting "not set". */
const EMPTY_DOCUMENT: Record<PolicyDocumentKind, string> = {
  declarativePolicy: '{"ec2_attributes":{}}',
  scp: '{"Version":"2012-10-17","Statement":[]}',
};

const NOT_SET = 'not set';

const describeGuard = (accounts: string[] | null | undefined) => {
  if (!accounts) return 'none';
  return accounts.length
    ? `denies AMI creation except in ${accounts.join(', ')}`
    : 'denies AMI creation in every account';
};

function exceptionMessageChange(deployed: string, generated: string) {
  const [from, to] = [deployed, generated].map(content => {
    const read = readDeclarativePolicy(content);
    return (read.ok && read.policy.exceptionMessage) || NOT_SET;
  });
  return from === to ? [] : [{ setting: 'exception message', from, to }];
}

function declarativeChanges(
  deployed: string,
  generated: string,
  drift: PolicyDrift,
): Pick<PolicyContentChanges, 'settings' | 'other'> {
  const settings = [];
  if (drift.mode && !drift.mode.matches)
    settings.push({
      setting: 'mode (allowed_images_settings)',
      from: drift.mode.deployed ?? NOT_SET,
      to: drift.mode.expected,
    });
  if (drift.publicSharing && !drift.publicSharing.matches)
    settings.push({
      setting: 'public AMI sharing (image_block_public_access)',
      from: drift.publicSharing.deployed ?? NOT_SET,
      to: drift.publicSharing.expected,
    });
  settings.push(...exceptionMessageChange(deployed, generated));
  // What publishers' AMIs must match besides the provider: names, product codes, ages.
  for (const change of drift.criteriaChanges ?? [])
    settings.push({
      setting: `image criteria for ${change.providers.join(', ')}`,
      from: change.deployed,
      to: change.expected,
    });
  const other = drift.unrestrictedCriteria?.length
    ? [
        `removes criteria that name no provider and so allow any publisher: ${drift.unrestrictedCriteria.join(
          ', ',
        )}`,
      ]
    : [];
  return { settings, other };
}

function scpChanges(
  drift: PolicyDrift,
): Pick<PolicyContentChanges, 'settings' | 'other'> {
  const settings = [];
  if (drift.launchGuardMissing)
    settings.push({
      setting: 'launch guard',
      from: 'none (launches from every publisher allowed)',
      to: 'denies launches from AMIs of publishers not in the allowlist',
    });
  const guard = drift.creationGuard;
  if (guard && !guard.matches)
    settings.push({
      setting: 'creation guard',
      from: describeGuard(guard.deployed),
      to: describeGuard(guard.expected),
    });
  const other = (drift.ineffectiveStatements ?? []).map(
    s => `removes a statement that never takes effect (${s})`,
  );
  return { settings, other };
}

/** True when two policy documents hold the same JSON, whatever their formatting and key order. @public */
export function samePolicyDocument(a: string, b: string): boolean {
  const [x, y] = [parseJsonObject(a, 'a'), parseJsonObject(b, 'b')];
  return x.ok && y.ok && isEqual(x.value, y.value);
}

/**
 * What sending `generated` changes in AWS, in the terms a reviewer checks: providers added and
 * removed (each with why), settings from → to, and anything else in words. Compared as parsed
 * documents through the drift rules, never as JSON strings: formatting and key order do not count.
 * `deployed` is undefined when the policy does not exist yet.
 * @public
 */
export function policyContentChanges(
  kind: PolicyDocumentKind,
  deployed: string | undefined,
  generated: string,
  expected: ExpectedPolicies,
  notes: ProviderNotes,
): { action: 'create' | 'update' | 'none'; changes: PolicyContentChanges } {
  let action: 'create' | 'update' | 'none' = 'create';
  if (deployed !== undefined)
    action = samePolicyDocument(deployed, generated) ? 'none' : 'update';
  const before = deployed ?? EMPTY_DOCUMENT[kind];
  const drift =
    kind === 'declarativePolicy'
      ? declarativePolicyDrift(before, expected)
      : scpDrift(before, expected);
  const describe =
    (note: (p: ImageProvider) => string) => (provider: ImageProvider) => ({
      provider,
      note: note(provider),
    });
  if (drift.readError) {
    return {
      action,
      changes: {
        added: expected.allowlist.map(describe(notes.added)),
        removed: [],
        settings: [],
        other: [
          `the deployed document cannot be read (${drift.readError}); it is replaced whole`,
        ],
      },
    };
  }
  // Without a launch guard nothing is "missing" to the drift rules: every provider is added.
  const added = drift.launchGuardMissing ? expected.allowlist : drift.missing;
  const { settings, other } =
    kind === 'declarativePolicy'
      ? declarativeChanges(before, generated, drift)
      : scpChanges(drift);
  const changes = {
    added: added.map(describe(notes.added)),
    removed: drift.extra.map(describe(notes.removed)),
    settings,
    other,
  };
  const named =
    changes.added.length +
    changes.removed.length +
    settings.length +
    other.length;
  if (action === 'update' && named === 0)
    changes.other.push(
      'same allowlist and settings; the document is rewritten as generated (its layout, operators or other statements differ)',
    );
  return { action, changes };
}
