import isEqual from 'lodash/isEqual';
import type { PolicyDocumentKind } from '../lib/accounts';
import { Finding, formatJsonPath } from '../lib/findings';
import { PolicyLimits, resolveLimits } from './limits';
import { GeneratedPolicy, POLICY_TITLES } from './generatePolicies';
import { operatorValue } from './operators';
import { asList, asRecord, parseJsonObject } from './parseJsonObject';
import { readScp } from './readScp';

// What is wrong in a committed EC2 declarative policy document, in terms AWS would reject or misread:
// a `content` / `ec2` wrapper around it, values written bare instead of under an inheritance
// operator, and more criteria or providers than a policy holds. Each finding's path is
// `<file>:<JSON path>` and its message gives the fix.

const WRAPPER_KEYS = ['content', 'ec2'] as const;
const VALUE_OPERATORS = ['@@assign', '@@append', '@@remove'];
const REGENERATE = 'or run "ami-governance generate" and commit the result';

type Path = (string | number)[];

const at = (fileName: string, path: Path) =>
  `${fileName}:${formatJsonPath(path) || '(root)'}`;

const SHOWN_MAX_CHARS = 100;

/** The value as JSON, cut short when long (`undefined` when cut: it cannot be copied into a fix). */
function shown(value: unknown): { text: string; whole: boolean } {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > SHOWN_MAX_CHARS
    ? { text: `${text.slice(0, SHOWN_MAX_CHARS - 3)}...`, whole: false }
    : { text, whole: true };
}

/** The wrapper directly around `node`'s content: an object, or the document as a JSON string. */
function wrapped(node: Record<string, unknown>) {
  if ('ec2_attributes' in node) return undefined;
  for (const key of WRAPPER_KEYS) {
    const inner = node[key];
    const parsed =
      typeof inner === 'string' ? parseJsonObject(inner, key) : undefined;
    const content = parsed?.ok ? parsed.value : asRecord(inner);
    if (content) return { key, content };
  }
  return undefined;
}

/** Follows `content` / `ec2` wrappers down to the settings. */
function unwrap(document: Record<string, unknown>) {
  let node = document;
  const wrappers: Path = [];
  for (let next = wrapped(node); next; next = wrapped(node)) {
    wrappers.push(next.key);
    node = next.content;
  }
  const attributes = asRecord(node.ec2_attributes);
  return attributes
    ? { wrappers, attributes, path: [...wrappers, 'ec2_attributes'] }
    : {
        wrappers,
        attributes: wrappers.length ? node : undefined,
        path: wrappers,
      };
}

function wrapperFinding(fileName: string, wrappers: Path): Finding {
  return {
    severity: 'error',
    code: 'policy-wrapped',
    path: at(fileName, wrappers),
    message: `The declarative policy is wrapped in ${formatJsonPath(
      wrappers,
    )}: AWS expects "ec2_attributes" at the root of the document, with no content or ec2 wrapper ("Content" is only the name of the CreatePolicy / UpdatePolicy parameter). Make the file {"ec2_attributes": {...}}, ${REGENERATE}.`,
  };
}

/** Every value under `node` not written under `@@assign` / `@@append` / `@@remove`. */
function bareValues(
  node: unknown,
  path: Path,
): { path: Path; value: unknown }[] {
  const record = asRecord(node);
  if (!record) return [{ path, value: node }];
  if (VALUE_OPERATORS.some(op => op in record)) return [];
  return Object.entries(record)
    .filter(([key]) => !key.startsWith('@@'))
    .flatMap(([key, child]) => bareValues(child, [...path, key]));
}

function bareValueFinding(
  fileName: string,
  { path, value }: { path: Path; value: unknown },
): Finding {
  const key = path[path.length - 1];
  const { text, whole } = shown(value);
  const assigned = whole ? text : '<the value>';
  const fix =
    key === 'state'
      ? `{"@@operators_allowed_for_child_policies": ["@@none"], "@@assign": ${assigned}}`
      : `{"@@assign": ${assigned}}`;
  return {
    severity: 'error',
    code: 'policy-bare-value',
    path: at(fileName, path),
    message: `${text} is a bare value: a declarative policy writes every setting under an inheritance operator, which AWS's syntax expects. Write "${key}": ${fix}, ${REGENERATE}.`,
  };
}

