import type { z } from 'zod';
import { Finding, FindingCode, formatJsonPath } from '../findings';
import { GovernanceConfig, governanceConfigSchema } from './schema';

/** @public */
export type ParseConfigResult =
  | { ok: true; config: GovernanceConfig }
  | { ok: false; findings: Finding[] };

const ACCOUNT_ID_KEYS = new Set([
  'account_id',
  'ami_creation_allowed_accounts',
]);
const DATE_KEYS = new Set(['expires_on', 'approval_date', 'requested_on']);

function codeFor(path: readonly PropertyKey[]): FindingCode {
  const named = path.filter(k => typeof k === 'string') as string[];
  const last = named[named.length - 1];
  if (ACCOUNT_ID_KEYS.has(last)) return 'malformed-account-id';
  if (DATE_KEYS.has(last)) return 'invalid-date';
  return 'schema';
}

function describeInput(input: unknown): string {
  if (input === undefined) return 'it is missing';
  const shown = JSON.stringify(input) ?? String(input);
  return `found ${shown.length > 60 ? `${shown.slice(0, 57)}...` : shown}`;
}

function issueToFinding(issue: z.core.$ZodIssue): Finding {
  const path = formatJsonPath(issue.path);
  return {
    severity: 'error',
    code: codeFor(issue.path),
    path: path || '(root)',
    message: `${path || 'the document'} ${issue.message} (${describeInput(
      issue.input,
    )})`,
  };
}

/**
 * Parses an already-decoded JSON value (or a JSON string) as a governance config. Never throws:
 * every problem becomes a finding naming the JSON path and what was expected.
 * @public
 */
export function parseGovernanceConfig(
  input: unknown,
  sourceName = 'ami_publishers.json',
): ParseConfigResult {
  let value = input;
  if (typeof input === 'string') {
    try {
      // Editors on Windows may save a byte-order mark; JSON.parse refuses it.
      value = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch (e) {
      return {
        ok: false,
        findings: [
          {
            severity: 'error',
            code: 'invalid-json',
            path: '(root)',
            message: `${sourceName} is not valid JSON: ${
              (e as Error).message
            }. Fix the syntax (a trailing comma or a missing quote is the usual cause).`,
          },
        ],
      };
    }
  }
  const result = governanceConfigSchema.safeParse(value, { reportInput: true });
  if (result.success) return { ok: true, config: result.data };
  return { ok: false, findings: result.error.issues.map(issueToFinding) };
}
