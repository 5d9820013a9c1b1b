import { accountIds, rawConfig, TODAY } from '../__fixtures__/configs';
import { parseGovernanceConfig } from '../config/parseConfig';
import { generatePolicies } from './generatePolicies';
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
      'warning:ineffective-statement:scp-ami-guardrail.json:Statement[2]',
    ]);
    expect(findings[1].message).toMatch(
      /^Statement "DenyPublicAmi" never takes effect: ec2:Add\/group never matches ec2:ModifyImageAttribute.*Remove the statement\.$/,
    );
  });

  it('gives the line and column of a file that is not JSON', () => {
    const docs = generated();
    const [finding] = checkPolicyFiles(docs, {
      declarativePolicy:
        '{\n  "ec2_attributes": {\n    "a": 1\n    "b": 2\n  }\n}',
      scp: docs.scp.pretty,
    });
    expect(finding.message).toContain(
      "declarative-policy-ec2.json is not valid JSON at line 4, column 5: expected a comma or '}' after a property",
    );
  });
});

/** The documents of the Python-era design (governance-model.md, "Known defects"). */
const OLD_PROVIDERS = ['111122223333', '123456738923', '444455556666'];
const oldDeclarativePolicy = {
  content: {
    ec2: {
      exception_message: 'AMI not approved. See https://wiki.example.com/ami',
      image_block_public_access: { state: 'block_new_sharing' },
      allowed_images_settings: {
        state: 'audit_mode',
        image_criteria: {
          criteria_1: { allowed_image_providers: OLD_PROVIDERS },
        },
      },
    },
  },
};
const oldScp = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'DenyUnapprovedAmis',
      Effect: 'Deny',
      Action: 'ec2:RunInstances',
      Resource: 'arn:aws:ec2:*::image/*',
      Condition: { StringNotEquals: { 'ec2:Owner': OLD_PROVIDERS } },
    },
    {
      Sid: 'DenyAmiCreation',
      Effect: 'Deny',
      Action: ['ec2:CreateImage', 'ec2:CopyImage', 'ec2:RegisterImage'],
      Resource: '*',
    },
    {
      Sid: 'DenyPublicAmiSharing',
      Effect: 'Deny',
      Action: 'ec2:ModifyImageAttribute',
      Resource: '*',
      Condition: { StringEquals: { 'ec2:Add/group': 'all' } },
    },
  ],
};

describe('checkPolicyFiles on the Python-era documents', () => {
  const findings = checkPolicyFiles(generated(), {
    declarativePolicy: JSON.stringify(oldDeclarativePolicy, null, 2),
    scp: JSON.stringify(oldScp, null, 2),
  });
  const find = (path: string) => {
    const found = findings.find(f => f.path === path);
    if (!found) throw new Error(`no finding at ${path}`);
    return found;
  };

  it('says what is wrong in each document, each at its own JSON path', () => {
    expect(findings.map(f => `${f.severity}:${f.code}:${f.path}`)).toEqual([
      'error:policy-out-of-date:declarative-policy-ec2.json',
      'error:policy-wrapped:declarative-policy-ec2.json:content.ec2',
      'error:policy-bare-value:declarative-policy-ec2.json:content.ec2.exception_message',
      'error:policy-bare-value:declarative-policy-ec2.json:content.ec2.image_block_public_access.state',
      'error:policy-bare-value:declarative-policy-ec2.json:content.ec2.allowed_images_settings.state',
      'error:policy-bare-value:declarative-policy-ec2.json:content.ec2.allowed_images_settings.image_criteria.criteria_1.allowed_image_providers',
      'error:policy-out-of-date:scp-ami-guardrail.json',
      'error:creation-guard-excludes-ops-publisher:scp-ami-guardrail.json:Statement[1]',
      'warning:ineffective-statement:scp-ami-guardrail.json:Statement[2]',
    ]);
  });

  it('explains the wrapper and how to remove it', () => {
    expect(find('declarative-policy-ec2.json:content.ec2').message).toMatch(
      /wrapped in content\.ec2: AWS expects "ec2_attributes" at the root .*Make the file \{"ec2_attributes": \{\.\.\.\}\}, or run "ami-governance generate"/,
    );
  });

  it('gives each bare value its operator form, with the lock on states', () => {
    expect(
      find(
        'declarative-policy-ec2.json:content.ec2.allowed_images_settings.state',
      ).message,
    ).toContain(
      '"audit_mode" is a bare value: a declarative policy writes every setting under an inheritance operator, which AWS\'s syntax expects. Write "state": {"@@operators_allowed_for_child_policies": ["@@none"], "@@assign": "audit_mode"}',
    );
    expect(
      find(
        'declarative-policy-ec2.json:content.ec2.allowed_images_settings.image_criteria.criteria_1.allowed_image_providers',
      ).message,
    ).toContain(
      'Write "allowed_image_providers": {"@@assign": ["111122223333","123456738923","444455556666"]}',
    );
  });

  it('names the build account the creation guard would block, and the condition that exempts it', () => {
    expect(find('scp-ami-guardrail.json:Statement[1]').message).toMatch(
      /^Statement "DenyAmiCreation" denies AMI creation \(ec2:CreateImage, ec2:CopyImage, ec2:RegisterImage\) without exempting 123456738923, .*block the ops publisher's own AMI builds\. Add "Condition": \{"StringNotEquals": \{"aws:PrincipalAccount": \["123456738923"\]\}\}/,
    );
  });

  it('finds bare values in an unwrapped document too, and none in the generated one', () => {
    const docs = generated();
    const unwrapped = checkPolicyFiles(docs, {
      declarativePolicy: JSON.stringify({
        ec2_attributes: oldDeclarativePolicy.content.ec2,
      }),
      scp: docs.scp.pretty,
    });
    expect(unwrapped.map(f => f.path)).toContain(
      'declarative-policy-ec2.json:ec2_attributes.allowed_images_settings.state',
    );
    expect(unwrapped.map(f => f.code)).not.toContain('policy-wrapped');
  });

  it('accepts a creation guard that exempts the build accounts', () => {
    const docs = generated();
    const exempting = structuredClone(oldScp);
    Object.assign(exempting.Statement[1], {
      Condition: {
        StringNotEquals: { 'aws:PrincipalAccount': ['123456738923'] },
      },
    });
    exempting.Statement.pop();
    expect(
      checkPolicyFiles(docs, {
        declarativePolicy: docs.declarativePolicy.pretty,
        scp: JSON.stringify(exempting),
      }).map(f => f.code),
    ).toEqual(['policy-out-of-date']);
  });
});

