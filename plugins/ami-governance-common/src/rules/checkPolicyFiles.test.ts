import { rawConfig, TODAY } from '../__fixtures__/configs';
import { parseGovernanceConfig } from '../config/parseConfig';
import { generatePolicies } from '../policies/generatePolicies';
import { checkPolicyFiles } from './checkPolicyFiles';

function generated() {
  const parsed = parseGovernanceConfig(rawConfig());
  if (!parsed.ok) throw new Error('fixture invalid');
  const result = generatePolicies(parsed.config, { today: TODAY });
  if (!result.ok) throw new Error('refused');
  return { declarativePolicy: result.declarativePolicy, scp: result.scp };
}

describe('checkPolicyFiles', () => {
  it('accepts files with the generated content, however they are formatted', () => {
    const docs = generated();
    expect(
      checkPolicyFiles(docs, {
        declarativePolicy: docs.declarativePolicy.pretty,
        scp: docs.scp.compact,
      }),
    ).toEqual([]);
  });

  it('reports a missing, unreadable or hand-edited file', () => {
    const docs = generated();
    const edited = docs.declarativePolicy.pretty.replace(
      'audit_mode',
      'enabled',
    );
    const findings = checkPolicyFiles(docs, {
      declarativePolicy: edited,
      scp: undefined,
    });
    expect(findings.map(f => [f.code, f.path, f.message])).toEqual([
      [
        'policy-out-of-date',
        'declarative-policy-ec2.json',
        expect.stringContaining('differs from what the config generates'),
      ],
      [
        'policy-out-of-date',
        'scp-ami-guardrail.json',
        expect.stringContaining('is missing'),
      ],
    ]);
    expect(
      checkPolicyFiles(docs, {
        declarativePolicy: '{',
        scp: docs.scp.pretty,
      })[0].message,
    ).toContain('cannot be read');
  });

  it('flags an ec2:Add/group statement in a committed SCP as ineffective', () => {
    const docs = generated();
    const withSeedStatement = JSON.parse(docs.scp.pretty);
    withSeedStatement.Statement.push({
      Sid: 'DenyPublicAmi',
      Effect: 'Deny',
      Action: 'ec2:ModifyImageAttribute',
      Resource: '*',
      Condition: { StringEquals: { 'ec2:Add/group': 'all' } },
    });
    const findings = checkPolicyFiles(docs, {
      declarativePolicy: docs.declarativePolicy.pretty,
      scp: JSON.stringify(withSeedStatement),
    });
    expect(findings.map(f => `${f.severity}:${f.code}:${f.path}`)).toEqual([
      'error:policy-out-of-date:scp-ami-guardrail.json',
      'warning:ineffective-statement:scp-ami-guardrail.json (DenyPublicAmi)',
    ]);
  });
});
