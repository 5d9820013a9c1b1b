import type { Finding } from '../findings';
import { asList, asRecord } from '../policies/parseJsonObject';
import { readScp } from '../policies/readScp';

// What is wrong in a committed SCP, statement by statement: a creation guard that does not exempt
// the accounts that build AMIs (attached at the root it stops the ops publisher's own golden-AMI
// builds), and statements that never take effect (`ec2:Add/group` on ModifyImageAttribute).

const describeStatement = (sid: string | undefined) =>
  sid ? `Statement "${sid}"` : 'This statement';

/** The findings for one committed SCP; `expectedExemptions` are the build accounts the config names. */
export function scpDocumentFindings(
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
