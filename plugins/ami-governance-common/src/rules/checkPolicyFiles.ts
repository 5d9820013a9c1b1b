import isEqual from 'lodash/isEqual';
import type { PolicyDocumentKind } from '../accounts';
import type { Finding } from '../findings';
import { PolicyLimits, resolveLimits } from '../limits';
import { GeneratedPolicy, POLICY_TITLES } from '../policies/generatePolicies';
import { parseJsonObject } from '../policies/parseJsonObject';
import { readScp } from '../policies/readScp';
import { declarativeDocumentFindings } from './checkPolicyFilesDeclarative';
import { scpDocumentFindings } from './checkPolicyFilesScp';

const format = (n: number) => n.toLocaleString('en-US');

/** A committed document over the size limit in force, counted on its compact JSON as AWS does. */
function sizeFindings(
  expected: GeneratedPolicy,
  document: Record<string, unknown>,
): Finding[] {
  const size = JSON.stringify(document).length;
  if (size <= expected.maxSize) return [];
  return [
    {
      severity: 'error',
      code: 'policy-size-exceeded',
      path: expected.fileName,
      message: `${expected.fileName} is ${format(
        size,
      )} characters as compact JSON (what AWS counts); the limit in force for the ${
        POLICY_TITLES[expected.kind]
      } is ${format(
        expected.maxSize,
      )}. (The 2,048 and 5,120 figures of the older design are not AWS's current limits: 10,000 for a declarative policy, 10,240 for an SCP.) Run "ami-governance generate" and commit the result.`,
    },
  ];
}

function documentFindings(
  expected: GeneratedPolicy,
  document: Record<string, unknown>,
  limits: PolicyLimits,
): Finding[] {
  if (expected.kind === 'declarativePolicy')
    return declarativeDocumentFindings(expected.fileName, document, limits);
  const generated = readScp(expected.document);
  return scpDocumentFindings(
    expected.fileName,
    document,
    generated.ok ? generated.policy.creationGuard?.exemptAccounts : undefined,
  );
}

/**
 * Compares policy files as committed (e.g. `dist/`) with what the config generates now. Formatting
 * does not matter; content does. Also says what is wrong in each document on its own — a
 * `content`/`ec2` wrapper, bare values, a creation guard that would block the ops publisher,
 * statements that never take effect, sizes and counts over AWS's limits — each with the JSON path
 * (`<file>:<path>`) and the fix.
 * `files` maps each document kind to its file's text, or undefined when the file is missing.
 * @public
 */
export function checkPolicyFiles(
  generated: Record<PolicyDocumentKind, GeneratedPolicy>,
  files: Partial<Record<PolicyDocumentKind, string>>,
  limitOverrides?: Partial<PolicyLimits>,
): Finding[] {
  const limits = resolveLimits(limitOverrides);
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
    findings.push(
      ...sizeFindings(expected, parsed.value),
      ...documentFindings(expected, parsed.value, limits),
    );
  }
  return findings;
}