function limitFindings(
  fileName: string,
  attributes: Record<string, unknown>,
  path: Path,
  limits: PolicyLimits,
): Finding[] {
  const criteriaPath = [...path, 'allowed_images_settings', 'image_criteria'];
  const criteria = Object.entries(
    asRecord(asRecord(attributes.allowed_images_settings)?.image_criteria) ??
      {},
  ).filter(([name]) => !name.startsWith('@@'));
  const findings: Finding[] = [];
  if (criteria.length > limits.maxImageCriteria) {
    findings.push({
      severity: 'error',
      code: 'too-many-providers',
      path: at(fileName, criteriaPath),
      message: `${criteria.length} image criteria; a declarative policy holds at most ${limits.maxImageCriteria} (criteria_1 … criteria_${limits.maxImageCriteria}). Remove publishers, ${REGENERATE}.`,
    });
  }
  for (const [name, criterion] of criteria) {
    const providers = asList(
      operatorValue(asRecord(criterion)?.allowed_image_providers),
    );
    if (providers.length <= limits.providersPerCriterion) continue;
    findings.push({
      severity: 'error',
      code: 'too-many-providers',
      path: at(fileName, [...criteriaPath, name, 'allowed_image_providers']),
      message: `${providers.length} providers in ${name}; AWS allows at most ${limits.providersPerCriterion} per criterion. Split them across criteria_1 … criteria_${limits.maxImageCriteria} (the generator does), ${REGENERATE}.`,
    });
  }
  return findings;
}

/** The findings for one committed declarative policy document. @public */
export function declarativeDocumentFindings(
  fileName: string,
  document: Record<string, unknown>,
  limits: PolicyLimits,
): Finding[] {
  const { wrappers, attributes, path } = unwrap(document);
  if (!attributes) return [];
  return [
    ...(wrappers.length ? [wrapperFinding(fileName, wrappers)] : []),
    ...bareValues(attributes, path).map(bare =>
      bareValueFinding(fileName, bare),
    ),
    ...limitFindings(fileName, attributes, path, limits),
  ];
}

// What is wrong in a committed SCP, statement by statement: a creation guard that does not exempt
// the accounts that build AMIs (attached at the root it stops the ops publisher's own golden-AMI
// builds), and statements that never take effect (`ec2:Add/group` on ModifyImageAttribute).

const describeStatement = (sid: string | undefined) =>
  sid ? `Statement "${sid}"` : 'This statement';

/** The findings for one committed SCP; `expectedExemptions` are the build accounts the config names. */
function scpDocumentFindings(
  fileName: string,
  document: Record<string, unknown>,
  expectedExemptions: readonly string[] | undefined,
): Finding[] {
  const listed = Array.isArray(document.Statement);
  return asList(document.Statement).flatMap((statement, i): Finding[] => {
    const read = readScp({ Statement: [statement] });
    if (!read.ok) return [];
    const path = `${fileName}:Statement${listed ? `[${i}]` : ''}`;
    const findings: Finding[] = read.policy.ineffectiveStatements.map(s => ({
      severity: 'warning',
      code: 'ineffective-statement',
      path,
      message: `${describeStatement(s.sid)} never takes effect: ${
        s.reason
      }. Remove the statement.`,
    }));
    const guard = read.policy.creationGuard;
    const missing = (expectedExemptions ?? []).filter(
      account => !guard?.exemptAccounts.includes(account),
    );
    if (guard && missing.length) {
      findings.push({
        severity: 'error',
        code: 'creation-guard-excludes-ops-publisher',
        path,
        message: `${describeStatement(guard.sid)} denies AMI creation (${asList(
          asRecord(statement)?.Action,
        ).join(', ')}) without exempting ${missing.join(
          ', ',
        )}, which builds the golden AMIs (policy_config.ami_creation_allowed_accounts, by default the ops publisher): attached at the root it would block the ops publisher's own AMI builds. Add "Condition": {"StringNotEquals": {"aws:PrincipalAccount": ${JSON.stringify(
          expectedExemptions,
        )}}} to it, or run "ami-governance generate" and commit the result.`,
      });
    }
    return findings;
  });
}

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
