import type { z } from 'zod';
import { Finding, FindingCode, formatJsonPath } from '../lib/findings';
import { describeJsonError, parseJsonText } from './jsonText';
import { GovernanceConfig, governanceConfigSchema } from './schema';
import { unknownKeyFindings } from './unknownKeys';

/**
 * `findings` holds what the file says wrong: on success only warnings (keys the schema does not
 * know), on failure the errors first, then those warnings.
 * @public
 */
export type ParseConfigResult =
  | { ok: true; config: GovernanceConfig; findings: Finding[] }
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
 * Decodes the file's text (a decoded value passes through); bad JSON is one finding with line and
 * column.
 * @public
 */
export function decodeConfigInput(
  input: unknown,
  sourceName = 'ami_publishers.json',
): { ok: true; value: unknown } | { ok: false; findings: Finding[] } {
  if (typeof input !== 'string') return { ok: true, value: input };
  const decoded = parseJsonText(input);
  if (decoded.ok) return decoded;
  return {
    ok: false,
    findings: [
      {
        severity: 'error',
        code: 'invalid-json',
        path: '(root)',
        message: `${describeJsonError(
          sourceName,
          decoded,
        )}. Fix the syntax (a trailing comma or a missing quote is the usual cause).`,
      },
    ],
  };
}

/** Checks a decoded value against the schema; see {@link parseGovernanceConfig}. @public */
export function parseConfigValue(value: unknown): ParseConfigResult {
  const warnings = unknownKeyFindings(value);
  const result = governanceConfigSchema.safeParse(value, { reportInput: true });
  if (result.success)
    return { ok: true, config: result.data, findings: warnings };
  return {
    ok: false,
    findings: [...result.error.issues.map(issueToFinding), ...warnings],
  };
}

/**
 * Parses an already-decoded JSON value (or a JSON string) as a governance config. Never throws:
 * every problem becomes a finding naming the JSON path and what was expected (for invalid JSON, the
 * line and column). Keys the schema does not know are accepted and reported as warnings.
 * @public
 */
export function parseGovernanceConfig(
  input: unknown,
  sourceName = 'ami_publishers.json',
): ParseConfigResult {
  const decoded = decodeConfigInput(input, sourceName);
  return decoded.ok ? parseConfigValue(decoded.value) : decoded;
}
