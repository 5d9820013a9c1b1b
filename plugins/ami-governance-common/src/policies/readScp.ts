import {
  canonicalProvider,
  ImageProvider,
  sortProviders,
} from '../lib/accounts';
import { asList, asRecord, parseJsonObject } from './parseJsonObject';
import type { ReadPolicyResult } from './readDeclarativePolicy';
import { IMAGE_CREATION_ACTIONS } from './scp';

/** What an AMI guardrail SCP enforces. @public */
export interface ScpReading {
  /** The Deny on launches whose `ec2:Owner` is not in the list, if the SCP has one. */
  launchGuard?: {
    sid?: string;
    providers: ImageProvider[];
    actions: string[];
    resources: string[];
  };
  /** The Deny on AMI creation, with the accounts exempted through `aws:PrincipalAccount`. */
  creationGuard?: { sid?: string; actions: string[]; exemptAccounts: string[] };
  /** Statements that can never take effect, each with the reason. */
  ineffectiveStatements: { sid?: string; reason: string }[];
}

const lower = (values: unknown[]) =>
  values
    .filter((v): v is string => typeof v === 'string')
    .map(v => v.toLowerCase());

/** The values of a condition key under an operator, matching the key without regard to case as IAM does. */
function conditionValues(
  condition: Record<string, unknown> | undefined,
  operator: string,
  key: string,
): string[] | undefined {
  const block = asRecord(condition?.[operator]);
  if (!block) return undefined;
  const found = Object.entries(block).find(
    ([k]) => k.toLowerCase() === key.toLowerCase(),
  );
  return found
    ? asList(found[1]).filter((v): v is string => typeof v === 'string')
    : undefined;
}

function conditionKeys(
  condition: Record<string, unknown> | undefined,
): string[] {
  return Object.values(condition ?? {})
    .flatMap(block => Object.keys(asRecord(block) ?? {}))
    .map(k => k.toLowerCase());
}

function coversAction(actions: string[], action: string): boolean {
  const wanted = action.toLowerCase();
  return actions.some(
    a =>
      a === wanted ||
      a === '*' ||
      a === 'ec2:*' ||
      (a.endsWith('*') && wanted.startsWith(a.slice(0, -1))),
  );
}

/**
 * Reads an SCP: its launch guard (allowlist), its creation guard (exemptions), and statements that
 * cannot work — notably `ec2:Add/group` on ModifyImageAttribute, a key that exists only for
 * ModifySnapshotAttribute.
 * @public
 */
export function readScp(
  content: string | object,
): ReadPolicyResult<ScpReading> {
  const parsed = parseJsonObject(content, 'The SCP');
  if (!parsed.ok) return parsed;
  const reading: ScpReading = { ineffectiveStatements: [] };
  for (const raw of asList(parsed.value.Statement)) {
    const statement = asRecord(raw);
    if (!statement) continue;
    const sid = typeof statement.Sid === 'string' ? statement.Sid : undefined;
    const actions = lower(asList(statement.Action));
    const condition = asRecord(statement.Condition);
    if (
      coversAction(actions, 'ec2:ModifyImageAttribute') &&
      conditionKeys(condition).includes('ec2:add/group')
    ) {
      reading.ineffectiveStatements.push({
        sid,
        reason:
          "ec2:Add/group never matches ec2:ModifyImageAttribute (it exists only for ModifySnapshotAttribute); block public AMI sharing with the declarative policy's image_block_public_access instead",
      });
    }
    if (statement.Effect !== 'Deny') continue;
    const owners = conditionValues(condition, 'StringNotEquals', 'ec2:Owner');
    if (owners && coversAction(actions, 'ec2:RunInstances')) {
      reading.launchGuard = {
        sid,
        providers: sortProviders(owners.map(canonicalProvider)),
        actions,
        resources: asList(statement.Resource).filter(
          (r): r is string => typeof r === 'string',
        ),
      };
    }
    if (IMAGE_CREATION_ACTIONS.some(a => coversAction(actions, a))) {
      reading.creationGuard = {
        sid,
        actions,
        exemptAccounts: [
          ...(conditionValues(
            condition,
            'StringNotEquals',
            'aws:PrincipalAccount',
          ) ?? []),
        ].sort(),
      };
    }
  }
  return { ok: true, policy: reading };
}