describe('checkPolicyFiles against the limits', () => {
  it('reports a committed document over the size limit in force, as compact JSON', () => {
    const docs = generated();
    const padded = {
      ...JSON.parse(docs.scp.pretty),
      Padding: 'x'.repeat(docs.scp.maxSize),
    };
    const findings = checkPolicyFiles(docs, {
      declarativePolicy: docs.declarativePolicy.pretty,
      scp: JSON.stringify(padded, null, 2),
    });
    expect(findings.map(f => `${f.code}:${f.path}`)).toEqual([
      'policy-out-of-date:scp-ami-guardrail.json',
      'policy-size-exceeded:scp-ami-guardrail.json',
    ]);
    expect(findings[1].message).toMatch(
      /^scp-ami-guardrail\.json is [\d,]+ characters as compact JSON \(what AWS counts\); the limit in force for the Service control policy is 10,240\. \(The 2,048 and 5,120 figures/,
    );
  });

  it('reports more providers in one criterion, and more criteria, than a policy holds', () => {
    const docs = generated();
    const criteria = Object.fromEntries(
      Array.from({ length: 3 }, (_, i) => [
        `criteria_${i + 1}`,
        { allowed_image_providers: { '@@assign': accountIds(5, i * 5 + 1) } },
      ]),
    );
    const findings = checkPolicyFiles(
      docs,
      {
        declarativePolicy: JSON.stringify({
          ec2_attributes: {
            allowed_images_settings: {
              state: { '@@assign': 'audit_mode' },
              image_criteria: criteria,
            },
          },
        }),
        scp: docs.scp.pretty,
      },
      { maxImageCriteria: 2, providersPerCriterion: 4 },
    );
    const prefix =
      'declarative-policy-ec2.json:ec2_attributes.allowed_images_settings.image_criteria';
    expect(findings.map(f => `${f.code}:${f.path}`)).toEqual([
      'policy-out-of-date:declarative-policy-ec2.json',
      `too-many-providers:${prefix}`,
      `too-many-providers:${prefix}.criteria_1.allowed_image_providers`,
      `too-many-providers:${prefix}.criteria_2.allowed_image_providers`,
      `too-many-providers:${prefix}.criteria_3.allowed_image_providers`,
    ]);
    expect(findings[1].message).toContain(
      '3 image criteria; a declarative policy holds at most 2',
    );
    expect(findings[2].message).toContain(
      '5 providers in criteria_1; AWS allows at most 4 per criterion',
    );
  });
});
