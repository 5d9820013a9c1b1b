import isEqual from 'lodash/isEqual';
import type { PolicyDocumentKind } from '../accounts';
import type { Finding } from '../findings';
import type { GeneratedPolicy } from '../policies/generatePolicies';
import { parseJsonObject } from '../policies/parseJsonObject';
import { readScp } from '../policies/readScp';

/**
 * Compares policy files as committed (e.g. `dist/`) with what the config generates now. Formatting
 * does not matter; content does. Also flags SCP statements that can never take effect.
 * `files` maps each document kind to its file's text, or undefined when the file is missing.
 * @public
 */
export function checkPolicyFiles(
  generated: Record<PolicyDocumentKind, GeneratedPolicy>,
  files: Partial<Record<PolicyDocumentKind, string>>,
): Finding[] {
  const findings: Finding[] = [];
  for (const kind of ['declarativePolicy', 'scp'] as const) {
    const expected = generated[kind];
    const text = files[kind];
    const stale = (why: string): Finding => ({
      severity: 'error',
      code: 'policy-out-of-date',
      path: expected.fileName,
      message: `${expected.fileName} ${why}. Run "ami-governance generate" and commit the result.`,
    });
    if (text === undefined) {
      findings.push(stale('is missing'));
      continue;
    }
    const parsed = parseJsonObject(text, expected.fileName);
    if (!parsed.ok) {
      findings.push(stale(`cannot be read (${parsed.error})`));
      continue;
    }
    if (!isEqual(parsed.value, expected.document)) {
      findings.push(stale('differs from what the config generates'));
    }
    if (kind === 'scp') {
      const scp = readScp(parsed.value);
      for (const s of scp.ok ? scp.policy.ineffectiveStatements : []) {
        findings.push({
          severity: 'warning',
          code: 'ineffective-statement',
          path: `${expected.fileName}${s.sid ? ` (${s.sid})` : ''}`,
          message: `This statement never takes effect: ${s.reason}.`,
        });
      }
    }
  }
  return findings;
}
